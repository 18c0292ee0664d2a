import { boxFourRowsAtSamples } from "./blur-at-samples.ts";
import type { LuminanceMatrix } from "./luminance.ts";
import { takeWorkBuffer } from "./work-buffers.ts";

/** Side of the sampled grid the DCT runs on. */
export const GRID_SIDE = 64;

/**
 * Window of one box pass along an axis of `length` pixels: ⌈length / 128⌉. Each output pixel
 * should gather about 1/64 of the image per axis, and the two passes each take half of that.
 */
export function computeWindowSize(length: number): number {
  return Math.floor((length + 2 * GRID_SIDE - 1) / (2 * GRID_SIDE));
}

/**
 * Two repetitions of a horizontal then a vertical box pass (Jarosz: repeated boxes approximate a
 * tent), then the 64 × 64 samples at cell centres. The blur is the anti-aliasing step; without
 * it the samples would alias on any detailed image.
 *
 * The box pass keeps the window [i − (w − h), i + h − 1] with h = ⌊(w + 2)/2⌋, truncated at the
 * edges, and divides by the elements actually inside: edges are neither mirrored nor padded.
 * Every running sum is float32, added then subtracted in the reference's order, so identical
 * pixels give the identical hash (Meta's first conformance rule). Even a window of 1 runs the
 * sums: (s + x) − y is not always x in float32, and the reference does not special-case it.
 *
 * Speed without changing a bit (equivalence.test.ts compares with the code before):
 * - the vertical passes walk the rows of all columns together (contiguous memory);
 * - rows are summed four at a time (see boxRows);
 * - the second pass along stores only the means at the 64 sampled columns (blur-at-samples.ts);
 * - the last vertical pass runs only down the 64 sampled columns and keeps only the 64 sampled
 *   rows (its sums still see every row: a running sum's rounding depends on all it has seen);
 * - a mean is the sum times 1/count in double, rounded to float32. That equals the correctly
 *   rounded float32 quotient: sum/count is never a float32 rounding midpoint (sum has 24
 *   significant bits; count · midpoint, a 25-bit odd significand times an integer, has more),
 *   and it sits at least 2⁻²⁴/count (relative) away from one, far beyond the 2⁻⁵² error of the
 *   double product.
 */
export function blurAndSample(luminance: LuminanceMatrix): Float32Array {
  const { rows, cols } = luminance;
  const along = computeWindowSize(cols);
  const down = computeWindowSize(rows);
  // The caller's matrix is ours to overwrite: it was made for this one hash.
  const image = luminance.values;
  const scratch = takeWorkBuffer("blur", rows * cols);
  boxRows(image, scratch, rows, cols, along);
  boxColumns(scratch, image, rows, cols, down);
  // The second pass along keeps only the 64 sampled columns, which alone go down the last pass.
  const columns = computeSamplePositions(cols);
  const stops = Int32Array.of(...columns, -1);
  const narrow = takeWorkBuffer("sampledColumns", rows * GRID_SIDE);
  const grouped = rows - (rows % 4);
  for (let row = 0; row < grouped; row += 4) {
    boxFourRowsAtSamples(image, row, cols, along, stops, narrow);
  }
  for (let row = grouped; row < rows; row++) {
    boxOneRow(image, scratch, row * cols, cols, along);
    for (let j = 0; j < GRID_SIDE; j++)
      narrow[row * GRID_SIDE + j] = scratch[row * cols + columns[j]!]!;
  }
  return boxColumnsAtSamples(narrow, rows, down);
}

/**
 * Rows, columns or lanes sampled at the centres of 64 cells: ⌊(i + ½)·length/64⌋, computed in
 * double then truncated, no interpolation. For 64 this is the identity (and the blur windows
 * are 1), which is why video frames pre-scaled to 64 × 64 need no special case.
 */
function computeSamplePositions(length: number): Int32Array {
  return Int32Array.from({ length: GRID_SIDE }, (_, i) =>
    Math.trunc(((i + 0.5) * length) / GRID_SIDE),
  );
}

/**
 * One box pass along every row of `input` into `output`. A row's running sum is a chain of
 * dependent float32 roundings, so one row at a time the processor mostly waits; four rows at a
 * time keep four independent chains in flight (about 3× faster), each still in the reference's
 * order.
 */
function boxRows(
  input: Float32Array,
  output: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  let row = 0;
  for (; row + 4 <= rows; row += 4) boxFourRows(input, output, row * cols, cols, window);
  for (; row < rows; row++) boxOneRow(input, output, row * cols, cols, window);
}

function boxOneRow(
  input: Float32Array,
  output: Float32Array,
  start: number,
  cols: number,
  window: number,
): void {
  const half = (window + 2) >> 1;
  const end = start + cols;
  let sum = 0;
  let count = 0;
  let left = start;
  let right = start;
  let out = start;
  for (; right < start + half - 1; right++, count++) sum = Math.fround(sum + input[right]!);
  for (; right < start + window; right++, out++) {
    sum = Math.fround(sum + input[right]!);
    count++;
    output[out] = sum * (1 / count);
  }
  for (const full = 1 / window; right < end; right++, left++, out++) {
    sum = Math.fround(Math.fround(sum + input[right]!) - input[left]!);
    output[out] = sum * full;
  }
  for (; out < end; left++, out++) {
    sum = Math.fround(sum - input[left]!);
    count--;
    output[out] = sum * (1 / count);
  }
}

/** {@link boxOneRow} on the four rows starting at `start`, interleaved. */
function boxFourRows(
  input: Float32Array,
  output: Float32Array,
  start: number,
  cols: number,
  window: number,
): void {
  const half = (window + 2) >> 1;
  const [a, b, c, d] = [start, start + cols, start + 2 * cols, start + 3 * cols];
  let [sumA, sumB, sumC, sumD] = [0, 0, 0, 0];
  let count = 0;
  let left = 0;
  let right = 0;
  let out = 0;
  for (; right < half - 1; right++, count++) {
    sumA = Math.fround(sumA + input[a + right]!);
    sumB = Math.fround(sumB + input[b + right]!);
    sumC = Math.fround(sumC + input[c + right]!);
    sumD = Math.fround(sumD + input[d + right]!);
  }
  for (; right < window; right++, out++) {
    sumA = Math.fround(sumA + input[a + right]!);
    sumB = Math.fround(sumB + input[b + right]!);
    sumC = Math.fround(sumC + input[c + right]!);
    sumD = Math.fround(sumD + input[d + right]!);
    count++;
    const reciprocal = 1 / count;
    output[a + out] = sumA * reciprocal;
    output[b + out] = sumB * reciprocal;
    output[c + out] = sumC * reciprocal;
    output[d + out] = sumD * reciprocal;
  }
  for (const full = 1 / window; right < cols; right++, left++, out++) {
    sumA = Math.fround(Math.fround(sumA + input[a + right]!) - input[a + left]!);
    sumB = Math.fround(Math.fround(sumB + input[b + right]!) - input[b + left]!);
    sumC = Math.fround(Math.fround(sumC + input[c + right]!) - input[c + left]!);
    sumD = Math.fround(Math.fround(sumD + input[d + right]!) - input[d + left]!);
    output[a + out] = sumA * full;
    output[b + out] = sumB * full;
    output[c + out] = sumC * full;
    output[d + out] = sumD * full;
  }
  for (; out < cols; left++, out++) {
    sumA = Math.fround(sumA - input[a + left]!);
    sumB = Math.fround(sumB - input[b + left]!);
    sumC = Math.fround(sumC - input[c + left]!);
    sumD = Math.fround(sumD - input[d + left]!);
    count--;
    const reciprocal = 1 / count;
    output[a + out] = sumA * reciprocal;
    output[b + out] = sumB * reciprocal;
    output[c + out] = sumC * reciprocal;
    output[d + out] = sumD * reciprocal;
  }
}

/**
 * One box pass down every column: `sums` holds one float32 running sum per column (a
 * Float32Array store rounds exactly as the reference's float does), in the reference's order:
 * add the entering row, then subtract the leaving one.
 */
function boxColumns(
  input: Float32Array,
  output: Float32Array,
  rows: number,
  cols: number,
  window: number,
): void {
  const sums = new Float32Array(cols);
  const half = (window + 2) >> 1;
  let count = 0;
  let outAt = 0;
  for (let row = 0; row < rows + half - 1; row++) {
    const entering = row * cols;
    const leaving = (row - window) * cols;
    if (row < rows && row >= window) {
      // The full window (row ≥ window ≥ h − 1, so a mean is due): sum and mean in one sweep.
      const reciprocal = 1 / count;
      for (let c = 0; c < cols; c++) {
        const sum = Math.fround(Math.fround(sums[c]! + input[entering + c]!) - input[leaving + c]!);
        sums[c] = sum;
        output[outAt + c] = sum * reciprocal;
      }
      outAt += cols;
      continue;
    }
    if (row < rows) {
      for (let c = 0; c < cols; c++) sums[c] = sums[c]! + input[entering + c]!;
      count++;
    } else {
      for (let c = 0; c < cols; c++) sums[c] = sums[c]! - input[leaving + c]!;
      count--;
    }
    if (row < half - 1) continue;
    const reciprocal = 1 / count;
    for (let c = 0; c < cols; c++) output[outAt + c] = sums[c]! * reciprocal;
    outAt += cols;
  }
}

/**
 * The last pass down the 64 kept columns (`input` is rows × 64): sums over every row, means
 * kept only at the 64 sampled rows, which are the grid.
 */
function boxColumnsAtSamples(input: Float32Array, rows: number, window: number): Float32Array {
  const grid = new Float32Array(GRID_SIDE * GRID_SIDE);
  const sampledRows = computeSamplePositions(rows);
  const sums = new Float32Array(GRID_SIDE);
  const half = (window + 2) >> 1;
  let count = 0;
  let next = 0;
  for (let row = 0; row < rows + half - 1; row++) {
    const entering = row * GRID_SIDE;
    const leaving = (row - window) * GRID_SIDE;
    if (row < rows && row >= window) {
      for (let l = 0; l < GRID_SIDE; l++) {
        sums[l] = Math.fround(sums[l]! + input[entering + l]!) - input[leaving + l]!;
      }
    } else if (row < rows) {
      for (let l = 0; l < GRID_SIDE; l++) sums[l] = sums[l]! + input[entering + l]!;
      count++;
    } else {
      for (let l = 0; l < GRID_SIDE; l++) sums[l] = sums[l]! - input[leaving + l]!;
      count--;
    }
    const out = row - (half - 1);
    // Fewer than 64 rows: one row may be the sample of several cells.
    while (next < GRID_SIDE && sampledRows[next] === out) {
      const reciprocal = 1 / count;
      for (let l = 0; l < GRID_SIDE; l++) grid[next * GRID_SIDE + l] = sums[l]! * reciprocal;
      next++;
    }
  }
  return grid;
}
