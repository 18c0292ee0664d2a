import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blurAndSample } from "./blur.ts";
import { computeDct16 } from "./dct.ts";
import {
  computeFrozenLuminance,
  hashFrozenOrientations,
  transformFrozen,
} from "./fixtures/frozen-pipeline.ts";
import { RANDOM_26X28, WEE } from "./fixtures/frozen-pixels.ts";
import {
  formatPdqHex,
  hashPdq,
  hashPdqOrientations,
  ORIENTATIONS,
  type PixelImage,
  type Preshrink,
} from "./index.ts";
import { computeLuminance } from "./luminance.ts";

/*
 * The speed work on luminance, blur, DCT and threshold must not move a single bit: lists made
 * with the earlier code, and with Meta's, must keep matching at distance 0. Every image here is
 * hashed by the current code and by a frozen copy of the code before that work, and all eight
 * orientation hashes and the quality must be identical.
 */

const seed = Math.floor(Math.random() * 2 ** 31);
console.log(`fast-check seed for pdq equivalence.test.ts: ${seed}`);

/** A seeded PRNG (mulberry32), so each generated image can be rebuilt from its seed. */
function createRandom(seedValue: number): () => number {
  let state = seedValue | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Texture = "noise" | "smooth" | "flat";

/** Pixels of one kind: uniform noise, a noisy gradient with blocks, or one flat colour. */
function createImage(
  width: number,
  height: number,
  channels: PixelImage["channels"],
  texture: Texture,
  imageSeed: number,
): PixelImage {
  const random = createRandom(imageSeed);
  const data = new Uint8Array(width * height * channels);
  const flat = Math.floor(random() * 256);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        const at = (y * width + x) * channels + c;
        if (texture === "noise") data[at] = Math.floor(random() * 256);
        else if (texture === "flat") data[at] = flat;
        else {
          const block = ((x >> 5) + (y >> 4) + c) & 1 ? 60 : 0;
          const ramp = (x * 97 + y * 53 * (c + 1)) / (width + height + 1);
          data[at] = Math.min(255, Math.floor(ramp + block + random() * 12));
        }
      }
    }
  }
  return { width, height, channels, data };
}

function describeResult(image: PixelImage, preshrink: Preshrink) {
  const current = hashPdqOrientations(image, { preshrink });
  return {
    quality: current.quality,
    hashes: ORIENTATIONS.map((orientation) => formatPdqHex(current.hashes[orientation])),
  };
}

function describeFrozen(image: PixelImage, preshrink: Preshrink) {
  const frozen = hashFrozenOrientations(image, preshrink);
  return {
    quality: frozen?.quality ?? 0,
    hashes: ORIENTATIONS.map((orientation) =>
      frozen ? formatPdqHex(frozen.hashes[orientation]) : "0".repeat(64),
    ),
  };
}

/** The float32 values as their bit patterns: a one-ulp change would not move most hashes. */
const bitsOf = (values: Float32Array) => Array.from(new Uint32Array(values.buffer));

function expectSameBits(image: PixelImage, preshrink: Preshrink) {
  const luminance = computeLuminance(image, preshrink);
  const frozenLuminance = computeFrozenLuminance(image, preshrink);
  expect([luminance.rows, luminance.cols]).toEqual([frozenLuminance.rows, frozenLuminance.cols]);
  expect(bitsOf(luminance.values)).toEqual(bitsOf(frozenLuminance.values));
  if (image.width >= 5 && image.height >= 5) {
    const grid = blurAndSample(computeLuminance(image, preshrink));
    const frozen = transformFrozen(image, preshrink);
    expect(bitsOf(grid)).toEqual(bitsOf(frozen.grid));
    expect(bitsOf(computeDct16(grid))).toEqual(bitsOf(frozen.coefficients));
  }
  const current = describeResult(image, preshrink);
  expect(current).toEqual(describeFrozen(image, preshrink));
  expect(formatPdqHex(hashPdq(image, { preshrink }).hash)).toBe(current.hashes[0]);
}

// Odd sizes, under 5 px, one row or one column, exactly 64 and 512, just over 512, large.
const SIZES: [number, number][] = [
  [1, 1],
  [4, 4],
  [4, 9],
  [1, 700],
  [700, 1],
  [5, 5],
  [6, 600],
  [7, 13],
  [26, 28],
  [63, 65],
  [64, 64],
  [127, 129],
  [300, 200],
  [511, 512],
  [512, 512],
  [513, 511],
  [700, 300],
  [1000, 1000],
  [1201, 799],
  [2000, 17],
];
const TEXTURES: Texture[] = ["noise", "smooth", "flat"];

describe("the optimised pipeline gives the bits of the frozen one", () => {
  const cases = SIZES.flatMap(([width, height], n) =>
    TEXTURES.map((texture, t) => ({
      width,
      height,
      texture,
      channels: ((n + t) % 4) + 1,
      imageSeed: seed + n * 7 + t,
    })),
  );

  it.each(cases)("$width × $height, $channels channels, $texture", (testCase) => {
    const channels = testCase.channels as PixelImage["channels"];
    const image = createImage(
      testCase.width,
      testCase.height,
      channels,
      testCase.texture,
      testCase.imageSeed,
    );
    for (const preshrink of ["nn512", "none"] as const) expectSameBits(image, preshrink);
  });

  it("on the frozen reference pixels, as a Uint8ClampedArray too", () => {
    for (const fixture of [RANDOM_26X28, WEE]) {
      const data = Uint8Array.from(atob(fixture.rgbBase64), (c) => c.charCodeAt(0));
      for (const pixels of [data, new Uint8ClampedArray(data)]) {
        const image: PixelImage = {
          width: fixture.width,
          height: fixture.height,
          channels: 3,
          data: pixels,
        };
        expectSameBits(image, "nn512");
        expectSameBits(image, "none");
      }
    }
  });

  it("on random small images of every shape (property)", () => {
    const arbitraryImage = fc
      .record({
        width: fc.integer({ min: 1, max: 90 }),
        height: fc.integer({ min: 1, max: 90 }),
        channels: fc.constantFrom(1, 2, 3, 4),
        texture: fc.constantFrom<Texture>("noise", "smooth", "flat"),
        imageSeed: fc.integer(),
      })
      .map(({ width, height, channels, texture, imageSeed }) =>
        createImage(width, height, channels as PixelImage["channels"], texture, imageSeed),
      );
    fc.assert(
      fc.property(arbitraryImage, fc.constantFrom<Preshrink>("nn512", "none"), (image, mode) => {
        expectSameBits(image, mode);
      }),
      { seed, numRuns: 150 },
    );
  });
});
