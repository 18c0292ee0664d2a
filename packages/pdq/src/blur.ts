import type { LuminanceMatrix } from "./luminance.ts";

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
 * Speed without changing a bit: each column's arithmetic is the reference's, in the same order,
 * but the vertical passes walk the rows of all columns together (contiguous memory), and the last
 * vertical pass runs only on the 64 columns that are sampled.
 */
export function blurAndSample(luminance: LuminanceMatrix): Float32Array {
  const { rows, cols } = luminance;
  const along = computeWindowSize(cols);
  const down = computeWindowSize(rows);
  // The caller's matrix is ours to overwrite: it was made for this one hash.
  const image = luminance.values;
  const scratch = new Float32Array(rows * cols);
  const allColumns = Int32Array.from({ length: cols }, (_, col) => col);
  const sampledColumns = Int32Array.from({ length: GRID_SIDE }, (_, j) =>
    Math.trunc(((j + 0.5) * cols) / GRID_SIDE),
  );
  const sampledImage = new Float32Array(rows * GRID_SIDE);
  for (const isLast of [false, true]) {
    for (let row = 0; row < rows; row++) boxPass(image, scratch, row * cols, cols, along);
    if (isLast) boxPassDown(scratch, sampledImage, rows, cols, down, sampledColumns);
    else boxPassDown(scratch, image, rows, cols, down, allColumns);
  }
  return sampleRows(sampledImage, rows);
}

/**
 * One box pass along a row of `length` elements, with window `window`. The window covers
 * [i − (w − h), i + h − 1] with h = ⌊(w + 2)/2⌋, truncated at the edges, and the mean divides by
 * the elements actually inside: edges are neither mirrored nor padded. It runs as a float32
 * running sum, operation for operation as the reference does, so that identical pixels give the
 * identical hash (Meta's first conformance rule). Even a window of 1 runs the sums rather than
 * copying: (s + x) − y is not always x in float32, and the reference does not special-case it.
 */
function boxPass(
  input: Float32Array,
  output: Float32Array,
  start: number,
  length: number,
  window: number,
): void {
  const half = (window + 2) >> 1;
  const end = start + length;
  let sum = 0;
  let count = 0;
  let left = start;
  let right = start;
  let out = start;
  for (; right < start + half - 1; right++) {
    sum = Math.fround(sum + input[right]!);
    count++;
  }
  for (; right < start + window; right++, out++) {
    sum = Math.fround(sum + input[right]!);
    count++;
    output[out] = sum / count;
  }
  for (; right < end; right++, left++, out++) {
    sum = Math.fround(sum + input[right]!);
    sum = Math.fround(sum - input[left]!);
    output[out] = sum / count;
  }
  for (; out < end; left++, out++) {
    sum = Math.fround(sum - input[left]!);
    count--;
    output[out] = sum / count;
  }
}

/**
 * The same pass down the given columns, all at once: `sums` holds one float32 running sum per
 * column (a Float32Array store rounds exactly as the reference's float does), in the
 * reference's order: add the entering row, then subtract the leaving one. Output row r, lane l
 * goes to output[r · lanes + l].
 */
function boxPassDown(
  input: Float32Array,
  output: Float32Array,
  rows: number,
  cols: number,
  window: number,
  columns: Int32Array,
): void {
  const lanes = columns.length;
  const sums = new Float32Array(lanes);
  const half = (window + 2) >> 1;
  let count = 0;
  let out = 0;
  for (let row = 0; row < rows + half - 1; row++) {
    const entering = row < rows ? row * cols : -1;
    const leaving = row >= window ? (row - window) * cols : -1;
    if (entering >= 0 && leaving >= 0) {
      for (let l = 0; l < lanes; l++) {
        const col = columns[l]!;
        sums[l] = Math.fround(sums[l]! + input[entering + col]!) - input[leaving + col]!;
      }
    } else if (entering >= 0) {
      for (let l = 0; l < lanes; l++) sums[l] = sums[l]! + input[entering + columns[l]!]!;
      count++;
    } else {
      for (let l = 0; l < lanes; l++) sums[l] = sums[l]! - input[leaving + columns[l]!]!;
      count--;
    }
    if (row < half - 1) continue;
    const outAt = out * lanes;
    for (let l = 0; l < lanes; l++) output[outAt + l] = sums[l]! / count;
    out++;
  }
}

/**
 * The value at the centre of each of 64 × 64 cells: row ⌊(i + ½)·rows/64⌋, column likewise (the
 * columns were already picked), index computed in double precision then truncated, no
 * interpolation. For a 64 × 64 input this is the identity (and the blur windows are 1), which
 * is why video frames pre-scaled to 64 × 64 need no special case.
 */
function sampleRows(sampledImage: Float32Array, rows: number): Float32Array {
  const grid = new Float32Array(GRID_SIDE * GRID_SIDE);
  for (let i = 0; i < GRID_SIDE; i++) {
    const row = Math.trunc(((i + 0.5) * rows) / GRID_SIDE);
    grid.set(sampledImage.subarray(row * GRID_SIDE, (row + 1) * GRID_SIDE), i * GRID_SIDE);
  }
  return grid;
}
