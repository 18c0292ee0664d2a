// talisman ships no type declarations. The scorer declares its string metrics in
// model/talisman.d.ts (Jaro–Winkler included); the normaliser needs only Double Metaphone.
declare module "talisman/phonetics/double-metaphone.js" {
  /** Primary and secondary Double Metaphone codes of a word. */
  export default function doubleMetaphone(word: string): [string, string];
}
