import { describe, expect, it } from "vitest";
import { detectScript } from "./script.ts";

describe("detectScript", () => {
  it.each([
    ["Nguyễn Thị Đào", "Latn"],
    ["สมชาย ใจดี", "Thai"],
    ["ສົມພອນ", "Laoo"],
    ["សុខ ចាន់", "Khmr"],
    ["အောင်ကျော်", "Mymr"],
    ["陈伟明", "Other"],
    ["", "Other"],
    ["123 !", "Other"],
  ])("%s is %s", (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it("picks the script with most letters in mixed text", () => {
    expect(detectScript("Somchai สมชาย ใจดี")).toBe("Thai");
    expect(detectScript("Somchai Jaidee ใจ")).toBe("Latn");
  });
});
