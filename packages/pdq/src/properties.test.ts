import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatPdqHex,
  hammingDistance,
  hashPdq,
  hashPdqOrientations,
  parsePdqHex,
  parsePdqLine,
} from "./index.ts";

// Packages take no clock: the seed comes from Math.random and is printed so a failing property
// can be replayed by pasting it here.
const seed = Math.floor(Math.random() * 2 ** 31);
console.log(`fast-check seed for pdq properties.test.ts: ${seed}`);

const arbitraryHash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => {
  return new Uint16Array(bytes.buffer);
});

describe("Hamming distance and hex (properties)", () => {
  it("is a metric: d(x, x) = 0, symmetric, triangle inequality, 0..256", () => {
    fc.assert(
      fc.property(arbitraryHash, arbitraryHash, arbitraryHash, (x, y, z) => {
        expect(hammingDistance(x, x)).toBe(0);
        const d = hammingDistance(x, y);
        expect(d).toBe(hammingDistance(y, x));
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(256);
        expect(d).toBeLessThanOrEqual(hammingDistance(x, z) + hammingDistance(z, y));
      }),
      { seed, numRuns: 500 },
    );
  });

  it("flipping k distinct bits moves a hash exactly k away", () => {
    fc.assert(
      fc.property(arbitraryHash, fc.uniqueArray(fc.integer({ min: 0, max: 255 })), (x, bits) => {
        const y = Uint16Array.from(x);
        for (const k of bits) y[k >> 4] = y[k >> 4]! ^ (1 << (k & 15));
        expect(hammingDistance(x, y)).toBe(bits.length);
      }),
      { seed, numRuns: 300 },
    );
  });

  it("hex round-trips, in either case, and a CSV line carries the quality", () => {
    fc.assert(
      fc.property(arbitraryHash, fc.integer({ min: 0, max: 100 }), (x, quality) => {
        const hex = formatPdqHex(x);
        expect(hex).toMatch(/^[0-9a-f]{64}$/);
        expect(parsePdqHex(hex)).toEqual(x);
        expect(parsePdqHex(hex.toUpperCase())).toEqual(x);
        expect(parsePdqLine(`${hex},${quality},some file, with a comma.jpg`)).toEqual({
          hash: x,
          quality,
        });
      }),
      { seed, numRuns: 500 },
    );
  });
});

const arbitraryImage = (side: { min: number; max: number }) =>
  fc
    .record({ width: fc.integer(side), height: fc.integer(side), fill: fc.integer() })
    .map(({ width, height, fill }) => {
      // A cheap deterministic pattern: smooth enough to hash well, varied enough to differ.
      const data = new Uint8Array(width * height * 3);
      let state = fill >>> 0;
      for (let i = 0; i < data.length; i++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        data[i] = (state >>> 24) & 0xff;
      }
      return { width, height, channels: 3 as const, data };
    });

describe("the hasher (properties)", () => {
  it("is deterministic, and the `original` orientation is the plain hash", () => {
    fc.assert(
      fc.property(arbitraryImage({ min: 5, max: 300 }), (image) => {
        const copy = { ...image, data: Uint8Array.from(image.data) };
        const plain = hashPdq(image);
        expect(hashPdq(copy)).toEqual(plain);
        expect(hashPdqOrientations(copy).hashes.original).toEqual(plain.hash);
      }),
      { seed, numRuns: 25 },
    );
  });

  it("`nn512` is exactly `none` applied to the nearest-neighbour 512 × 512 resample", () => {
    fc.assert(
      fc.property(arbitraryImage({ min: 300, max: 900 }), (image) => {
        const resampled = resampleNearest(image, 512, 512);
        const shrunk = hashPdq(image, { preshrink: "nn512" });
        const large = image.width > 512 || image.height > 512;
        const reference = hashPdq(large ? resampled : image, { preshrink: "none" });
        expect(shrunk.hash).toEqual(reference.hash);
        expect(shrunk.quality).toBe(reference.quality);
      }),
      { seed, numRuns: 10 },
    );
  });
});

function resampleNearest(
  image: { width: number; height: number; channels: 3; data: Uint8Array },
  width: number,
  height: number,
) {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from =
        (Math.floor((y * image.height) / height) * image.width +
          Math.floor((x * image.width) / width)) *
        3;
      data.set(image.data.subarray(from, from + 3), (y * width + x) * 3);
    }
  }
  return { width, height, channels: 3 as const, data };
}
