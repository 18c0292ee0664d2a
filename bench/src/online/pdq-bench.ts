import { performance } from "node:perf_hooks";
import { hashPdqOrientations } from "@sahabat/pdq";
import sharp from "sharp";
import { decodeImage } from "../../../apps/server/src/online-harm/decode-image.ts";
import type { Row } from "../report.ts";

/*
 * PDQ hashing speed (issue 7): 1-megapixel JPEGs decoded with sharp exactly as an upload is, then
 * hashed with the eight orientation hashes the server computes, one image at a time on one core
 * (libvips limited to one thread), decode and hash timed separately. The images are benign and
 * synthetic: smooth gradients with shapes and grain, so the JPEGs have the texture and the size
 * (about 200-400 KB) of photographs rather than of flat colour.
 */

const side = 1000;

/** A deterministic photograph-like picture: gradients, discs and grain, encoded as JPEG q85. */
async function syntheticJpeg(seed: number): Promise<Buffer> {
  const rgb = Buffer.alloc(side * side * 3);
  let s = seed * 2654435761;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const discs = Array.from({ length: 12 }, () => ({
    x: rand() * side,
    y: rand() * side,
    r: 40 + rand() * 200,
    c: [rand() * 255, rand() * 255, rand() * 255],
  }));
  const [fx, fy] = [1 + rand() * 4, 1 + rand() * 4];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let r = 128 + 100 * Math.sin((x / side) * Math.PI * fx);
      let g = 128 + 100 * Math.cos((y / side) * Math.PI * fy);
      let b = ((x + y) / (2 * side)) * 255;
      for (const d of discs) {
        if ((x - d.x) ** 2 + (y - d.y) ** 2 < d.r * d.r) {
          r = (r + (d.c[0] as number)) / 2;
          g = (g + (d.c[1] as number)) / 2;
          b = (b + (d.c[2] as number)) / 2;
        }
      }
      const grain = (rand() - 0.5) * 24;
      const i = (y * side + x) * 3;
      rgb[i] = Math.max(0, Math.min(255, r + grain));
      rgb[i + 1] = Math.max(0, Math.min(255, g + grain));
      rgb[i + 2] = Math.max(0, Math.min(255, b + grain));
    }
  }
  return sharp(rgb, { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Images decoded and hashed per second on one core, with decode and hash timed apart. */
export async function measurePdqHashing(seconds = 10, images = 24): Promise<Row[]> {
  // As in the server's hash worker (hash-worker.ts): one libvips thread, no operation cache.
  sharp.concurrency(1);
  sharp.cache(false);
  const jpegs = await Promise.all(Array.from({ length: images }, (_, i) => syntheticJpeg(i + 1)));
  const decodeMs: number[] = [];
  const hashMs: number[] = [];
  const started = performance.now();
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const t0 = performance.now();
    const { pixels } = await decodeImage(jpegs[i % images] as Buffer);
    const t1 = performance.now();
    hashPdqOrientations(pixels);
    const t2 = performance.now();
    decodeMs.push(t1 - t0);
    hashMs.push(t2 - t1);
  }
  const elapsed = (performance.now() - started) / 1000;
  const perSecond = decodeMs.length / elapsed;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / 1000;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (
    benchmark: string,
    times: number[],
    rate: string,
    target: string,
    pass: boolean | null,
  ): Row => {
    const sorted = [...times].sort((a, b) => a - b);
    return {
      benchmark,
      engine: "node",
      count: `${times.length} images`,
      rate,
      time: `${sum(times).toFixed(1)} s`,
      p50: ms(percentile(sorted, 50)),
      p95: ms(percentile(sorted, 95)),
      p99: ms(percentile(sorted, 99)),
      max: ms(sorted.at(-1) ?? Number.NaN),
      target,
      result: pass === null ? "-" : pass ? "PASS" : "FAIL",
    };
  };
  return [
    row(
      `pdq: decode + 8 orientation hashes, ${side}×${side} JPEG, 1 core`,
      decodeMs.map((d, i) => d + (hashMs[i] as number)),
      `${perSecond.toFixed(1)} images/s`,
      ">= 50 images/s",
      perSecond >= 50,
    ),
    row(
      "pdq: decode only (sharp, 1 thread)",
      decodeMs,
      `${(decodeMs.length / sum(decodeMs)).toFixed(1)} images/s`,
      "none",
      null,
    ),
    row(
      "pdq: hash only (8 orientations)",
      hashMs,
      `${(hashMs.length / sum(hashMs)).toFixed(1)} images/s`,
      "none",
      null,
    ),
  ];
}
