import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fingerprintImage } from "../online-harm/index.ts";
import { MAX_REFETCH_PIXELS, matchPdqFingerprints } from "./removal-check-pdq.ts";

/** A benign picture with enough structure for a PDQ quality over 50: shapes and stripes. */
async function picture(width: number, height: number): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#123"/><stop offset="1" stop-color="#fc8"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#2a6"/>
    <rect x="${width * 0.6}" y="${height * 0.1}" width="${width * 0.3}" height="${height * 0.5}" fill="#e33"/>
    <g stroke="#fff" stroke-width="${Math.max(2, width / 80)}">
      <line x1="0" y1="${height * 0.8}" x2="${width}" y2="${height * 0.7}"/>
      <line x1="${width * 0.1}" y1="0" x2="${width * 0.2}" y2="${height}"/>
    </g>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

describe("PDQ on a re-fetched body", () => {
  const options = { threshold: 31, maxBytes: 20 * 1024 * 1024 };

  it("finds the listed picture, re-encoded", async () => {
    const original = await picture(640, 480);
    const { pdq } = await fingerprintImage(original);
    const jpeg = new Uint8Array(await sharp(original).jpeg({ quality: 80 }).toBuffer());
    expect(await matchPdqFingerprints(jpeg, [pdq], options)).toBe(true);
  });

  it("says nothing of an image over the re-fetch pixel limit, which would otherwise match", async () => {
    const original = await picture(640, 480);
    const listed = (await fingerprintImage(original)).pdq;
    const side = Math.ceil(Math.sqrt(MAX_REFETCH_PIXELS)) + 8;
    const huge = new Uint8Array(
      await sharp(original)
        .resize(side, side, { fit: "fill" })
        .png({ compressionLevel: 1 })
        .toBuffer(),
    );
    expect(await matchPdqFingerprints(huge, [listed], options)).toBeUndefined();
    // Within the general upload limits the same file decodes and matches: the limit decided.
    const { pdq } = await fingerprintImage(huge);
    expect(await matchPdqFingerprints(await picture(640, 480), [pdq], options)).toBe(true);
  });
});
