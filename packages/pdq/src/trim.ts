import { assertPixelImage, type PixelImage } from "./luminance.ts";

/**
 * How far (per channel, 0..255) a border pixel may stray from its edge's colour. JPEG leaves a
 * few levels of noise in a flat border; python-threatexchange's own test of black borders on a
 * JPEG uses 25 (`--black-threshold=25`), while its default of 0 would keep a re-encoded border.
 */
export const DEFAULT_BORDER_TOLERANCE = 24;

/** Where the picture sits once its uniform borders are cut off. */
export interface BorderBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Finds the uniform borders of an image: from each edge, the rows (or columns) whose every pixel
 * is within `tolerance` of that edge's corner pixel, stopping at the first that is not. Like
 * python-threatexchange's optional "unletterbox" step, but any flat colour counts (white frames
 * and mats as well as black letterboxes). An image that is uniform throughout has no picture to
 * find and is left whole. Alpha is ignored, as the hash ignores it.
 */
export function findBorderBox(image: PixelImage, tolerance = DEFAULT_BORDER_TOLERANCE): BorderBox {
  assertPixelImage(image);
  const { width, height } = image;
  const whole = { left: 0, top: 0, width, height };
  if (width === 0 || height === 0) return whole;
  const isRowUniform = (y: number, from: number, to: number, ref: number) =>
    isRunUniform(image, y * width + from, to - from, 1, ref, tolerance);
  const isColumnUniform = (x: number, from: number, to: number, ref: number) =>
    isRunUniform(image, from * width + x, to - from, width, ref, tolerance);
  let top = 0;
  while (top < height && isRowUniform(top, 0, width, 0)) top++;
  if (top === height) return whole;
  // Each edge has its own colour, so the far edge may eat into what the near one kept (a picture
  // half white, half black): then nothing is left and nothing is trimmed.
  let bottom = height;
  while (bottom > top && isRowUniform(bottom - 1, 0, width, (height - 1) * width)) bottom--;
  if (bottom === top) return whole;
  let left = 0;
  while (left < width && isColumnUniform(left, top, bottom, top * width)) left++;
  if (left === width) return whole;
  let right = width;
  while (right > left && isColumnUniform(right - 1, top, bottom, top * width + width - 1)) right--;
  if (right === left) return whole;
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * The image without its uniform borders (see {@link findBorderBox}), as a new buffer; the image
 * itself when it has none. Off by default everywhere: the reference hashes do not trim, and a
 * picture whose own edge is a flat sky or wall loses that edge too.
 */
export function trimUniformBorders(
  image: PixelImage,
  tolerance = DEFAULT_BORDER_TOLERANCE,
): PixelImage {
  const box = findBorderBox(image, tolerance);
  if (box.width === image.width && box.height === image.height) return image;
  const { channels, data } = image;
  const trimmed = new Uint8Array(box.width * box.height * channels);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.top + y) * image.width + box.left) * channels;
    trimmed.set(data.subarray(from, from + box.width * channels), y * box.width * channels);
  }
  return { width: box.width, height: box.height, channels, data: trimmed };
}

/** Whether `length` pixels from `start`, `step` pixels apart, all lie within `tolerance` of
 * pixel `reference` in every colour channel. */
function isRunUniform(
  image: PixelImage,
  start: number,
  length: number,
  step: number,
  reference: number,
  tolerance: number,
): boolean {
  const { channels, data } = image;
  const colours = channels >= 3 ? 3 : 1;
  for (let n = 0, pixel = start; n < length; n++, pixel += step) {
    for (let c = 0; c < colours; c++) {
      const difference = data[pixel * channels + c]! - data[reference * channels + c]!;
      if (difference > tolerance || difference < -tolerance) return false;
    }
  }
  return true;
}
