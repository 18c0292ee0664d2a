// Precision and recall of the screening on a set of labelled adverts, per language and overall.
import { screenAdvert } from "../screen.ts";
import type { LabelledAdvert } from "./labelled-set.ts";

/** Counts and rates for one language, or "all". */
export interface Measure {
  lang: string;
  adverts: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function measureOf(lang: string, results: { advert: LabelledAdvert; flagged: boolean }[]): Measure {
  const tp = results.filter((r) => r.flagged && r.advert.label === "suspect").length;
  const fp = results.filter((r) => r.flagged && r.advert.label === "legitimate").length;
  const fn = results.filter((r) => !r.flagged && r.advert.label === "suspect").length;
  return {
    lang,
    adverts: results.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Screens each advert with its language given (the set records it) and measures per language,
 * then over all adverts ("all"). Also returns the adverts screened wrongly, for the tuning half.
 */
export function measureScreening(adverts: readonly LabelledAdvert[]) {
  const results = adverts.map((advert) => ({
    advert,
    flagged: screenAdvert({ text: advert.text, lang: advert.lang }).flagged,
  }));
  const langs = [...new Set(adverts.map((a) => a.lang))];
  const measures = langs.map((lang) =>
    measureOf(
      lang,
      results.filter((r) => r.advert.lang === lang),
    ),
  );
  measures.push(measureOf("all", results));
  const wrong = results.filter((r) => r.flagged !== (r.advert.label === "suspect"));
  return { measures, wrong: wrong.map((r) => r.advert) };
}

/** One line per measure, for test output and the benchmark report. */
export function formatMeasures(measures: readonly Measure[]): string {
  return measures
    .map(
      (m) =>
        `${m.lang.padEnd(4)} adverts ${String(m.adverts).padStart(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  (tp ${m.truePositives}, fp ${m.falsePositives}, fn ${m.falseNegatives})`,
    )
    .join("\n");
}
