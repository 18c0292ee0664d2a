/*
 * Test support: the PDQ reference pack (shared/reference/pdq, beside the repository), decoded
 * with our decoder. Only the tests import this file.
 */
import fs from "node:fs";
import path from "node:path";
import {
  hashPdqOrientations,
  type PdqOrientationsResult,
  type PixelImage,
  type Preshrink,
} from "@sahabat/pdq";
import { decodeImage } from "./decode-image.ts";

/** The reference pack's folder. */
export const PDQ_REFERENCE = path.resolve(
  import.meta.dirname,
  "../../../../../shared/reference/pdq",
);

const decoded = new Map<string, Promise<PixelImage>>();

/** Pixels of a pack file (path relative to the pack), decoded once per test file. */
export function decodeReference(file: string): Promise<PixelImage> {
  let pixels = decoded.get(file);
  if (!pixels) {
    const bytes = fs.readFileSync(path.join(PDQ_REFERENCE, file));
    pixels = decodeImage(bytes).then((image) => image.pixels);
    decoded.set(file, pixels);
  }
  return pixels;
}

const hashed = new Map<string, Promise<PdqOrientationsResult>>();

/** The eight orientation hashes and quality of a pack file in one pre-shrink mode (cached). */
export function hashReference(file: string, preshrink: Preshrink): Promise<PdqOrientationsResult> {
  const key = `${preshrink}:${file}`;
  let result = hashed.get(key);
  if (!result) {
    result = decodeReference(file).then((pixels) => hashPdqOrientations(pixels, { preshrink }));
    hashed.set(key, result);
  }
  return result;
}

/** Rows of a CSV whose quoted fields may hold commas. */
export function readReferenceCsv(name: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(PDQ_REFERENCE, name), "utf8");
  const records = text
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!));
  const [header, ...rows] = records;
  return rows.map((row) =>
    Object.fromEntries(
      header!.map((name, i) => [name, (row[i] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"')]),
    ),
  );
}

/** Turns or mirrors RGB pixels as python-threatexchange's CLI test does before hashing. */
export function transformPixels(image: PixelImage, transform: string): PixelImage {
  const { width: w, height: h, channels } = image;
  const isSwapped = [
    "pixel-rotate90ccw",
    "pixel-rotate90cw",
    "pixel-transpose",
    "pixel-antitranspose",
  ].includes(transform);
  const width = isSwapped ? h : w;
  const height = isSwapped ? w : h;
  // For each output pixel (x, y), the source pixel it takes.
  const sources: Record<string, (x: number, y: number) => [number, number]> = {
    "pixel-rotate90ccw": (x, y) => [w - 1 - y, x],
    "pixel-rotate180": (x, y) => [w - 1 - x, h - 1 - y],
    "pixel-rotate90cw": (x, y) => [y, h - 1 - x],
    "pixel-mirror-top-bottom": (x, y) => [x, h - 1 - y],
    "pixel-mirror-left-right": (x, y) => [w - 1 - x, y],
    "pixel-transpose": (x, y) => [y, x],
    "pixel-antitranspose": (x, y) => [w - 1 - y, h - 1 - x],
  };
  const source = sources[transform];
  if (!source) throw new Error(`unknown pixel transform ${transform}`);
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = source(x, y);
      const from = (sy * w + sx) * channels;
      data.set(image.data.subarray(from, from + channels), (y * width + x) * channels);
    }
  }
  return { width, height, channels, data };
}
