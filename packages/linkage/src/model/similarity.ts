// String metrics for the comparisons. Jaro–Winkler and the one-edit test are written here rather
// than taken from talisman (whose definitions they follow, and against which they are tested):
// talisman allocates arrays on every call, and these run on every candidate pair — millions per
// run — where allocation-free loops are several times faster.

let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

/** Jaro similarity, computed like talisman's (the shorter string is matched into the longer). */
function jaro(s: string, t: string): number {
  // Put the shorter string first (ties in a fixed order), so that the result is symmetric.
  const [a, b] = s.length < t.length || (s.length === t.length && s <= t) ? [s, t] : [t, s];
  const la = a.length;
  const lb = b.length;
  if (lb > matchedB.length) {
    matchedA = new Uint8Array(lb * 2);
    matchedB = new Uint8Array(lb * 2);
  }
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  const range = Math.max((lb >> 1) - 1, 0);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const code = a.charCodeAt(i);
    const from = Math.max(0, i - range);
    const to = Math.min(lb, i + range + 1);
    for (let j = from; j < to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === code) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const halfTranspositions = transpositions >> 1;
  return (matches / la + matches / lb + (matches - halfTranspositions) / matches) / 3;
}

/** Jaro–Winkler (boost threshold 0.7, prefix scale 0.1 over at most 4 characters); 0 when either is empty. */
export function jw(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const j = jaro(a, b);
  if (j < 0.7) return j;
  const limit = Math.min(a.length, b.length, 4);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let start = 0;
  while (start < la && start < lb && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = la;
  let endB = lb;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  // What differs after removing the common prefix and suffix: one character either side
  // (substitution), one on one side (insertion or deletion), or two swapped characters.
  if (restA <= 1 && restB <= 1) return true;
  return (
    restA === 2 &&
    restB === 2 &&
    a.charCodeAt(start) === b.charCodeAt(start + 1) &&
    a.charCodeAt(start + 1) === b.charCodeAt(start)
  );
}

/** Share of the smaller token set found in the larger one (0 when either is empty). */
export function tokenOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.includes(token)) shared++;
  return shared / small.length;
}

export function intersects(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const value of a) if (b.includes(value)) return true;
  return false;
}
