import { PDQ_ORIENTATIONS, type PdqOrientation } from "@sahabat/shared";
import { computeMedian, DCT_SIDE, thresholdAt } from "./dct.ts";
import type { PdqHash } from "./hash.ts";

/**
 * The eight orientations and their order (`--pdqdih`), defined in @sahabat/shared because a hash
 * match's wire schema names them; see PdqOrientation there for what each one means.
 */
export type Orientation = PdqOrientation;
/** The eight orientations, in the order the C++ tool prints them with `--pdqdih`. */
export const ORIENTATIONS: readonly Orientation[] = PDQ_ORIENTATIONS;

const isOdd = (n: number) => (n & 1) === 1;

/**
 * How each orientation acts on the coefficients A (ALGORITHM.md §11): mirroring an axis negates
 * the odd frequencies of that axis (index i is frequency i + 1, so the even indices), and a
 * quarter turn or diagonal reflection transposes the matrix.
 */
const RULES: Record<
  Orientation,
  { isTransposed: boolean; isNegated(i: number, j: number): boolean; signs: SignPattern }
> = {
  original: { isTransposed: false, isNegated: () => false, signs: "none" },
  rotate90: { isTransposed: true, isNegated: (_i, j) => !isOdd(j), signs: "evenColumns" },
  rotate180: { isTransposed: false, isNegated: (i, j) => isOdd(i + j), signs: "oddSum" },
  rotate270: { isTransposed: true, isNegated: (i) => !isOdd(i), signs: "evenRows" },
  flipX: { isTransposed: false, isNegated: (i) => !isOdd(i), signs: "evenRows" },
  flipY: { isTransposed: false, isNegated: (_i, j) => !isOdd(j), signs: "evenColumns" },
  flipPlus1: { isTransposed: true, isNegated: () => false, signs: "none" },
  flipMinus1: { isTransposed: true, isNegated: (i, j) => isOdd(i + j), signs: "oddSum" },
};

/** Which coefficients an orientation negates, named so orientations can share a median. */
type SignPattern = "none" | "evenRows" | "evenColumns" | "oddSum";

/**
 * The coefficients of the image turned or mirrored as `orientation` says, derived from the
 * original coefficients without touching pixels. Exact when the sampling grid is symmetric
 * (e.g. a 64 × 64 input); on other sizes the asymmetric blur window and sample positions make
 * it differ from hashing the turned pixels by a few bits (0–6 on the test photo).
 */
export function orientCoefficients(
  coefficients: Float32Array,
  orientation: Orientation,
): Float32Array {
  const rule = RULES[orientation];
  const result = new Float32Array(DCT_SIDE * DCT_SIDE);
  for (let i = 0; i < DCT_SIDE; i++) {
    for (let j = 0; j < DCT_SIDE; j++) {
      const value = coefficients[i * DCT_SIDE + j]!;
      const target = rule.isTransposed ? j * DCT_SIDE + i : i * DCT_SIDE + j;
      result[target] = rule.isNegated(i, j) ? -value : value;
    }
  }
  return result;
}

/**
 * All eight orientation hashes from one DCT, each thresholded at its own median. Store them all
 * for a known item to match turned re-uploads; never canonicalise by taking the minimum of the
 * eight, which small bit differences make unreliable (Meta's README).
 */
export function hashOrientations(coefficients: Float32Array): Record<Orientation, PdqHash> {
  const hashes = {} as Record<Orientation, PdqHash>;
  // A transposed orientation holds the same 256 values as the untransposed one with the same
  // signs, only elsewhere, so it has the same median: four sorts serve the eight hashes.
  const medians = new Map<SignPattern, number>();
  for (const orientation of ORIENTATIONS) {
    const oriented = orientCoefficients(coefficients, orientation);
    const { signs } = RULES[orientation];
    const median = medians.get(signs) ?? computeMedian(oriented);
    medians.set(signs, median);
    hashes[orientation] = thresholdAt(oriented, median);
  }
  return hashes;
}
