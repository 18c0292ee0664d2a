import { describe, expect, it } from "vitest";
import { findAmounts } from "./amounts/parse.ts";
import { detectLanguage } from "./detect-language.ts";
import { isOneEditAway } from "./match.ts";
import { buildMarkedView } from "./normalise/view.ts";
import { AdvertRefused, MAX_ADVERT_LENGTH, screenAdvert } from "./screen.ts";
import type { Language } from "./types.ts";

const categoriesOf = (text: string, lang?: Language) =>
  screenAdvert({ text, lang }).indicators.map((i) => i.category);

describe("normalisation, reported against the original text", () => {
  it.each([
    ["full-width letters (NFKC)", "ｎｏ ｅｘｐｅｒｉｅｎｃｅ ｎｅｅｄｅｄ", "en", "C"],
    ["capitals", "NO EXPERIENCE NEEDED", "en", "C"],
    ["Vietnamese without its marks", "viec nhe luong cao", "vi", "B"],
    ["Vietnamese with its marks", "Việc nhẹ, lương cao", "vi", "B"],
    [
      "Vietnamese in decomposed form",
      "Viê\u0323c nhe\u0323, lương cao".normalize("NFD"),
      "vi",
      "B",
    ],
    ["Traditional Chinese", "高薪誠聘，包吃包住", "zh", "B"],
    ["spaced letters", "contact on t e l e g r a m only", "en", "E"],
    ["Cyrillic look-alikes", "Теlеgrаm", "en", "E"],
    ["zero-width spaces", "Tele\u200Bgram", "en", "E"],
    ["a Thai word in a sentence", "ทำงานที่กัมพูชา", "th", "G"],
    ["a long word one letter off", "contact Teleqram @x", "en", "E"],
    ["a long word one letter short", "work in Sihanoukvile", "en", "G"],
  ])("reads %s", (_name, text, lang, category) => {
    const result = screenAdvert({ text, lang: lang as Language });
    const found = result.indicators.find((i) => i.category === category);
    expect(found).toBeDefined();
    expect(found!.phrase).toBe(text.slice(found!.start, found!.end));
  });

  it("keeps a short word of a script without spaces to its word boundaries", () => {
    // "ลาว" (Laos) is not inside "สาวลาวด์"-like words; "西港" is a word of its own here.
    expect(categoriesOf("ทำงานที่ลาว", "th")).toContain("G");
    expect(categoriesOf("西港招聘", "zh")).toContain("G");
  });

  it("does not read Vietnamese 'lao động' (labour) as Laos", () => {
    expect(categoriesOf("hợp đồng lao động rõ ràng", "vi")).not.toContain("G");
    expect(categoriesOf("làm việc tại Lào", "vi")).toContain("G");
  });

  it("maps every character of the view back to the original", () => {
    const text = "Ｈｉ\u200B ｔｈｅｒｅ  高薪";
    const view = buildMarkedView(text);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.starts[i]).toBeGreaterThanOrEqual(0);
      expect(view.ends[i]).toBeLessThanOrEqual(text.length);
      expect(view.starts[i]).toBeLessThan(view.ends[i]!);
    }
  });
});

describe("one edit away", () => {
  it.each([
    ["telegram", "teleqram", true],
    ["telegram", "telegam", true],
    ["telegram", "telergam", true],
    ["telegram", "telegramm", true],
    ["telegram", "felegram", false],
    ["telegram", "telegrams2", false],
    ["cambodia", "cambodja", true],
    ["myanmar", "mynmr", false],
  ])("%s and %s: %s", (a, b, expected) => {
    expect(isOneEditAway(a, b)).toBe(expected);
    expect(isOneEditAway(b, a)).toBe(expected);
  });
});

describe("amounts", () => {
  it.each([
    ["lương 15tr", "vi", 15e6, "VND", "month"],
    ["lương 15 triệu/tháng", "vi", 15e6, "VND", "month"],
    ["月薪3万", "zh", 3e4, "CNY", "month"],
    ["月薪两万五", "zh", 2.5e4, "CNY", "month"],
    ["gaji Rp15jt", "id", 15e6, "IDR", "month"],
    ["Rp 15-30 juta per bulan", "id", 30e6, "IDR", "month"],
    ["$1500 a month", "en", 1500, "USD", "month"],
    ["1,500 USDT monthly", "en", 1500, "USDT", "month"],
    ["เงินเดือน 30,000 บาท", "th", 3e4, "THB", "month"],
    ["thu nhập 500.000-1 triệu đồng/ngày", "vi", 1e6, "VND", "day"],
    ["PHP 480 per day", "en", 480, "PHP", "day"],
    ["RM 6,000 sebulan", "ms", 6000, "MYR", "month"],
    ["70k monthly", "fil", 7e4, "PHP", "month"],
  ])("reads %s", (text, lang, value, currency, period) => {
    const [amount] = findAmounts(buildMarkedView(text), lang as Language);
    expect(amount).toMatchObject({ value, currency, period });
  });

  it("counts pay far above the usual wage for unskilled work as a salary cue", () => {
    const result = screenAdvert({ text: "Lương 30 triệu một tháng", lang: "vi" });
    const cue = result.indicators.find((i) => i.entry === "amount:above-usual-wage");
    expect(cue?.amount).toMatchObject({ reference: "VN", currency: "VND" });
    expect(cue!.amount!.ratio).toBeGreaterThanOrEqual(2);
  });

  it("does not count high pay for skilled work", () => {
    const result = screenAdvert({
      text: "Senior engineer, USD 6,500 per month, five years of experience required.",
      lang: "en",
    });
    expect(result.amounts[0]?.skilledWork).toContain("five years");
    expect(result.indicators.filter((i) => i.category === "B")).toHaveLength(0);
  });

  it("does not read ages, phone numbers or years as pay", () => {
    const text = "Age 18-35, call 0912345678, two years of work, 160 cm";
    expect(findAmounts(buildMarkedView(text), "en")).toEqual([]);
  });
});

describe("the rule", () => {
  it("does not flag one category, however strong", () => {
    const result = screenAdvert({ text: "Work in Cambodia, Myanmar or Laos", lang: "en" });
    expect(result.flagged).toBe(false);
    expect(result.reason).toContain("one category only");
  });

  it("does not flag job framing, contact and urgency together (none of B, C, D, G)", () => {
    const result = screenAdvert({
      text: "Start immediately: customer service, contact on Telegram only",
      lang: "en",
    });
    expect(result.categories.map((c) => c.category)).toEqual(["A", "E", "F"]);
    expect(result.flagged).toBe(false);
    expect(result.reason).toContain("none of B, C, D or G");
  });

  it("flags two categories with one of B, C, D, G, and explains the score", () => {
    const result = screenAdvert({ text: "Data entry in Sihanoukville", lang: "en" });
    expect(result.flagged).toBe(true);
    expect(result.score).toBe(1 + 3);
    expect(result.indicators.map((i) => [i.category, i.entry, i.version])).toEqual([
      ["A", "en-A-003", "en@2026.1"],
      ["G", "en-G-002", "en@2026.1"],
    ]);
  });
});

describe("language detection", () => {
  it.each([
    ["รับด่วน แอดมินออนไลน์", "th"],
    ["ការងារងាយស្រួល", "km"],
    ["ວຽກອອນລາຍ", "lo"],
    ["အွန်လိုင်းအလုပ်", "my"],
    ["高薪诚聘", "zh"],
    ["Tuyển gấp nhân viên, lương cao", "vi"],
    ["Lowongan kerja, gaji tinggi, tanpa pengalaman, hubungi kami", "id"],
    ["Jawatan kosong, gaji tinggi, tiada pengalaman diperlukan", "ms"],
    ["Kahit walang karanasan, malaking sahod po", "fil"],
    ["We are hiring, no experience needed, apply now", "en"],
  ])("reads %s as %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
    expect(screenAdvert({ text }).langSource).toBe("detected");
  });
});

describe("hostile input", () => {
  it("refuses a huge text with a clear error, before any work", () => {
    const text = "high salary ".repeat(2000);
    expect(() => screenAdvert({ text })).toThrow(AdvertRefused);
    expect(() => screenAdvert({ text })).toThrow(`the limit is ${MAX_ADVERT_LENGTH}`);
  });

  it("refuses a language without a lexicon", () => {
    expect(() => screenAdvert({ text: "hola", lang: "es" })).toThrow(
      'No lexicon for language "es"',
    );
  });

  it("reads through control characters and keeps positions on the original", () => {
    const text = "no\u0000experience\u0007needed\u001b in Cambodia";
    const result = screenAdvert({ text, lang: "en" });
    expect(result.flagged).toBe(true);
    for (const i of result.indicators) expect(i.phrase).toBe(text.slice(i.start, i.end));
  });

  it("screens mixed scripts with every lexicon they need", () => {
    const text = "รับด่วน งาน customer service ที่ 柬埔寨 กัมพูชา, Telegram @x_hr, gaji tinggi";
    const result = screenAdvert({ text });
    expect(result.lang).toBe("th");
    expect(new Set(result.indicators.map((i) => i.category))).toEqual(
      new Set(["A", "E", "F", "G"]),
    );
  });

  it("survives a lone surrogate, emoji and right-to-left marks", () => {
    const text = "\uD800 💰💰 high salary \u202Ein Cambodia\u202C 🇰🇭";
    const result = screenAdvert({ text, lang: "en" });
    expect(result.flagged).toBe(true);
    for (const i of result.indicators) expect(i.phrase).toBe(text.slice(i.start, i.end));
  });
});
