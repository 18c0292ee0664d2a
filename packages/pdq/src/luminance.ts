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
// Each weight times each byte value, once; then red and green summed for every pair of bytes
// (a 256 KB table), so a pixel costs two lookups and one float32 addition. Each entry is
// round(round(wR·r) + round(wG·g)), the reference's first two steps, so nothing changes.
const [R_TABLE, G_TABLE, B_TABLE] = [0.299, 0.587, 0.114].map((weight) => {
  const table = new Float32Array(256);
  for (let value = 0; value < 256; value++) table[value] = Math.fround(weight) * value;
  return table;
}) as [Float32Array, Float32Array, Float32Array];
const RED_GREEN_TABLE = (() => {
  const table = new Float32Array(256 * 256);
  for (let red = 0; red < 256; red++) {
    for (let green = 0; green < 256; green++) {
      table[(red << 8) | green] = R_TABLE[red]! + G_TABLE[green]!;
    }
  }
  return table;
})();

/**
 * Luminance Y = 0.299 R + 0.587 G + 0.114 B in float32, after the pre-shrink. Sampling nearest
 * neighbours commutes with a per-pixel formula, so the shrink reads only the pixels it keeps
 * and never copies the full image.
 */
export function computeLuminance(image: PixelImage, preshrink: Preshrink): LuminanceMatrix {
  assertPixelImage(image);
  const { width, height, channels, data } = image;
  const isShrunk = preshrink === "nn512" && (width > PRESHRINK_SIDE || height > PRESHRINK_SIDE);
  const cols = isShrunk ? PRESHRINK_SIDE : width;
  const rows = isShrunk ? PRESHRINK_SIDE : height;
  // Byte offset of each kept column's pixel within its row.
  const columnOffsets = new Int32Array(cols);
  for (let x = 0; x < cols; x++) {
    columnOffsets[x] = (isShrunk ? Math.floor((x * width) / cols) : x) * channels;
  }
  const values = new Float32Array(rows * cols);
  // Grey goes through the same formula with R = G = B, like a decoder expanding it to RGB.
  const greenOffset = channels < 3 ? 0 : 1;
  const blueOffset = channels < 3 ? 0 : 2;
  const redGreen = RED_GREEN_TABLE;
  const blue = B_TABLE;
  let out = 0;
  for (let y = 0; y < rows; y++) {
    const rowStart = (isShrunk ? Math.floor((y * height) / rows) : y) * width * channels;
    for (let x = 0; x < cols; x++, out++) {
      const offset = rowStart + columnOffsets[x]!;
      values[out] =
        redGreen[(data[offset]! << 8) | data[offset + greenOffset]!]! +
        blue[data[offset + blueOffset]!]!;
    }
  }
  return { rows, cols, values };
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
