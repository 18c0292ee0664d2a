/**
 * Decoded pixels, row-major, 8 bits per channel. Channels: 1 grey, 2 grey + alpha, 3 RGB,
 * 4 RGBA. Alpha is ignored, as in every reference implementation (ALGORITHM.md §1).
 */
export interface PixelImage {
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * What happens to a large image before the blur (ALGORITHM.md §2):
 * - `nn512`: if either side exceeds 512 px, resample to exactly 512 × 512 ignoring the aspect
 *   ratio, nearest neighbour, output (x, y) ← input (⌊x·W/512⌋, ⌊y·H/512⌋). This is the C++
 *   command-line tool and WASM build, and issue 7's pipeline: bounded cost for any image.
 * - `none`: blur at full resolution, as python-threatexchange and HMA do (the tools NCMEC and
 *   StopNCII lists are made with). Costs two float buffers the size of the image.
 * Both stay far inside the match threshold for the same image (0–10 bits on the test photos).
 */
export type Preshrink = "nn512" | "none";

/** The side above which `nn512` resamples, and the size it resamples to. */
export const PRESHRINK_SIDE = 512;

/** A luminance matrix, float32, `rows × cols`, row-major. */
export interface LuminanceMatrix {
  rows: number;
  cols: number;
  values: Float32Array;
}

// BT.601 luma weights, rounded to float32 as the reference's `const float` coefficients are.
// Each product below is computed, not looked up: a float32 weight times a byte is exact in
// double (24 + 8 significant bits), so Math.fround of it is the reference's float product, and
// each sum is rounded to float32 as the reference's is. Arithmetic beat a 256 KB red+green table
// here (a quarter of the cache a core shares with the blur buffers and other processes).
const WEIGHT_RED = Math.fround(0.299);
const WEIGHT_GREEN = Math.fround(0.587);
const WEIGHT_BLUE = Math.fround(0.114);

/**
 * Luminance Y = 0.299 R + 0.587 G + 0.114 B in float32, after the pre-shrink. Sampling nearest
 * neighbours commutes with a per-pixel formula, so the shrink reads only the pixels it keeps
 * and never copies the full image. `values`, when given, receives the matrix (it must hold
 * exactly rows × cols, see {@link computeLuminanceSize}); otherwise a new array does.
 */
export function computeLuminance(
  image: PixelImage,
  preshrink: Preshrink,
  values?: Float32Array,
): LuminanceMatrix {
  assertPixelImage(image);
  const { width, height, channels, data } = image;
  const { rows, cols } = computeLuminanceSize(width, height, preshrink);
  const isShrunk = rows !== height || cols !== width;
  const matrix = values ?? new Float32Array(rows * cols);
  if (matrix.length !== rows * cols) {
    throw new RangeError(`a ${rows} × ${cols} luminance needs ${rows * cols} values`);
  }
  // Byte offset of each kept column's pixel within its row.
  const columnOffsets = new Int32Array(cols);
  for (let x = 0; x < cols; x++) {
    columnOffsets[x] = (isShrunk ? Math.floor((x * width) / cols) : x) * channels;
  }
  // Grey goes through the same formula with R = G = B, like a decoder expanding it to RGB.
  const greenOffset = channels < 3 ? 0 : 1;
  const blueOffset = channels < 3 ? 0 : 2;
  let out = 0;
  for (let y = 0; y < rows; y++) {
    const rowStart = (isShrunk ? Math.floor((y * height) / rows) : y) * width * channels;
    for (let x = 0; x < cols; x++, out++) {
      const offset = rowStart + columnOffsets[x]!;
      // The float32 store rounds the last sum.
      matrix[out] =
        Math.fround(
          Math.fround(WEIGHT_RED * data[offset]!) +
            Math.fround(WEIGHT_GREEN * data[offset + greenOffset]!),
        ) + Math.fround(WEIGHT_BLUE * data[offset + blueOffset]!);
    }
  }
  return { rows, cols, values: matrix };
}

/** The size of the luminance matrix of a `width` × `height` image after the pre-shrink. */
export function computeLuminanceSize(
  width: number,
  height: number,
  preshrink: Preshrink,
): { rows: number; cols: number } {
  const isShrunk = preshrink === "nn512" && (width > PRESHRINK_SIDE || height > PRESHRINK_SIDE);
  return isShrunk ? { rows: PRESHRINK_SIDE, cols: PRESHRINK_SIDE } : { rows: height, cols: width };
}

/** Refuses a buffer whose size does not agree with its dimensions, before any pixel is read. */
export function assertPixelImage(image: PixelImage): void {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`image dimensions must be whole numbers, got ${width} × ${height}`);
  }
  if (![1, 2, 3, 4].includes(channels)) {
    throw new RangeError(`an image has 1 to 4 channels, got ${channels}`);
  }
  if (data.length !== width * height * channels) {
    throw new RangeError(
      `${width} × ${height} × ${channels} needs ${width * height * channels} bytes, got ${data.length}`,
    );
  }
}
