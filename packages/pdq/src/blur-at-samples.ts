/** Side of the sampled grid (blur.ts's GRID_SIDE, repeated to keep this file free of cycles). */
const GRID_SIDE = 64;

/**
 * The last pass along the rows, for four rows starting at row `first`, keeping only the means
 * at the 64 sampled columns: they are all the last vertical pass reads. The running sums still
 * take every column, in the reference's order, so each kept mean has the bits it had when
 * whole rows were written (blur.ts's boxFourRows); skipping the other 448 of 512 stores, and
 * the copy of the sampled columns out of a full matrix, is the saving.
 *
 * `stops` holds the 64 sampled columns, non-decreasing (a column repeats when an image is
 * under 64 wide), then −1 so the scan for the next one stops. `sampled` is rows × 64.
 */
export function boxFourRowsAtSamples(
  input: Float32Array,
  first: number,
  cols: number,
  window: number,
  stops: Int32Array,
  sampled: Float32Array,
): void {
  const half = (window + 2) >> 1;
  const [a, b, c, d] = [first * cols, (first + 1) * cols, (first + 2) * cols, (first + 3) * cols];
  const at = first * GRID_SIDE;
  const [ta, tb, tc, td] = [at, at + GRID_SIDE, at + 2 * GRID_SIDE, at + 3 * GRID_SIDE];
  let [sumA, sumB, sumC, sumD] = [0, 0, 0, 0];
  let count = 0;
  let left = 0;
  let right = 0;
  let out = 0;
  let next = 0;
  for (; right < half - 1; right++, count++) {
    sumA = Math.fround(sumA + input[a + right]!);
    sumB = Math.fround(sumB + input[b + right]!);
    sumC = Math.fround(sumC + input[c + right]!);
    sumD = Math.fround(sumD + input[d + right]!);
  }
  for (; right < window; right++, out++) {
    sumA = Math.fround(sumA + input[a + right]!);
    sumB = Math.fround(sumB + input[b + right]!);
    sumC = Math.fround(sumC + input[c + right]!);
    sumD = Math.fround(sumD + input[d + right]!);
    count++;
    const reciprocal = 1 / count;
    for (; stops[next] === out; next++) {
      sampled[ta + next] = sumA * reciprocal;
      sampled[tb + next] = sumB * reciprocal;
      sampled[tc + next] = sumC * reciprocal;
      sampled[td + next] = sumD * reciprocal;
    }
  }
  for (const full = 1 / window; right < cols; right++, left++, out++) {
    sumA = Math.fround(Math.fround(sumA + input[a + right]!) - input[a + left]!);
    sumB = Math.fround(Math.fround(sumB + input[b + right]!) - input[b + left]!);
    sumC = Math.fround(Math.fround(sumC + input[c + right]!) - input[c + left]!);
    sumD = Math.fround(Math.fround(sumD + input[d + right]!) - input[d + left]!);
    for (; stops[next] === out; next++) {
      sampled[ta + next] = sumA * full;
      sampled[tb + next] = sumB * full;
      sampled[tc + next] = sumC * full;
      sampled[td + next] = sumD * full;
    }
  }
  for (; out < cols; left++, out++) {
    sumA = Math.fround(sumA - input[a + left]!);
    sumB = Math.fround(sumB - input[b + left]!);
    sumC = Math.fround(sumC - input[c + left]!);
    sumD = Math.fround(sumD - input[d + left]!);
    count--;
    const reciprocal = 1 / count;
    for (; stops[next] === out; next++) {
      sampled[ta + next] = sumA * reciprocal;
      sampled[tb + next] = sumB * reciprocal;
      sampled[tc + next] = sumC * reciprocal;
      sampled[td + next] = sumD * reciprocal;
    }
  }
}
