import { createHash } from "node:crypto";
import {
  DEFAULT_PRESHRINK,
  formatPdqHex,
  hashPdqOrientations,
  type Orientation,
  type Preshrink,
} from "@sahabat/pdq";
import { DEFAULT_IMAGE_LIMITS, decodeImage, type ImageLimits } from "./decode-image.ts";

/** The exact fingerprints of any file: what lists match exactly, and all we take of a video. */
export interface ExactDigests {
  md5: string;
  sha256: string;
  byteLength: number;
}

/** What an image leaves behind once its bytes are gone: hashes, quality, size and type. */
export interface ImageFingerprint extends ExactDigests {
  format: string;
  width: number;
  height: number;
  /** PDQ, 64 lower-case hex characters. */
  pdq: string;
  /** PDQ quality, 0..100; matching ignores hashes under 50 by default. */
  quality: number;
  preshrink: Preshrink;
  /** The eight orientation hashes, when asked for (see @sahabat/pdq's `Orientation`). */
  orientations?: Record<Orientation, string>;
}

/** Options of {@link fingerprintImage}. */
export interface FingerprintOptions {
  preshrink?: Preshrink;
  withOrientations?: boolean;
  /** Cut uniform borders off before PDQ (off by default; see @sahabat/pdq's `trimUniformBorders`). */
  trimBorders?: boolean;
  limits?: ImageLimits;
}

/** MD5 and SHA-256 of the bytes, in memory. MD5 only because hash lists (NCMEC) still use it. */
export function digestBytes(bytes: Uint8Array): ExactDigests {
  return {
    md5: createHash("md5").update(bytes).digest("hex"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteLength: bytes.byteLength,
  };
}

/**
 * Fingerprints an image held in memory: exact digests, then decode and PDQ. Nothing is written
 * anywhere; the decoded pixels are dropped when this returns. Throws `Invalid("file")` for a
 * file that is empty, too large, not a raster image, over the pixel limit or damaged.
 */
export async function fingerprintImage(
  bytes: Uint8Array,
  options: FingerprintOptions = {},
): Promise<ImageFingerprint> {
  const { pixels, format } = await decodeImage(bytes, options.limits ?? DEFAULT_IMAGE_LIMITS);
  const digests = digestBytes(bytes);
  const result = hashPdqOrientations(pixels, {
    preshrink: options.preshrink ?? DEFAULT_PRESHRINK,
    trimBorders: options.trimBorders ?? false,
  });
  const fingerprint: ImageFingerprint = {
    ...digests,
    format,
    width: pixels.width,
    height: pixels.height,
    pdq: formatPdqHex(result.hashes.original),
    quality: result.quality,
    preshrink: result.preshrink,
  };
  if (options.withOrientations) {
    fingerprint.orientations = Object.fromEntries(
      Object.entries(result.hashes).map(([name, hash]) => [name, formatPdqHex(hash)]),
    ) as Record<Orientation, string>;
  }
  return fingerprint;
}
