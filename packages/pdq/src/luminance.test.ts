import { describe, expect, it } from "vitest";
import { computeLuminance, computeLuminanceSize, type PixelImage } from "./luminance.ts";

const image: PixelImage = {
  width: 600,
  height: 3,
  channels: 3,
  data: Uint8Array.from({ length: 600 * 3 * 3 }, (_, i) => (i * 131) % 256),
};

describe("computeLuminance into a given buffer", () => {
  it("writes the values it would return in a new array, and nothing else", () => {
    const { rows, cols } = computeLuminanceSize(600, 3, "nn512");
    expect([rows, cols]).toEqual([512, 512]);
    const target = new Float32Array(rows * cols).fill(-1);
    const written = computeLuminance(image, "nn512", target);
    expect(written.values).toBe(target);
    expect(Array.from(target)).toEqual(Array.from(computeLuminance(image, "nn512").values));
    expect(target.includes(-1)).toBe(false);
  });

  it("refuses a buffer of the wrong size and leaves it untouched", () => {
    const target = new Float32Array(600 * 3 - 1).fill(7);
    expect(() => computeLuminance(image, "none", target)).toThrow(
      "a 3 × 600 luminance needs 1800 values",
    );
    expect(target.every((value) => value === 7)).toBe(true);
  });
});
