import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { Invalid } from "../platform/errors.ts";
import { decodeImage } from "./decode-image.ts";

/*
 * A JPEG skips the separate header read (decode-image.ts). These check that the shortcut refuses
 * what the header-first path refused, with the same messages, and decodes as it did.
 */

async function createJpeg(channels: 1 | 3): Promise<Buffer> {
  const data = Buffer.alloc(16 * 8 * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 37) % 256;
  return sharp(data, { raw: { width: 16, height: 8, channels } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The JPEG with its frame header (SOF0) claiming another size: a decompression bomb. */
function claimSize(jpeg: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(jpeg);
  const frame = copy.indexOf(Buffer.from([0xff, 0xc0]));
  copy.writeUInt16BE(height, frame + 5);
  copy.writeUInt16BE(width, frame + 7);
  return copy;
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await decodeImage(bytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Invalid);
  return (error as Invalid).errors?.[0]?.message ?? "";
}

describe("decoding a JPEG", () => {
  it("gives 8-bit RGB, grey expanded to R = G = B", async () => {
    const colour = await decodeImage(await createJpeg(3));
    expect([colour.format, colour.pixels.width, colour.pixels.height]).toEqual(["jpeg", 16, 8]);
    expect([colour.pixels.channels, colour.pixels.data.length]).toEqual([3, 16 * 8 * 3]);
    const grey = await decodeImage(await createJpeg(1));
    expect(grey.pixels.channels).toBe(3);
    const { data } = grey.pixels;
    for (let i = 0; i < data.length; i += 3) {
      expect([data[i + 1], data[i + 2]]).toEqual([data[i], data[i]]);
    }
  });

  it("refuses a bomb by its claimed size, and damaged or fake JPEGs by name", async () => {
    const jpeg = await createJpeg(3);
    expect(await refusal(claimSize(jpeg, 60_000, 60_000))).toBe(
      "The image is 60000 × 60000 pixels; the limit is 100 megapixels",
    );
    expect(await refusal(jpeg.subarray(0, jpeg.length - 40))).toBe(
      "The jpeg image is damaged and cannot be decoded",
    );
    expect(await refusal(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]))).toBe(
      "The file is not an image we can read",
    );
  });
});
