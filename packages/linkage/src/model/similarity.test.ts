import fc from "fast-check";
import damerauLevenshtein from "talisman/metrics/damerau-levenshtein.js";
import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import { describe, expect, it } from "vitest";
import { jw, withinOneEdit } from "./similarity.ts";

// Our allocation-free metrics must agree with talisman's (the library they replace for speed).
const word = fc.string({ unit: fc.constantFrom(..."abcdehinort"), maxLength: 12 });

describe("string metrics", () => {
  it("Jaro–Winkler agrees with talisman and is symmetric", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const ours = jw(a, b);
        expect(ours).toBeCloseTo(jw(b, a), 12);
        if (a !== "" && b !== "") {
          const [x, y] = a.length < b.length || (a.length === b.length && a <= b) ? [a, b] : [b, a];
          expect(ours).toBeCloseTo(jaroWinkler(x, y), 12);
        } else expect(ours).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the textbook values", () => {
    expect(jw("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jw("dwayne", "duane")).toBeCloseTo(0.84, 2);
  });

  it("one edit agrees with the Damerau–Levenshtein distance", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(damerauLevenshtein(a, b) <= 1);
      }),
      { numRuns: 3000 },
    );
  });
});
