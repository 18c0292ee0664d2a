import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { Invalid } from "../platform/errors.ts";
import { createHashPool, fingerprintImage } from "./index.ts";
import { PDQ_REFERENCE } from "./reference-images.ts";

const read = (file: string) => fs.readFileSync(path.join(PDQ_REFERENCE, file));
const sha256sums = new Map(
  fs
    .readFileSync(path.join(PDQ_REFERENCE, "SHA256SUMS"), "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(/\s+/).reverse() as [string, string]),
);

describe("the hashing pool (worker threads)", () => {
  const pool = createHashPool({ size: 2 });
  afterAll(() => pool.close());

  it("fingerprints in workers exactly as in the main thread, in any order", async () => {
    const files = [
      "data/bridge-mods/aaa-orig.jpg",
      "data/misc-images/c.png",
      "data/misc-images/wee.jpg",
      "data/pytx-resources/I16.png",
      "data/pytx-resources/LA.png",
      "data/reg-test-input/labelme-subset/q2821.jpg",
    ];
    const fromWorkers = await Promise.all(files.map((file) => pool.fingerprint(read(file))));
    for (const [i, file] of files.entries()) {
      const fingerprint = fromWorkers[i]!;
      expect(fingerprint).toEqual(await fingerprintImage(read(file)));
      expect(fingerprint.sha256, file).toBe(sha256sums.get(file));
      expect(fingerprint.md5).toMatch(/^[0-9a-f]{32}$/);
      console.log(
        `${file}: ${fingerprint.pdq},${fingerprint.quality} ${fingerprint.format} ${fingerprint.width}×${fingerprint.height} sha256 as SHA256SUMS`,
      );
    }
  });

  it("adds the eight orientation hashes when asked", async () => {
    const fingerprint = await pool.fingerprint(
      read("data/reg-test-input/dih/bridge-1-original.jpg"),
      {
        withOrientations: true,
      },
    );
    expect(Object.keys(fingerprint.orientations!)).toHaveLength(8);
    expect(fingerprint.orientations!.original).toBe(fingerprint.pdq);
  });

  it("leaves the caller's buffer usable (the worker gets a copy)", async () => {
    const bytes = read("data/misc-images/wee.jpg");
    await pool.fingerprint(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(bytes[0]).toBe(0xff);
  });

  it("refuses what is not a readable raster image, naming the problem", async () => {
    const jpeg = read("data/bridge-mods/aaa-orig.jpg");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const cases: [string, Uint8Array, RegExp][] = [
      ["empty", new Uint8Array(0), /The file is empty/],
      ["text", Buffer.from("not an image at all"), /not an image we can read/],
      ["truncated JPEG", jpeg.subarray(0, jpeg.length / 2), /damaged/],
      ["SVG", svg, /not a supported raster image \(svg\)/],
      ["bomb", pngClaiming(60_000, 60_000), /60000 × 60000 pixels; the limit is 100 megapixels/],
    ];
    for (const [name, bytes, message] of cases) {
      const error = await pool.fingerprint(bytes).catch((e: unknown) => e);
      console.log(`${name}: ${(error as Error).message}`);
      expect(error, name).toBeInstanceOf(Invalid);
      expect((error as Invalid).errors).toEqual([
        {
          field: "file",
          message: expect.stringMatching(message),
          code: expect.stringMatching(/^file_/),
        },
      ]);
    }
    // The pool still works after refusals.
    expect((await pool.fingerprint(read("data/misc-images/wee.jpg"))).quality).toBe(100);
  });

  it("applies configured size, pixel and time limits", async () => {
    const strict = createHashPool({ size: 1, limits: { maxBytes: 300_000, maxPixels: 50_000 } });
    try {
      await expect(strict.fingerprint(read("data/bridge-mods/aaa-orig.jpg"))).rejects.toThrow(
        /over the limit of 0\.3 MB/,
      );
      await expect(
        strict.fingerprint(read("data/reg-test-input/labelme-subset/q2821.jpg")),
      ).rejects.toThrow(/256 × 256 pixels; the limit is 0\.05 megapixels/);
    } finally {
      await strict.close();
    }
    const slow = createHashPool({ size: 1, timeoutMs: 1 });
    try {
      const timedOut = await slow
        .fingerprint(read("data/bridge-mods/aaa-orig.jpg"))
        .catch((e) => e);
      expect(timedOut.message).toMatch(/took over 0\.001 s/);
      expect(timedOut.errors).toEqual([
        { field: "file", message: timedOut.message, code: "file_too_complex" },
      ]);
    } finally {
      await slow.close();
    }
    await expect(slow.fingerprint(read("data/misc-images/wee.jpg"))).rejects.toThrow(/closed/);
  });
});

/** A valid 1 × 1 PNG whose header claims another size: what a decompression bomb looks like. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 0]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
