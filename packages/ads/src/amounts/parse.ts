// Pay read from an advert ("15tr", "15 triệu", "3万", "Rp15jt", "$1500", "1,500 USDT",
// "30,000 บาท"), turned into a monthly amount and compared with the usual wage for unskilled work
// (wages.json, illustrative). Pay far above it for work that needs no skill is a salary cue.
import type { TextView } from "../normalise/view.ts";
import type { AmountFinding, Language } from "../types.ts";
import { CURRENCY_OF } from "./currencies.ts";
import { findSkilledWork } from "./skills.ts";
import wages from "./wages.json" with { type: "json" };

type Period = AmountFinding["period"];

const PRE =
  "us\\$|s\\$|usdt|usd|rp\\.?|rm|php|₱|\\$|฿|¥|€|sgd|thb|vnd|idr|myr|aed|sar|hkd|cny|rmb|nzd|cad|jpy";
const POST =
  "usdt|usd|u(?![\\p{Script=Latin}])|\\$|dollars?|dolar|đô la|đô|美金|美元|新元|新币|元|块|人民币|rmb|baht|บาท|ดอลลาร์|đồng|vnđ|vnd|đ(?![\\p{Script=Latin}])|pesos?|php|ringgit|rupiah|yuan|riel|kyat|kip|ກີບ|រៀល|ដុល្លារ|aed|dhs|sar|sgd|hkd|yen|yên|jpy|nzd|cad|baht|thb|idr|myr";
const MULT =
  "k(?![\\p{Script=Latin}])|tr(?![\\p{Script=Latin}])|triệu|trieu|jt(?![\\p{Script=Latin}])|juta|rb(?![\\p{Script=Latin}])|ribu|nghìn|ngàn|万\\d?|千|หมื่น|แสน|พัน|million|m(?![\\p{Script=Latin}])";
const NUM = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const RANGE = "-|–|—|~|to|đến|hingga|sampai|至|到";

const AMOUNT = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}_+@/.,#])(?:(?<pre>${PRE})\\s?)?(?<a>${NUM})\\s?(?<am>${MULT})?` +
    `(?:\\s?(?:${RANGE})\\s?(?:(?:${PRE})\\s?)?(?<b>${NUM})\\s?(?<bm>${MULT})?)?` +
    `(?:\\s?(?<post>${POST}))?`,
  "gu",
);
const CHINESE_TEN_THOUSANDS =
  /(?<a>[一二两三四五六七八九十])万(?<b>[一二三四五六七八九])?(?<post>美金|美元|元|块)?/gu;
const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const SALARY_BEFORE =
  /(salary|pay|earn|income|wage|lương|thu nhập|gaji|upah|sahod|sweldo|kita|เงินเดือน|รายได้|ค่าตอบแทน|ค่าแรง|薪|工资|月入|收入|日结|ប្រាក់ខែ|ເງິນເດືອນ|လစာ)/u;
const PERIOD_AFTER =
  /^\s*(?:\/|per |a |an |mỗi |một |ต่อ|kada |bawat |sa isang |每|\+[^/\n]{0,20}\/)?\s*(?:(?<month>monthly|month|mo\b|tháng|sebulan|bulanan|bulan|เดือน|buwan|月|ខែ|ເດືອນ)|(?<day>daily|day|ngày|sehari|harian|hari|วัน|araw|天|日)|(?<hour>hourly|hour|hr\b|giờ|jam|ชั่วโมง|oras|小时)|(?<week>weekly|week|tuần|minggu|สัปดาห์|linggo|周)|(?<year>yearly|year|annual|năm|tahun|ปี|taon|年))/u;
const PERIOD_BEFORE: [RegExp, Period][] = [
  [/(月薪|月入|月收入|月工资|เดือนละ|bulanan)\s*$/u, "month"],
  [/(日结|日薪|วันละ|harian|daily)\s*$/u, "day"],
  [/(时薪|ชั่วโมงละ)\s*$/u, "hour"],
  [/(年薪)\s*$/u, "year"],
];

const MULTIPLIER: [RegExp, number, string | null][] = [
  [/^k$/u, 1e3, null],
  [/^(tr|triệu|trieu)$/u, 1e6, "VND"],
  [/^(nghìn|ngàn)$/u, 1e3, "VND"],
  [/^(jt|juta)$/u, 1e6, "IDR"],
  [/^(rb|ribu)$/u, 1e3, "IDR"],
  [/^万\d?$/u, 1e4, "CNY"],
  [/^千$/u, 1e3, "CNY"],
  [/^หมื่น$/u, 1e4, "THB"],
  [/^แสน$/u, 1e5, "THB"],
  [/^พัน$/u, 1e3, "THB"],
  [/^(million|m)$/u, 1e6, null],
];

/** "1.500" and "1,500" are 1500; "1,5" and "2.5" are decimals. */
function readNumber(text: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/u.test(text)) {
    const decimal = /[.,](\d{1,2})$/u.exec(text);
    const whole = (decimal ? text.slice(0, -decimal[0].length) : text).replace(/[.,]/gu, "");
    return Number(whole) + (decimal ? Number(`0.${decimal[1]}`) : 0);
  }
  return Number(text.replace(",", "."));
}

function applyMultiplier(value: number, multiplier: string | undefined) {
  if (!multiplier) return { value, currency: null as string | null, hasMultiplier: false };
  for (const [pattern, factor, currency] of MULTIPLIER) {
    if (pattern.test(multiplier)) {
      const extra = /^万(\d)$/u.exec(multiplier);
      return {
        value: value * factor + (extra ? Number(extra[1]) * 1e3 : 0),
        currency,
        hasMultiplier: true,
      };
    }
  }
  return { value, currency: null, hasMultiplier: false };
}

function periodAround(text: string, start: number, end: number): Period {
  const before = text.slice(Math.max(0, start - 12), start);
  for (const [pattern, period] of PERIOD_BEFORE) if (pattern.test(before)) return period;
  const after = PERIOD_AFTER.exec(text.slice(end, end + 30));
  if (after?.groups) {
    for (const period of ["month", "day", "hour", "week", "year"] as const)
      if (after.groups[period]) return period;
  }
  return "month";
}

const PER_MONTH: Record<Period, number> = {
  month: 1,
  day: wages.daysPerMonth,
  hour: wages.daysPerMonth * wages.hoursPerDay,
  week: 52 / 12,
  year: 1 / 12,
};

const COUNTRY_OF_CURRENCY: Record<string, string> = Object.fromEntries(
  Object.entries(wages.countries)
    .filter(([, country]) => country.currency !== "USD")
    .map(([code, country]) => [country.currency, code]),
);

const rates: Record<string, number> = wages.ratesPerUsd;

/** The usual monthly pay for unskilled work the amount is compared with, in US dollars. */
function referenceFor(currency: string, lang: Language): { label: string; usd: number } {
  const code =
    COUNTRY_OF_CURRENCY[currency] ??
    (wages.languageCountry as Record<string, string | undefined>)[lang];
  const country = code
    ? (wages.countries as Record<string, (typeof wages.countries)["VN"]>)[code]
    : undefined;
  if (!code || !country)
    return { label: wages.regional.label, usd: wages.regional.usualMonthlyUsd };
  return { label: code, usd: country.usualMonthly / rates[country.currency]! };
}

interface RawAmount {
  start: number;
  end: number;
  value: number;
  currency: string;
}

function readLatinAmounts(text: string, lang: Language): RawAmount[] {
  const found: RawAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const upper = g.b ?? g.a!;
    if (/^0\d{6,}$/u.test(upper) || /^\d{9,}$/u.test(upper)) continue;
    const multiplied = applyMultiplier(readNumber(upper), g.b ? (g.bm ?? g.am) : g.am);
    const named = g.pre ?? g.post;
    const currency =
      (named ? CURRENCY_OF[named] : undefined) ??
      multiplied.currency ??
      (multiplied.hasMultiplier || SALARY_BEFORE.test(text.slice(Math.max(0, start - 25), start))
        ? wages.languageCurrency[lang]
        : undefined);
    if (!currency || !(currency in rates)) continue;
    found.push({ start, end, value: multiplied.value, currency });
  }
  for (const m of text.matchAll(CHINESE_TEN_THOUSANDS)) {
    const g = m.groups!;
    const value = CHINESE_DIGITS[g.a!]! * 1e4 + (g.b ? CHINESE_DIGITS[g.b]! * 1e3 : 0);
    const currency = g.post ? CURRENCY_OF[g.post]! : "CNY";
    found.push({ start: m.index, end: m.index + m[0].length, value, currency });
  }
  return found;
}

/** Every amount of pay the text states, each compared with the usual wage. */
export function findAmounts(view: TextView, lang: Language): AmountFinding[] {
  const out: AmountFinding[] = [];
  const skilledWork = findSkilledWork(view.text) ?? null;
  for (const raw of readLatinAmounts(view.text, lang)) {
    if (raw.end <= raw.start || raw.value <= 0) continue;
    const period = periodAround(view.text, raw.start, raw.end);
    const monthlyUsd = (raw.value * PER_MONTH[period]) / rates[raw.currency]!;
    if (monthlyUsd < 1 || monthlyUsd > 1_000_000) continue;
    const reference = referenceFor(raw.currency, lang);
    out.push({
      start: view.starts[raw.start]!,
      end: view.ends[raw.end - 1]!,
      value: raw.value,
      currency: raw.currency,
      period,
      monthlyUsd: Math.round(monthlyUsd),
      reference: reference.label,
      referenceMonthlyUsd: Math.round(reference.usd),
      ratio: Math.round((monthlyUsd / reference.usd) * 100) / 100,
      skilledWork,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How many times the usual wage an amount must reach to count as a salary cue. */
export const AMOUNT_THRESHOLD_RATIO: number = wages.thresholdRatio;
/** The wage table's version, named by every amount indicator. */
export const WAGES_VERSION = `wages@${wages.version}`;
