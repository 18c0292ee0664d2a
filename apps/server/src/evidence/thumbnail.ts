import sharp from "sharp";

/** The longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 64;
/**
 * Gaussian blur applied at thumbnail size. At 64 px a sigma of 4 leaves shapes and colours (is
 * it a photograph of a room, of people, a screenshot?) and no detail a person could recognise.
 */
const BLUR_SIGMA = 4;
/** Same bound as the upload decoder's: no decompression bomb, whatever the file claims. */
const MAX_PIXELS = 100_000_000;

/**
 * A small, heavily blurred JPEG of an image, made in memory. Sequential reading keeps libvips
 * from spilling a large image to a temporary file, as decrypted material must never reach the
 * disk. No metadata is copied (sharp drops it unless asked), so no EXIF location leaves.
 */
export async function makeBlurredThumbnail(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes, { sequentialRead: true, limitInputPixels: MAX_PIXELS, failOn: "error" })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: false })
    .flatten({ background: "#808080" })
    .blur(BLUR_SIGMA)
    .jpeg({ quality: 60 })
    .toBuffer();
}
