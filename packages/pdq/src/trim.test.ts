import { describe, expect, it } from "vitest";
import {
  findBorderBox,
  formatPdqHex,
  hashPdq,
  type PixelImage,
  trimUniformBorders,
} from "./index.ts";

/** A 40 × 30 RGB picture of noise-like stripes, with `border` px of `colour` around it. */
function framedPicture(border: number, colour: number, noise = 0): PixelImage {
  const [innerWidth, innerHeight] = [40, 30];
  const width = innerWidth + 2 * border;
  const height = innerHeight + 2 * border;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const isInside =
        x >= border && x < border + innerWidth && y >= border && y < border + innerHeight;
      for (let c = 0; c < 3; c++) {
        const at = (y * width + x) * 3 + c;
        data[at] = isInside
          ? ((x - border) * 37 + (y - border) * 11 * (c + 1)) % 256
          : Math.max(0, Math.min(255, colour + ((x + y + c) % 2 ? noise : -noise)));
      }
    }
  }
  return { width, height, channels: 3, data };
}

describe("trimming uniform borders", () => {
  it("finds the picture inside a black, a white and a noisy grey frame", () => {
    expect(findBorderBox(framedPicture(7, 0))).toEqual({ left: 7, top: 7, width: 40, height: 30 });
    expect(findBorderBox(framedPicture(3, 255))).toEqual({
      left: 3,
      top: 3,
      width: 40,
      height: 30,
    });
    // ±10 levels of JPEG-like noise stay inside the default tolerance, not inside 5.
    expect(findBorderBox(framedPicture(5, 128, 10)).width).toBe(40);
    expect(findBorderBox(framedPicture(5, 128, 10), 5).width).toBe(50);
  });

  it("hashes a framed picture exactly as the picture alone", () => {
    const framed = trimUniformBorders(framedPicture(9, 0));
    const bare = framedPicture(0, 0);
    expect(framed.data).toEqual(bare.data);
    expect(formatPdqHex(hashPdq(framedPicture(9, 0), { trimBorders: true }).hash)).toBe(
      formatPdqHex(hashPdq(bare).hash),
    );
    expect(formatPdqHex(hashPdq(framedPicture(9, 0)).hash)).not.toBe(
      formatPdqHex(hashPdq(bare).hash),
    );
  });

  it("leaves alone an image without borders, a flat image and an empty one", () => {
    const bare = framedPicture(0, 0);
    expect(trimUniformBorders(bare)).toBe(bare);
    const flat: PixelImage = { width: 8, height: 6, channels: 1, data: new Uint8Array(48).fill(9) };
    expect(trimUniformBorders(flat)).toBe(flat);
    const empty: PixelImage = { width: 0, height: 0, channels: 3, data: new Uint8Array(0) };
    expect(trimUniformBorders(empty)).toBe(empty);
  });

  it("keeps a picture split in two flat halves whole rather than cutting it to nothing", () => {
    const data = new Uint8Array(10 * 10).map((_, i) => (i < 50 ? 255 : 0));
    const halves: PixelImage = { width: 10, height: 10, channels: 1, data };
    expect(findBorderBox(halves)).toEqual({ left: 0, top: 0, width: 10, height: 10 });
  });
});
