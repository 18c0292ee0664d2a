import type { PixelImage } from "@sahabat/pdq";
import sharp, { type Sharp } from "sharp";
import { Invalid } from "../platform/errors.ts";

/** Refusal limits for an uploaded image, checked before any pixel is decoded. */
export interface ImageLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest width × height accepted: the guard against decompression bombs. */
  maxPixels: number;
}

/**
 * 50 MB covers any real photograph; 100 megapixels bounds the decoded RGB buffer at 300 MB per
 * worker, whatever a small, malicious file claims.
 */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPixels: 100_000_000,
};

/** Raster formats we decode. SVG and PDF are refused: they are documents, not photographs. */
const RASTER_FORMATS = new Set(["jpeg", "png", "webp", "gif", "tiff", "heif", "avif"]);

/** Decoded pixels and what the header said. */
export interface DecodedImage {
  pixels: PixelImage;
  format: string;
}

/**
 * Decodes bytes to 8-bit pixels in memory, for hashing only. The choices follow the reference
 * tools so that our hashes agree with theirs (shared/reference/pdq/ALGORITHM.md §1):
 * - no EXIF rotation (no `.rotate()`, no `autoOrient`): the reference hashes the stored pixels;
 * - no colour management (`ignoreIcc`): neither CImg nor Pillow applies an embedded profile;
 * - alpha dropped, not composited; grey expanded to R = G = B, as Pillow's `convert("RGB")` does;
 * - 16-bit greyscale samples above 255 are clamped to 255, as Pillow does for python-threatexchange
 *   and HMA (their test for `I16.png` expects it); other 16-bit images keep the high byte, as
 *   Pillow also does;
 * - the first frame of an animation or page of a multi-page file;
 * - a damaged file is refused (sharp's `failOn: "warning"`, its advice for untrusted input)
 *   rather than hashed from partial pixels.
 */
export async function decodeImage(
  bytes: Uint8Array,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<DecodedImage> {
  if (bytes.byteLength === 0) throw new Invalid("file", "The file is empty", "file_empty");
  if (bytes.byteLength > limits.maxBytes) {
    throw new Invalid(
      "file",
      `The file is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(limits.maxBytes)}`,
      "file_too_large",
    );
  }
  const options = {
    ignoreIcc: true,
    limitInputPixels: limits.maxPixels,
    failOn: "warning",
    // Streamed decoding: with random access libvips may spill a large image to a temporary
    // file on disk, and upload bytes must never reach the disk.
    sequentialRead: true,
  } as const;
  // A JPEG is decoded at once, without first reading its header on its own (a second libvips
  // pipeline, about 5 % of a 1-megapixel decode): libvips reads every JPEG as 8-bit, so the
  // header could only choose the same 8-bit decoding below, and the pixel limit is checked by
  // sharp (`limitInputPixels`, the same width × height > limit) before any pixel is decoded.
  // Any failure goes through the full path, which names the reason exactly as before.
  if (isJpeg(bytes)) {
    const pixels = await decodeEightBit(sharp(bytes, options)).catch(() => undefined);
    if (pixels) return { pixels, format: "jpeg" };
  }
  // The header alone, without the pixel limit, so that a bomb is refused naming its size.
  const metadata = await sharp(bytes, { ...options, limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new Invalid("file", "The file is not an image we can read", "file_not_image");
    });
  const { format, width, height } = metadata;
  if (!RASTER_FORMATS.has(format) || !width || !height) {
    throw new Invalid(
      "file",
      `The file is not a supported raster image (${format ?? "unknown"})`,
      "file_not_image",
    );
  }
  if (width * height > limits.maxPixels) {
    throw new Invalid(
      "file",
      `The image is ${width} × ${height} pixels; the limit is ${limits.maxPixels / 1_000_000} megapixels`,
      "file_too_large",
    );
  }
  const isGrey16 = metadata.depth === "ushort" && metadata.channels === 1;
  try {
    const pixels = isGrey16
      ? await decodeGrey16Clamped(sharp(bytes, options))
      : await decodeEightBit(sharp(bytes, options));
    return { pixels, format };
  } catch {
    throw new Invalid(
      "file",
      `The ${format} image is damaged and cannot be decoded`,
      "file_damaged",
    );
  }
}

async function decodeEightBit(image: Sharp): Promise<PixelImage> {
  // sRGB whatever the source: grey is replicated (the hasher's R = G = B), CMYK converted.
  const { data, info } = await image
    .removeAlpha()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
  return { width: info.width, height: info.height, channels: 3, data };
}

async function decodeGrey16Clamped(image: Sharp): Promise<PixelImage> {
  const { data, info } = await image
    .toColourspace("grey16")
    .raw({ depth: "ushort" })
    .toBuffer({ resolveWithObject: true });
  const samples = new Uint16Array(data.buffer, data.byteOffset, data.byteLength / 2);
  const clamped = new Uint8Array(info.width * info.height);
  for (let i = 0; i < clamped.length; i++) clamped[i] = Math.min(255, samples[i * info.channels]!);
  return { width: info.width, height: info.height, channels: 1, data: clamped };
}

/** The JPEG start-of-image marker and the first marker after it, as libvips recognises it. */
function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
