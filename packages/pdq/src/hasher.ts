import { blurAndSample } from "./blur.ts";
import { computeDct16, computeQuality, thresholdAtMedian } from "./dct.ts";
import { hashOrientations, ORIENTATIONS, type Orientation } from "./dihedral.ts";
import { createZeroHash, type PdqHash } from "./hash.ts";
import {
  assertPixelImage,
  computeLuminance,
  computeLuminanceSize,
  type LuminanceMatrix,
  type PixelImage,
  type Preshrink,
} from "./luminance.ts";
import { trimUniformBorders } from "./trim.ts";
import { takeWorkBuffer } from "./work-buffers.ts";

/** Options of the hasher. */
export interface PdqOptions {
  /** Pre-shrink of large images; `nn512` by default (issue 7's pipeline). See {@link Preshrink}. */
  preshrink?: Preshrink;
  /**
   * Cut uniform borders off before hashing ({@link trimUniformBorders}), so a framed or
   * letterboxed copy hashes like the picture inside. Off by default: the reference hashes and
   * the conformance tests do not trim, and lists are made without it.
   */
  trimBorders?: boolean;
}

/** A hash and its quality (0..100), with the pre-shrink it was made with, to store beside it. */
export interface PdqResult {
  hash: PdqHash;
  quality: number;
  preshrink: Preshrink;
}

/** The eight orientation hashes of one image (see {@link Orientation}) and its quality. */
export interface PdqOrientationsResult {
  hashes: Record<Orientation, PdqHash>;
  quality: number;
  preshrink: Preshrink;
}

/** Images with a side under this many pixels get the zero hash and quality 0, as in the reference. */
export const MIN_HASHABLE_SIDE = 5;

/** The default pre-shrink: the C++ tool's, bounded cost whatever the upload's size. */
export const DEFAULT_PRESHRINK: Preshrink = "nn512";

/**
 * PDQ of decoded pixels: luminance, Jarosz blur, 64 × 64 samples, 16 × 16 DCT, median threshold.
 * The caller decodes without applying EXIF orientation, because the reference tools do not and
 * their hashes must agree with ours.
 */
export function hashPdq(image: PixelImage, options: PdqOptions = {}): PdqResult {
  const preshrink = options.preshrink ?? DEFAULT_PRESHRINK;
  const { coefficients, quality } = transformImage(image, preshrink, options.trimBorders);
  const hash = coefficients ? thresholdAtMedian(coefficients) : createZeroHash();
  return { hash, quality, preshrink };
}

/**
 * The eight orientation hashes from one DCT, for matching turned or mirrored copies. The
 * `original` entry equals {@link hashPdq}'s hash.
 */
export function hashPdqOrientations(
  image: PixelImage,
  options: PdqOptions = {},
): PdqOrientationsResult {
  const preshrink = options.preshrink ?? DEFAULT_PRESHRINK;
  const { coefficients, quality } = transformImage(image, preshrink, options.trimBorders);
  if (coefficients) return { hashes: hashOrientations(coefficients), quality, preshrink };
  const hashes = {} as Record<Orientation, PdqHash>;
  for (const orientation of ORIENTATIONS) hashes[orientation] = createZeroHash();
  return { hashes, quality, preshrink };
}

/**
 * PDQ of a luminance matrix already computed (e.g. a video frame, or a test fixture frozen to
 * check that identical input gives the identical hash). The matrix is overwritten.
 */
export function hashPdqFromLuminance(luminance: LuminanceMatrix): {
  hash: PdqHash;
  quality: number;
} {
  const { coefficients, quality } = transformLuminance(luminance);
  return { hash: coefficients ? thresholdAtMedian(coefficients) : createZeroHash(), quality };
}

function transformImage(image: PixelImage, preshrink: Preshrink, trimBorders = false) {
  assertPixelImage(image);
  if (trimBorders) image = trimUniformBorders(image);
  if (image.width < MIN_HASHABLE_SIDE || image.height < MIN_HASHABLE_SIDE) {
    return { coefficients: undefined, quality: 0 };
  }
  // The luminance is ours alone (the blur overwrites it), so a kept buffer serves.
  const { rows, cols } = computeLuminanceSize(image.width, image.height, preshrink);
  const values = takeWorkBuffer("luminance", rows * cols);
  return transformLuminance(computeLuminance(image, preshrink, values));
}

function transformLuminance(luminance: LuminanceMatrix) {
  if (luminance.values.length !== luminance.rows * luminance.cols) {
    throw new RangeError("luminance values do not fill rows × cols");
  }
  if (luminance.rows < MIN_HASHABLE_SIDE || luminance.cols < MIN_HASHABLE_SIDE) {
    return { coefficients: undefined, quality: 0 };
  }
  const grid = blurAndSample(luminance);
  return { coefficients: computeDct16(grid), quality: computeQuality(grid) };
}
