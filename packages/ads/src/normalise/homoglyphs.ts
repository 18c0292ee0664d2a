// Letters of other alphabets that look like Latin ones, used to dodge keyword filters
// ("Теlеgrаm" with Cyrillic е and а). Applied after lower-casing, so only lower case is listed.
const pairs: [string, string][] = [
  // Cyrillic
  ["а", "a"],
  ["в", "b"],
  ["е", "e"],
  ["ё", "e"],
  ["к", "k"],
  ["м", "m"],
  ["н", "h"],
  ["о", "o"],
  ["р", "p"],
  ["с", "c"],
  ["т", "t"],
  ["у", "y"],
  ["х", "x"],
  ["і", "i"],
  ["ј", "j"],
  ["ѕ", "s"],
  ["ԁ", "d"],
  ["ԛ", "q"],
  ["ԝ", "w"],
  // Greek
  ["α", "a"],
  ["β", "b"],
  ["ε", "e"],
  ["η", "n"],
  ["ι", "i"],
  ["κ", "k"],
  ["ν", "v"],
  ["ο", "o"],
  ["ρ", "p"],
  ["τ", "t"],
  ["υ", "u"],
  ["χ", "x"],
  // Latin look-alikes
  ["ı", "i"],
  ["ɡ", "g"],
  ["ɑ", "a"],
];

/** Look-alike letter → the Latin letter it imitates. */
export const homoglyphs: ReadonlyMap<string, string> = new Map(pairs);
