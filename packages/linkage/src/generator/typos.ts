import type { Random } from "./random.ts";

/** The four single-edit typo kinds (Damerau–Levenshtein operations), as corruption tags. */
export const typoKinds = [
  "typo-insert",
  "typo-delete",
  "typo-substitute",
  "typo-transpose",
] as const;

export type TypoKind = (typeof typoKinds)[number];

const letters = "aeiounhrstlkmgcbdpy";

/** One edit of a Latin string; strings too short to edit stay as they are. */
export function applyTypo(rng: Random, text: string, kind: TypoKind): string {
  if (text.length < 3) return text;
  // Never the first letter: people rarely mistype it, and blocking on it is common practice.
  const at = 1 + rng.int(text.length - 1);
  const letter = letters[rng.int(letters.length)] as string;
  switch (kind) {
    case "typo-insert":
      return text.slice(0, at) + letter + text.slice(at);
    case "typo-delete":
      return text.slice(0, at) + text.slice(at + 1);
    case "typo-substitute": {
      const current = text[at] as string;
      const replacement =
        current === letter ? letters[(letters.indexOf(letter) + 1) % letters.length] : letter;
      return text.slice(0, at) + replacement + text.slice(at + 1);
    }
    case "typo-transpose": {
      const i = Math.min(at, text.length - 2);
      if (text[i] === text[i + 1]) return applyTypo(rng, text, "typo-substitute");
      return text.slice(0, i) + (text[i + 1] as string) + (text[i] as string) + text.slice(i + 2);
    }
  }
}
