import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looseToken } from "./loose-key.ts";
import { vowelKey, vowelKeyToken } from "./vowel-key.ts";

const key = (word: string) => vowelKeyToken(looseToken(word));

describe("vowel key", () => {
  it.each([
    ["suon", "suen"],
    ["keo", "kaev"],
    ["chea", "chia"],
    ["lwin", "lwen"],
    ["swe", "sway"],
    ["nwe", "nwai"],
    ["myint", "myintt"],
  ])("%s and %s meet", (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ["sok", "sam"],
    // Wahju / Wahyu now meet in the loose key (old Indonesian j after a consonant); an initial
    // j stays apart from y, as Thai writes จ so.
    ["yanti", "janti"],
    ["nyein", "mya"],
  ])("%s and %s stay apart", (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it("keeps a glide between vowels as a consonant (Dawei, Wahyu)", () => {
    expect(vowelKeyToken("dawei")).toBe("dawa");
    expect(vowelKeyToken("wahyu")).toBe("waya");
  });

  it("is idempotent and never longer than its input", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/), (word) => {
        const once = vowelKeyToken(word);
        expect(vowelKeyToken(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(word.length);
      }),
    );
  });

  it("joins the keys of several words in order", () => {
    expect(vowelKey(["swe", "sanda"])).toBe("swa sanda");
  });
});
