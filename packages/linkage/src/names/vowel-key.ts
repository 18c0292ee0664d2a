// A key that keeps a name's consonants and folds every vowel, so that vowel respellings meet where
// the loose key (loose-key.ts) does not: Khmer and Burmese vowels have no agreed romanisation, and
// one child's name is written Suon / Suen, Keo / Kaev, Chea / Chia, Lwin / Lwen, Swe / Sway. It is
// much coarser than the loose key (Burmese Su and Soe, two different names, meet here), so the
// model compares it as a level of its own, below the spelling similarities, with its own m and u.

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * Vowel key of one loose token (loose-key.ts): each run of vowels becomes "a". A "y", "w" or "h"
 * after a vowel and before a consonant or the end writes the vowel's glide or length (Sway, Kaew,
 * Sah), so it joins the run; elsewhere it is a consonant (Nyein, Dawei, Wahyu).
 * Doubled consonants are single (Myintt). A token without a vowel stays as it is.
 */
export function vowelKeyToken(token: string): string {
  let out = "";
  let inVowel = false;
  for (let i = 0; i < token.length; i++) {
    const c = token[i] as string;
    const next = token[i + 1];
    const glide =
      inVowel && (c === "y" || c === "w" || c === "h") && (next === undefined || !VOWELS.has(next));
    if (VOWELS.has(c) || glide) {
      if (!inVowel) out += "a";
      inVowel = true;
      continue;
    }
    inVowel = false;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Vowel keys of loose tokens, joined by spaces in the order given. */
export function vowelKey(looseTokens: readonly string[]): string {
  return looseTokens.map(vowelKeyToken).join(" ");
}
