import doubleMetaphone from "talisman/phonetics/double-metaphone.js";

// Double Metaphone codes per token, memoised: a million names share a few thousand tokens.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, [string, string]>();

/** Primary and secondary Double Metaphone codes of one Latin key token ("" for none). */
export function phoneticCodes(token: string): [string, string] {
  const known = memo.get(token);
  if (known !== undefined) return known;
  let codes: [string, string] = ["", ""];
  if (token.length > 0) {
    try {
      codes = doubleMetaphone(token);
    } catch {
      // talisman indexes past the end on a few degenerate inputs; a name without a code still works.
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, codes);
  return codes;
}

/** Sorted distinct primary and secondary codes of a set of tokens. */
export function phoneticSet(tokens: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const token of tokens) {
    const [primary, secondary] = phoneticCodes(token);
    if (primary !== "") codes.add(primary);
    if (secondary !== "") codes.add(secondary);
  }
  return [...codes].sort();
}
