// talisman ships no type declarations; these are the two string metrics the scorer uses.
declare module "talisman/metrics/jaro-winkler.js" {
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}
declare module "talisman/metrics/damerau-levenshtein.js" {
  const damerauLevenshtein: ((a: string, b: string) => number) & {
    /** Distance when it is at most `max`, else Infinity: cheaper for "within one edit" tests. */
    limited: (max: number, a: string, b: string) => number;
  };
  export default damerauLevenshtein;
}
