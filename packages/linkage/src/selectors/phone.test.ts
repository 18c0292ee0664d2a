import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";

// Numbers in allocated mobile and landline ranges of each ASEAN country, written as people write
// them at home and abroad.
const asean: Array<[country: string, local: string, international: string, e164: string]> = [
  ["TH", "081-234-5678", "+66 81 234 5678", "+66812345678"],
  ["TH", "02 123 4567", "+66 2 123 4567", "+6621234567"],
  ["VN", "091 234 56 78", "+84 91 234 56 78", "+84912345678"],
  ["KH", "012 345 678", "+855 12 345 678", "+85512345678"],
  ["MM", "09 251 234 567", "+95 9 251 234 567", "+959251234567"],
  ["LA", "020 5512 3456", "+856 20 5512 3456", "+8562055123456"],
  ["MY", "012-345 6789", "+60 12-345 6789", "+60123456789"],
  ["ID", "0812-3456-7890", "+62 812-3456-7890", "+6281234567890"],
  ["PH", "(0917) 123-4567", "+63 (917) 123-4567", "+639171234567"],
  ["SG", "8123 4567", "+65 8123 4567", "+6581234567"],
];

describe("phones", () => {
  it.each(asean)(
    "%s: local %s and international %s give one E.164 number",
    (country, local, intl, e164) => {
      const fromLocal = canonicaliseSelector("phone", local, { defaultCountry: country });
      const fromIntl = canonicaliseSelector("phone", intl);
      expect(fromLocal).toMatchObject({
        valid: true,
        canonical: e164,
        country,
        correlationKey: `phone:${e164}`,
      });
      expect(fromIntl.correlationKey).toBe(fromLocal.correlationKey);
      expect(fromLocal.entered).toBe(local);
    },
  );

  it("an international number keeps its own country whatever the default", () => {
    const found = canonicaliseSelector("phone", "+66 81 234 5678", { defaultCountry: "VN" });
    expect(found).toMatchObject({ canonical: "+66812345678", country: "TH" });
  });

  it("reads international dialling prefixes and native digits", () => {
    expect(
      canonicaliseSelector("phone", "001 66 81 234 5678", { defaultCountry: "TH" }).canonical,
    ).toBe("+66812345678");
    expect(
      canonicaliseSelector("phone", "00 84 91 234 56 78", { defaultCountry: "VN" }).canonical,
    ).toBe("+84912345678");
    expect(canonicaliseSelector("phone", "๐๘๑-๒๓๔-๕๖๗๘", { defaultCountry: "TH" }).canonical).toBe(
      "+66812345678",
    );
    expect(
      canonicaliseSelector("phone", "၀၉ ၂၅၁ ၂၃၄ ၅၆၇", { defaultCountry: "MM" }).canonical,
    ).toBe("+959251234567");
    expect(
      canonicaliseSelector("phone", "０９１ ２３４ ５６ ７８", { defaultCountry: "VN" }).canonical,
    ).toBe("+84912345678");
  });

  it("ignores pasted invisible characters and a tel: prefix", () => {
    expect(
      canonicaliseSelector("phone", "081\u200b234\u200e5678", { defaultCountry: "TH" }).canonical,
    ).toBe("+66812345678");
    expect(canonicaliseSelector("phone", "tel:+66812345678").canonical).toBe("+66812345678");
  });

  it.each<[string, string | undefined, string]>([
    ["0812345678", undefined, "no_country"],
    ["1300", "TH", "short_number"],
    ["111", "VN", "short_number"],
    ["0000000000", "TH", "invalid_number"],
    ["+66 81 234", undefined, "invalid_number"],
    ["no number here", "TH", "unparseable"],
  ])("%s (default %s) is kept, marked %s and not correlated", (value, defaultCountry, problem) => {
    const found = canonicaliseSelector("phone", value, defaultCountry ? { defaultCountry } : {});
    expect(found).toMatchObject({ entered: value, valid: false, problem, correlationKey: null });
  });

  it("an unknown default country is no country", () => {
    expect(canonicaliseSelector("phone", "0812345678", { defaultCountry: "XX" }).problem).toBe(
      "no_country",
    );
  });
});
