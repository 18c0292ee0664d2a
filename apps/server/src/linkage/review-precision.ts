import type { PrecisionBand } from "@sahabat/shared";
import type { Ctx } from "../platform/context.ts";
import { selectDecidedPairs } from "./review-queries.ts";

/** Score bands in which decisions are counted; the top ones are where merges happen. */
const BANDS: readonly [number, number][] = [
  [0, 0.5],
  [0.5, 0.8],
  [0.8, 0.95],
  [0.95, 0.99],
  [0.99, 1],
];

/** Decided matches over decided pairs per band ("unsure" is no label). */
export async function precisionBands(ctx: Ctx, organisationId: string): Promise<PrecisionBand[]> {
  const decided = await selectDecidedPairs(ctx.db, organisationId);
  return BANDS.map(([from, to]) => {
    const inBand = decided.filter(
      (d) => d.probability >= from && (d.probability < to || (to === 1 && d.probability <= 1)),
    );
    const matches = inBand.filter((d) => d.status === "match").length;
    return {
      from,
      to,
      matches,
      decided: inBand.length,
      precision: inBand.length ? matches / inBand.length : null,
    };
  });
}
