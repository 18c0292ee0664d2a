import { GRID_SIDE } from "./blur.ts";
import { PDQ_WORDS, type PdqHash } from "./hash.ts";

/** Side of the low-frequency DCT block the hash is read from. */
export const DCT_SIDE = 16;

/**
 * Rows 1..16 of the 64-point DCT-II basis, skipping row 0: the DC term carries only the mean
 * brightness, which says nothing about the picture's structure and would be a wasted bit.
 * Computed in double precision, stored as float32 (ALGORITHM.md §7).
 */
const DCT_MATRIX: Float32Array = (() => {
  const matrix = new Float32Array(DCT_SIDE * GRID_SIDE);
  const scale = Math.sqrt(2 / GRID_SIDE);
  for (let i = 0; i < DCT_SIDE; i++) {
    for (let j = 0; j < GRID_SIDE; j++) {
      matrix[i * GRID_SIDE + j] =
        scale * Math.cos((Math.PI / 2 / GRID_SIDE) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
})();

/**
 * B = D · A · Dᵀ on the 64 × 64 grid A: the 16 × 16 coefficients, B[i][j] for vertical frequency
 * i + 1 and horizontal frequency j + 1. Float32 with k summed in order, as the reference does.
 */
export function computeDct16(grid: Float32Array): Float32Array {
  const partial = new Float32Array(DCT_SIDE * GRID_SIDE);
  for (let i = 0; i < DCT_SIDE; i++) {
    for (let j = 0; j < GRID_SIDE; j++) {
      let sum = 0;
      for (let k = 0; k < GRID_SIDE; k++) {
        sum = Math.fround(
          sum + Math.fround(DCT_MATRIX[i * GRID_SIDE + k]! * grid[k * GRID_SIDE + j]!),
        );
      }
      partial[i * GRID_SIDE + j] = sum;
    }
  }
  const coefficients = new Float32Array(DCT_SIDE * DCT_SIDE);
  for (let i = 0; i < DCT_SIDE; i++) {
    for (let j = 0; j < DCT_SIDE; j++) {
      let sum = 0;
      for (let k = 0; k < GRID_SIDE; k++) {
        sum = Math.fround(
          sum + Math.fround(partial[i * GRID_SIDE + k]! * DCT_MATRIX[j * GRID_SIDE + k]!),
        );
      }
      coefficients[i * DCT_SIDE + j] = sum;
    }
  }
  return coefficients;
}

/**
 * Quality 0..100 from the grid before the DCT: the sum over all adjacent pairs of
 * |trunc((u − v)·100/255)|, divided by 90. Flat, featureless images score low and hash
 * unstably, which is why matching ignores quality under 50 by default.
 */
export function computeQuality(grid: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < GRID_SIDE - 1; i++) {
    for (let j = 0; j < GRID_SIDE; j++) {
      gradientSum += gradientStep(grid[i * GRID_SIDE + j]!, grid[(i + 1) * GRID_SIDE + j]!);
    }
  }
  for (let i = 0; i < GRID_SIDE; i++) {
    for (let j = 0; j < GRID_SIDE - 1; j++) {
      gradientSum += gradientStep(grid[i * GRID_SIDE + j]!, grid[i * GRID_SIDE + j + 1]!);
    }
  }
  return Math.min(100, Math.floor(gradientSum / 90));
}

function gradientStep(u: number, v: number): number {
  return Math.abs(Math.trunc(Math.fround(Math.fround(Math.fround(u - v) * 100) / 255)));
}

/**
 * Bit 16·i + j is set where B[i][j] is strictly above the lower median (the 128th smallest of
 * 256, as the reference's Torben routine finds), so about half the bits are set whatever the
 * image's contrast: that makes the hash robust to brightness and contrast changes.
 */
export function thresholdAtMedian(coefficients: Float32Array): PdqHash {
  return thresholdAt(coefficients, computeMedian(coefficients));
}

/** The lower median of the 256 coefficients: the 128th smallest. */
export function computeMedian(coefficients: Float32Array): number {
  return Float32Array.from(coefficients).sort()[127]!;
}

/** Bit 16·i + j set where B[i][j] is strictly above `median`. */
export function thresholdAt(coefficients: Float32Array, median: number): PdqHash {
  const hash = new Uint16Array(PDQ_WORDS);
  for (let i = 0; i < DCT_SIDE; i++) {
    let word = 0;
    for (let j = 0; j < DCT_SIDE; j++) {
      if (coefficients[i * DCT_SIDE + j]! > median) word |= 1 << j;
    }
    hash[i] = word;
  }
  return hash;
}
