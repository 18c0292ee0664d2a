import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latinKey } from "./latin-key.ts";
import { ZAWGYI_PAIRS } from "./name-fixtures.ts";
import { normaliseName } from "./normalise.ts";

// fast-check prints the seed and the shrunk counterexample on failure; replay with { seed, path }.
const runs = { numRuns: 300 };

const vietnameseSyllables = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Thị",
  "Văn",
  "Đào",
  "Hồng",
  "Đức",
  "Quỳnh",
  "Hương",
  "Ánh",
];
const latinWords = [
  "Somchai",
  "Aung",
  "Kyaw",
  "Siti",
  "Aminah",
  "Juan",
  "Santos",
  "Sok",
  "Chan",
  "Dara",
  "Mya",
  "Putu",
];
const nativeWords = ["สมชาย", "ใจดี", "ສົມພອນ", "ພົມມະວົງ", "សុខ", "ចាន់", "အောင်", "ကျော်", "พิสณุ", "សុភាព"];
// Random words that are titles ("hj"), particles ("de", and "bt" — binti — between two names)
// or placeholders ("baby") depend on their position by design; the order property is about
// ordinary name words, so a word is kept only if it is ordinary first, last and in the middle.
const isOrdinaryWord = (w: string): boolean => {
  const leading = normaliseName({ given: `${w} qq` });
  const trailing = normaliseName({ given: `qq ${w}` });
  const middle = normaliseName({ given: `qq ${w} zz` });
  return (
    leading.honorifics.length + trailing.honorifics.length + middle.honorifics.length === 0 &&
    leading.tokens.length === 2 &&
    middle.tokens.length === 3 &&
    middle.patronymic === "" &&
    !normaliseName({ given: w }).missing
  );
};
const word = fc.oneof(
  fc.constantFrom(...vietnameseSyllables, ...latinWords, ...nativeWords),
  fc.stringMatching(/^[A-Za-z]{1,10}$/).filter(isOrdinaryWord),
);
const nameWords = fc.array(word, { minLength: 1, maxLength: 5 });

const tokensOf = (given: string) => normaliseName({ given }).tokens;

describe("name normaliser properties", () => {
  it("latinKey is idempotent on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          nameWords.map((w) => w.join(" ")),
        ),
        (text) => {
          const key = latinKey(text);
          expect(latinKey(key)).toBe(key);
          expect(key).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/);
        },
      ),
      runs,
    );
  });

  it("NFC and NFD give one key and one token set", () => {
    fc.assert(
      fc.property(nameWords, (words) => {
        const text = words.join(" ");
        expect(latinKey(text.normalize("NFD"))).toBe(latinKey(text.normalize("NFC")));
        expect(tokensOf(text.normalize("NFD"))).toEqual(tokensOf(text.normalize("NFC")));
      }),
      runs,
    );
  });

  it("token order and case leave the token set unchanged", () => {
    fc.assert(
      fc.property(nameWords, fc.integer(), (words, shift) => {
        const rotated = words.map((_, i) => words[(i + Math.abs(shift)) % words.length]!);
        expect(tokensOf(rotated.join(" ").toUpperCase())).toEqual(tokensOf(words.join(" ")));
      }),
      runs,
    );
  });

  it("Vietnamese diacritics leave the token set unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vietnameseSyllables), { minLength: 1, maxLength: 4 }),
        (words) => {
          const text = words.join(" ");
          const bare = text
            .normalize("NFD")
            .replace(/\p{M}/gu, "")
            .replace(/đ/g, "d")
            .replace(/Đ/g, "D");
          expect(tokensOf(bare)).toEqual(tokensOf(text));
        },
      ),
      runs,
    );
  });

  it("honorifics leave the token set unchanged", () => {
    const titles: [string, string | undefined][] = [
      ["U", "MM"],
      ["Daw", "MM"],
      ["Mr", undefined],
      ["Haji", "MY"],
      ["Nai", "TH"],
      ["Nangsao", "TH"],
      ["Dato'", "MY"],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...latinWords), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...titles),
        (words, [title, country]) => {
          const plain = normaliseName({ given: words.join(" "), country });
          const titled = normaliseName({ given: `${title} ${words.join(" ")}`, country });
          expect(titled.tokens).toEqual(plain.tokens);
          expect(titled.honorifics.length).toBe(plain.honorifics.length + 1);
        },
      ),
      runs,
    );
  });

  it("Zawgyi and Unicode Burmese give one key", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ZAWGYI_PAIRS), { minLength: 1, maxLength: 3 }),
        (pairs) => {
          const zawgyi = normaliseName({ native: pairs.map((p) => p[0]).join(" ") });
          const unicode = normaliseName({ native: pairs.map((p) => p[1]).join(" ") });
          expect(zawgyi.tokens).toEqual(unicode.tokens);
          expect(zawgyi.native).toBe(unicode.native);
        },
      ),
      runs,
    );
  });

  it("normalising never throws, on any input", () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constant("\ud800"),
    );
    fc.assert(
      fc.property(
        anyText,
        anyText,
        anyText,
        anyText,
        fc.option(fc.string()),
        (given, family, other, native, country) => {
          const n = normaliseName({ given, family, other, native, country: country ?? undefined });
          expect(n.tokens).toEqual([...new Set(n.tokens)].sort());
          expect(n.missing).toBe(n.tokens.length === 0 && n.native === "");
        },
      ),
      runs,
    );
    expect(() => normaliseName(null as never)).not.toThrow();
    expect(normaliseName({ given: "x".repeat(5_000_000) }).full.length).toBeLessThan(2000);
  });
});
