import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelledAdverts } from "./evaluation/labelled-set.ts";
import { normalisePhrase } from "./normalise/view.ts";
import { screenAdvert } from "./screen.ts";
import { anchorCategories } from "./types.ts";

const seed = 20261128;
// Printed so that a failure can be replayed with the same inputs.
console.log(`fast-check seed for advert screening properties: ${seed}`);

// Text with the characters that break naive code: every script we read, marks, zero-width and
// control characters, surrogates, look-alike letters and lexicon words.
const piece = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.constantFrom(
    "high salary",
    "Cambodia",
    "lương cao",
    "viec nhe",
    "กัมพูชา",
    "高薪",
    "包吃包住",
    "\u200B",
    "\u0000",
    "\uD800",
    "Теlеgrаm",
    "t e l e g r a m",
    "$1,500",
    "15tr",
    "3万",
    " ",
    "ေအာင္",
  ),
);
const advertText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("screening properties", () => {
  it("never throws on text within the limit, and every indicator is the original text at its place", () => {
    fc.assert(
      fc.property(advertText, (text) => {
        const result = screenAdvert({ text });
        for (const i of result.indicators) {
          expect(0 <= i.start && i.start < i.end && i.end <= text.length).toBe(true);
          expect(i.phrase).toBe(text.slice(i.start, i.end));
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it("flags exactly when the rule says, and the score is the sum of the category weights", () => {
    fc.assert(
      fc.property(advertText, (text) => {
        const result = screenAdvert({ text });
        const found = result.categories.map((c) => c.category);
        const expected = found.length >= 2 && found.some((c) => anchorCategories.includes(c));
        expect(result.flagged).toBe(expected);
        expect(result.score).toBe(result.categories.reduce((sum, c) => sum + c.weight, 0));
      }),
      { seed, numRuns: 300 },
    );
  });

  it("normalises a phrase once for all: normalising twice equals normalising once", () => {
    fc.assert(
      fc.property(advertText, fc.boolean(), (text, bare) => {
        const once = normalisePhrase(text, bare);
        expect(normalisePhrase(once, bare)).toBe(once);
      }),
      { seed, numRuns: 300 },
    );
  });

  it("gives the same result twice (deterministic)", () => {
    fc.assert(
      fc.property(advertText, (text) => {
        expect(screenAdvert({ text })).toEqual(screenAdvert({ text }));
      }),
      { seed, numRuns: 100 },
    );
  });

  it("keeps a flag when zero-width characters are slipped between the letters of a flagged advert", () => {
    const flagged = labelledAdverts.filter(
      (a) => a.lang === "en" && screenAdvert({ text: a.text, lang: "en" }).flagged,
    );
    fc.assert(
      fc.property(fc.constantFrom(...flagged), fc.integer({ min: 2, max: 9 }), (advert, every) => {
        const hidden = [...advert.text]
          .map((ch, i) => (i % every === every - 1 ? `${ch}\u200B` : ch))
          .join("");
        expect(screenAdvert({ text: hidden, lang: "en" }).flagged).toBe(true);
      }),
      { seed, numRuns: 100 },
    );
  });
});
