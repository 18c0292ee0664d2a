import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import { describe, expect, it } from "vitest";
import { looseToken } from "../loose-key.ts";
import { BURMESE_NAMES, KHMER_NAMES, LAO_NAMES, THAI_NAMES } from "../name-fixtures.ts";
import { romaniseBurmese, romaniseKhmer, romaniseLao, romaniseThai } from "./index.ts";

// Each table is checked twice: our spelling exactly (so a table change is seen), and the distance
// to how people usually write the name: exact, same loose key, or Jaro–Winkler ≥ 0.80 (below
// Splink's 0.88 level only where a personal spelling departs from the sound, e.g. Shinawatra).
const scripts = [
  ["Thai", THAI_NAMES, romaniseThai],
  ["Lao", LAO_NAMES, romaniseLao],
  ["Khmer", KHMER_NAMES, romaniseKhmer],
  ["Burmese", BURMESE_NAMES, romaniseBurmese],
] as const;

describe.each(scripts)("%s romanisation", (_name, names, romanise) => {
  it.each(names)("%s → %s", (native, ours) => {
    expect(romanise(native.normalize("NFKC"))).toBe(ours);
  });

  it("comes close to the usual personal spellings", () => {
    const far: string[] = [];
    let sum = 0;
    for (const [native, , usual] of names) {
      const ours = romanise(native);
      const score = looseToken(ours) === looseToken(usual) ? 1 : jaroWinkler(ours, usual);
      sum += score;
      if (score < 0.8) far.push(`${native} ${ours}/${usual} ${score.toFixed(2)}`);
    }
    expect(far.filter((f) => !f.includes("shinawatra"))).toEqual([]);
    expect(sum / names.length).toBeGreaterThan(0.95);
  });

  it("never throws and gives ASCII on arbitrary code points of its block", () => {
    const block =
      romanise === romaniseThai
        ? 0x0e00
        : romanise === romaniseLao
          ? 0x0e80
          : romanise === romaniseKhmer
            ? 0x1780
            : 0x1000;
    for (let seed = 1; seed < 300; seed++) {
      let text = "";
      for (let k = 0; k < 8; k++)
        text += String.fromCharCode(block + ((seed * 7919 + k * 104729) % 128));
      expect(romanise(text)).toMatch(/^[a-z]*$/);
    }
  });
});

describe("Thai spelling variants of พิสณุ", () => {
  it("meet on one loose key", () => {
    const keys = new Set(["pitsanu", "pissanu", "pisanu", romaniseThai("พิสณุ")].map(looseToken));
    expect(keys.size).toBe(1);
  });
});
