import { describe, expect, it } from "vitest";
import { latinKey, MAX_NAME_LENGTH } from "./latin-key.ts";

describe("latinKey", () => {
  it("folds Vietnamese marks and maps đ/Đ explicitly (NFD alone keeps Đ)", () => {
    expect(latinKey("Nguyễn Thị Đào")).toBe("nguyen thi dao");
    expect(latinKey("ĐẶNG đức")).toBe("dang duc");
  });

  it("gives one key for NFC and NFD input", () => {
    const nfc = "Phạm Thị Hồng Nhung".normalize("NFC");
    expect(latinKey(nfc.normalize("NFD"))).toBe(latinKey(nfc));
  });

  it("folds compatibility forms (NFKC): full-width letters and ligatures", () => {
    expect(latinKey("ＳＯＫ ﬁona")).toBe("sok fiona");
  });

  it("joins apostrophes and splits on hyphens and punctuation", () => {
    expect(latinKey("Dato' O’Brien-Smith, Jr.")).toBe("dato obrien smith jr");
  });

  it("romanises the four Southeast Asian scripts inside any text", () => {
    expect(latinKey("สมชาย ใจดี")).toBe("somchai chaidi");
    expect(latinKey("សុខ ចាន់")).toBe("sok chan");
    expect(latinKey("ສົມພອນ")).toBe("somphon");
    expect(latinKey("အောင်ဆန်းစုကြည်")).toBe("aung san su kyi");
  });

  it("drops digits, symbols and scripts it does not romanise", () => {
    expect(latinKey("陈 Tan 2024 ☺")).toBe("tan");
    expect(latinKey("   ")).toBe("");
  });

  it("never throws on lone surrogates, control characters, non-strings or huge input", () => {
    expect(latinKey("\ud800a\udfff\u0000b\u202e")).toBe("a b");
    expect(latinKey(undefined as unknown as string)).toBe("");
    const huge = "ab ".repeat(1_000_000);
    expect(latinKey(huge).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });
});
