import { describe, expect, it } from "vitest";
import { RANDOM_26X28, WEE } from "./fixtures/frozen-pixels.ts";
import { EXPECTED_HASHES } from "./fixtures/reference.ts";
import {
  formatPdqHex,
  hammingDistance,
  hashPdq,
  hashPdqFromLuminance,
  hashPdqOrientations,
  ORIENTATIONS,
  type Orientation,
  type PixelImage,
  parsePdqHex,
} from "./index.ts";

function decodeFrozen(fixture: { width: number; height: number; rgbBase64: string }): PixelImage {
  const data = Uint8Array.from(atob(fixture.rgbBase64), (c) => c.charCodeAt(0));
  return { width: fixture.width, height: fixture.height, channels: 3, data };
}

describe("identical pixels give the identical hash (Meta's first conformance rule)", () => {
  // Each row is checked in the pre-shrink mode of the implementation that published it.
  const cases = EXPECTED_HASHES.filter(
    (row) =>
      row.transform === "original" &&
      (row.file === RANDOM_26X28.file || row.file === WEE.file) &&
      (row.preshrink === "none" || row.preshrink === "cimg-nearest-512x512"),
  );

  it.each(cases)("$file from $implementation ($preshrink)", (row) => {
    const fixture = row.file === WEE.file ? WEE : RANDOM_26X28;
    const preshrink = row.preshrink === "none" ? "none" : "nn512";
    const result = hashPdq(decodeFrozen(fixture), { preshrink });
    const distance = hammingDistance(result.hash, parsePdqHex(row.expectedPdqHex));
    console.log(
      `frozen ${row.file} [${preshrink}] vs ${row.source}: distance ${distance}, quality ${result.quality}`,
    );
    expect(formatPdqHex(result.hash)).toBe(row.expectedPdqHex);
  });
});

describe("the pipeline's edge cases", () => {
  const wee = decodeFrozen(WEE);

  it("gives the zero hash and quality 0 under 5 pixels a side", () => {
    for (const [width, height] of [
      [4, 100],
      [100, 4],
      [0, 0],
    ] as const) {
      const image = {
        width,
        height,
        channels: 3 as const,
        data: new Uint8Array(width * height * 3),
      };
      const result = hashPdq(image);
      expect(formatPdqHex(result.hash)).toBe("0".repeat(64));
      expect(result.quality).toBe(0);
      expect(
        Object.values(hashPdqOrientations(image).hashes).every((h) => h.every((w) => w === 0)),
      ).toBe(true);
    }
    const five = {
      width: 5,
      height: 5,
      channels: 1 as const,
      data: new Uint8Array(25).map((_, i) => i * 9),
    };
    expect(formatPdqHex(hashPdq(five).hash)).not.toBe("0".repeat(64));
  });

  it("scores a flat image quality 0, and a detailed one 100", () => {
    const flat = {
      width: 300,
      height: 200,
      channels: 3 as const,
      data: new Uint8Array(300 * 200 * 3).fill(128),
    };
    expect(hashPdq(flat).quality).toBe(0);
    expect(hashPdq(wee).quality).toBe(100);
  });

  it("ignores alpha, and treats grey as R = G = B", () => {
    const rgba = new Uint8Array(wee.width * wee.height * 4);
    const grey = new Uint8Array(wee.width * wee.height);
    const greyAsRgb = new Uint8Array(wee.width * wee.height * 3);
    for (let p = 0; p < wee.width * wee.height; p++) {
      rgba.set(wee.data.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = p % 256; // an alpha that must change nothing
      grey[p] = wee.data[p * 3]!;
      greyAsRgb.fill(wee.data[p * 3]!, p * 3, p * 3 + 3);
    }
    expect(hashPdq({ ...wee, channels: 4, data: rgba })).toEqual(hashPdq(wee));
    const fromGrey = hashPdq({ ...wee, channels: 1, data: grey });
    expect(fromGrey).toEqual(hashPdq({ ...wee, channels: 3, data: greyAsRgb }));
    expect(hashPdq({ ...wee, channels: 2, data: interleave(grey, 255) })).toEqual(fromGrey);
  });

  it("refuses a buffer that does not match its dimensions", () => {
    expect(() => hashPdq({ ...wee, height: wee.height + 1 })).toThrow(/needs 4386 bytes, got 4284/);
    expect(() => hashPdq({ ...wee, channels: 5 as 3 })).toThrow(/1 to 4 channels/);
    expect(() => hashPdq({ ...wee, width: 1.5 })).toThrow(/whole numbers/);
    const luminance = { rows: 10, cols: 10, values: new Float32Array(99) };
    expect(() => hashPdqFromLuminance(luminance)).toThrow(/rows × cols/);
  });

  it("hashes a luminance matrix as it hashes the pixels it came from", () => {
    const values = new Float32Array(64 * 64).map((_, i) => ((i * 37) % 97) + (i >> 6));
    const fromLuminance = hashPdqFromLuminance({
      rows: 64,
      cols: 64,
      values: Float32Array.from(values),
    });
    expect(fromLuminance.quality).toBeGreaterThan(0);
    expect(hashPdqFromLuminance({ rows: 64, cols: 64, values }).hash).toEqual(fromLuminance.hash);
  });
});

describe("dihedral hashes from one DCT", () => {
  // On a 64 × 64 image the sampling grid is symmetric, so each DCT-derived hash is the hash of
  // the turned pixels up to float rounding in the running sums: on this image, exactly.
  const side = 64;
  const image = makeSmoothImage(side);

  it.each(ORIENTATIONS.map((o) => [o]))("%s matches the turned pixels", (orientation) => {
    const derived = hashPdqOrientations(image).hashes[orientation as Orientation];
    const turned = hashPdq(turnPixels(image, orientation as Orientation)).hash;
    const distance = hammingDistance(derived, turned);
    console.log(`64×64 ${orientation}: DCT-derived vs pixel-turned distance ${distance}`);
    expect(distance).toBe(0);
  });
});

function interleave(grey: Uint8Array, alpha: number): Uint8Array {
  const out = new Uint8Array(grey.length * 2);
  grey.forEach((value, i) => {
    out[i * 2] = value;
    out[i * 2 + 1] = alpha;
  });
  return out;
}

function makeSmoothImage(side: number): PixelImage {
  const data = new Uint8Array(side * side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const value = 128 + 60 * Math.sin(x / 5 + y / 11) + 50 * Math.cos((x * y) / 170 + x / 9);
      data[y * side + x] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return { width: side, height: side, channels: 1, data };
}

/** The pixel-level transform each orientation names (see dihedral.ts), for a square image. */
function turnPixels(image: PixelImage, orientation: Orientation): PixelImage {
  const n = image.width;
  const source: Record<Orientation, (x: number, y: number) => [number, number]> = {
    original: (x, y) => [x, y],
    rotate90: (x, y) => [n - 1 - y, x], // counter-clockwise
    rotate180: (x, y) => [n - 1 - x, n - 1 - y],
    rotate270: (x, y) => [y, n - 1 - x], // clockwise
    flipX: (x, y) => [x, n - 1 - y],
    flipY: (x, y) => [n - 1 - x, y],
    flipPlus1: (x, y) => [y, x],
    flipMinus1: (x, y) => [n - 1 - y, n - 1 - x],
  };
  const data = new Uint8Array(n * n);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const [sx, sy] = source[orientation](x, y);
      data[y * n + x] = image.data[sy * n + sx]!;
    }
  }
  return { ...image, data };
}
