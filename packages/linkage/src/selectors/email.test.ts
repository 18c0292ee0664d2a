import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";

const key = (value: string) => canonicaliseSelector("email", value).correlationKey;

describe("e-mail", () => {
  it.each<[string, string[], string]>([
    [
      "gmail ignores dots and +tags; googlemail is gmail",
      ["Nong.Mai+jobs@Gmail.com", " nongmai@googlemail.com ", "mailto:NONGMAI@GMAIL.COM"],
      "nongmai@gmail.com",
    ],
    [
      "outlook drops the +tag but keeps dots",
      ["somchai.j+agency@outlook.com", "Somchai.J@Outlook.com"],
      "somchai.j@outlook.com",
    ],
    [
      "other providers keep dots and +",
      ["recruit.ment+th@example.co.th", "RECRUIT.MENT+TH@EXAMPLE.CO.TH"],
      "recruit.ment+th@example.co.th",
    ],
    [
      "IDN domain in its own script or punycode",
      ["info@ตัวอย่าง.ไทย", "info@xn--72c1a1bt4awk9o.xn--o3cw4h"],
      "info@xn--72c1a1bt4awk9o.xn--o3cw4h",
    ],
  ])("%s", (_rule, spellings, canonical) => {
    for (const spelling of spellings) {
      expect({ spelling, key: key(spelling) }).toEqual({ spelling, key: `email:${canonical}` });
    }
  });

  it("dots are significant outside gmail", () => {
    expect(key("somchai.j@yahoo.com")).not.toBe(key("somchaij@yahoo.com"));
  });

  it.each([
    "plainaddress",
    "@example.com",
    "name@",
    "a@b@example.com",
    "name@localhost",
    "name@example",
    "two words@example.com",
    ".name@example.com",
    "na..me@example.com",
    "+tag@gmail.com",
  ])("%s is kept and marked", (value) => {
    expect(canonicaliseSelector("email", value)).toMatchObject({
      entered: value,
      valid: false,
      problem: "unparseable",
      correlationKey: null,
    });
  });
});
