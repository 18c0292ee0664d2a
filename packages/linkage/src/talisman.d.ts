// talisman ships no type declarations; these cover the modules the linkage engine imports.
declare module "talisman/phonetics/double-metaphone.js" {
  /** Primary and secondary Double Metaphone codes of a word. */
  export default function doubleMetaphone(word: string): [string, string];
}

declare module "talisman/metrics/jaro-winkler.js" {
  /** Jaro–Winkler similarity in [0, 1]. */
  export default function jaroWinkler(a: string, b: string): number;
}
