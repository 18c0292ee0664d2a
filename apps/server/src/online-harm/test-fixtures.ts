import sharp from "sharp";

/*
 * Fixtures of the online-harm tests. Benign test images: shapes on a gradient, drawn here,
 * never a photograph of anyone; lists made from them simulate hits.
 */

/** A report's body, anonymous, received an hour ago. */
export const reportBody = (o: Record<string, unknown> = {}) => ({
  category: "abuse_material",
  platform: "example-social",
  urls: ["https://social.example/p/123", "http://files.example/a.jpg"],
  reporter: { kind: "public", anonymous: true },
  reportedAt: new Date(Date.now() - 3_600_000).toISOString(),
  ...o,
});

/** A 256 × 256 PNG: a gradient with a disc and a bar whose places depend on `seed`. */
export async function makeBenignPng(seed: number, size = 256): Promise<Buffer> {
  const data = Buffer.alloc(size * size * 3);
  const cx = 60 + ((seed * 37) % 140);
  const cy = 50 + ((seed * 53) % 150);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 3;
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 < 40 ** 2;
      const inBar = Math.abs(x - ((seed * 71) % size)) < 12;
      data[i] = inDisc ? 240 : (x * 255) / size;
      data[i + 1] = inBar ? 20 : (y * 255) / size;
      data[i + 2] = inDisc || inBar ? 60 : ((x + y + seed * 13) * 127) / size;
    }
  return sharp(data, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

/** The same picture at half the size: a different file, the same PDQ within a few bits. */
export async function resizedCopy(png: Buffer): Promise<Buffer> {
  return sharp(png).resize(128, 128).png().toBuffer();
}

/** The picture turned a quarter: found through a dihedral variant. */
export async function rotatedCopy(png: Buffer): Promise<Buffer> {
  return sharp(png).rotate(90).png().toBuffer();
}
