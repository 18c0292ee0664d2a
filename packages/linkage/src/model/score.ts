// Scoring a pair: prior weight plus, for each comparison, the weight of the level the pair reaches
// (adjusted by how common an exactly shared name is). The fast path returns the total; `explain`
// returns every term of the same sum, so what the reviewer sees is what was computed.

import { type Comparison, isSplitDifferent, MISSING } from "./comparisons.ts";
import { comparisonsOf, type Model } from "./model.ts";
import type { PreparedRecord } from "./prepare.ts";

/**
 * Levels of a name comparison on which the value's frequency adjusts the weight: "full" on the
 * exact levels, "scaled" (by the model's fuzzyScale) on the near levels; none below. "swapped":
 * given and family names agree crosswise, the evidence of an exact agreement and no more, so the
 * level weighs at most the exact level, adjusted in full for the shared name's frequency, and never
 * above the first level's weight. Weighed on its own, a swapped Nguyễn Văn Đức counted ten bits
 * on each name, far above the same name in order, and twins or namesakes written in swapped order
 * were accepted.
 */
const TF_LEVELS: Record<
  "given" | "family",
  ("native" | "full" | "scaled" | "swapped" | undefined)[]
> = {
  // native_exact, exact, reversed, loose, jw_0.92, jw_0.88, vowels
  given: ["native", "full", "swapped", "scaled", "scaled", "scaled", "scaled"],
  // exact, reversed, loose, jw_0.92, jw_0.88, vowels
  family: ["full", "swapped", "scaled", "scaled", "scaled", "scaled"],
};
const EXACT_LEVEL = { given: 1, family: 0 };

export interface CompiledModel {
  model: Model;
  comparisons: Comparison[];
  weights: Float64Array[];
  /** u of the exact level, per comparison (NaN when the comparison has no frequency adjustment). */
  exactU: number[];
  priorWeight: number;
  frequencies: Map<string, number>;
  minimumFrequency: number;
  fuzzyScale: number;
}

export function compileModel(model: Model): CompiledModel {
  const comparisons = comparisonsOf(model);
  const frequencies = new Map<string, number>();
  for (const [part, countries] of Object.entries(model.termFrequency.values))
    for (const [country, values] of Object.entries(countries))
      for (const [value, frequency] of Object.entries(values))
        frequencies.set(`${part}|${country}|${value}`, frequency);
  return {
    model,
    comparisons,
    weights: model.comparisons.map((c) => Float64Array.from(c.levels.map((l) => l.weight))),
    exactU: model.comparisons.map((c, i) => {
      const part = comparisons[i]?.tfPart;
      if (!part) return Number.NaN;
      const exactIndex = part === "given" ? 1 : 0;
      return c.levels[exactIndex]?.u ?? Number.NaN;
    }),
    priorWeight: Math.log2(model.prior / (1 - model.prior)),
    frequencies,
    minimumFrequency: model.termFrequency.minimum,
    fuzzyScale: model.termFrequency.fuzzyScale,
  };
}

function frequency(cm: CompiledModel, part: string, country: string | null, value: string): number {
  if (country !== null) {
    const local = cm.frequencies.get(`${part}|${country}|${value}`);
    if (local !== undefined) return local;
  }
  return cm.frequencies.get(`${part}|*|${value}`) ?? cm.minimumFrequency;
}

/**
 * The frequency of a swapped name's part, read the way round the names are more likely: in
 * Nguyễn / Bảo Hương against Bảo Hương / Nguyễn, Bảo Hương is the given name. Taken as written,
 * the given field's Nguyễn (common there only through other swapped records) set the frequency.
 */
function swappedFrequency(
  cm: CompiledModel,
  part: "given" | "family",
  country: string | null,
  a: PreparedRecord,
): number {
  const asWritten = [a.givenKey, a.familyKey];
  const turned = [a.familyKey, a.givenKey];
  const likelihood = ([g, f]: string[]) =>
    frequency(cm, "given", country, g as string) * frequency(cm, "family", country, f as string);
  const [given, family] = likelihood(asWritten) >= likelihood(turned) ? asWritten : turned;
  return frequency(cm, part, country, (part === "given" ? given : family) as string);
}

/**
 * The frequency adjustment (in bits) for a name comparison at `level`: log2(u_exact / frequency of
 * the value) — an exactly shared Nguyễn (39 % of Vietnamese) counts far less than a rare name.
 * Bounded so that a near level never outweighs the exact level above it, and no agreement weighs
 * as little as disagreement ("else").
 */
function termFrequencyAdjustment(
  cm: CompiledModel,
  index: number,
  part: "given" | "family",
  level: number,
  a: PreparedRecord,
  b: PreparedRecord,
): number {
  const kind = TF_LEVELS[part][level];
  if (kind === undefined) return 0;
  const country = a.nationality !== null && a.nationality === b.nationality ? a.nationality : null;
  // A name split differently (isSplitDifferent): the whole name is the shared value, and only the
  // record holding it whole in its given field has it as a key to look up.
  const whole = part === "given" && isSplitDifferent(a, b) ? (a.familyKey === "" ? a : b) : null;
  const f = whole
    ? frequency(cm, part, country, whole.givenKey)
    : kind === "swapped"
      ? // Either record may be the one that wrote the rare form ("Dewi Dewi" against "Dewi", the
        // same words as a set): the commoner reading is what the two records share.
        Math.max(swappedFrequency(cm, part, country, a), swappedFrequency(cm, part, country, b))
      : Math.max(
          frequency(cm, part, country, part === "given" ? a.givenKey : a.familyKey),
          frequency(cm, part, country, part === "given" ? b.givenKey : b.familyKey),
        );
  const u = cm.exactU[index] as number;
  const raw = Math.log2(u / f) * (kind === "scaled" ? cm.fuzzyScale : 1);
  const weights = cm.weights[index] as Float64Array;
  const base = weights[level] as number;
  const exact = weights[EXACT_LEVEL[part]] as number;
  // The same name in the same script is an exact agreement: its base weight is higher only
  // because few random pairs both hold a native form (they are of one country), which the
  // frequency of the name within that country already says.
  const start = kind === "swapped" || kind === "native" ? Math.min(base, exact) : base;
  const floor = Math.min(start, (weights[weights.length - 1] as number) + 0.5);
  // A swapped name never counts more than the first level does before adjustment.
  const ceiling =
    kind === "full" || kind === "native"
      ? Number.POSITIVE_INFINITY
      : kind === "swapped"
        ? (weights[0] as number)
        : Math.max(base, weights[0] as number);
  const adjusted = Math.min(ceiling, Math.max(floor, start + raw));
  return adjusted - base;
}

/** Total match weight of a pair; fills `levels` (one entry per comparison, MISSING = -1) if given. */
export function scorePair(
  cm: CompiledModel,
  a: PreparedRecord,
  b: PreparedRecord,
  levels?: Int8Array,
): number {
  let total = cm.priorWeight;
  const comparisons = cm.comparisons;
  for (let i = 0; i < comparisons.length; i++) {
    const comparison = comparisons[i] as Comparison;
    const level = comparison.level(a, b);
    if (levels) levels[i] = level;
    if (level === MISSING) continue;
    total += (cm.weights[i] as Float64Array)[level] as number;
    if (comparison.tfPart) total += termFrequencyAdjustment(cm, i, comparison.tfPart, level, a, b);
  }
  return total;
}

export function matchProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

export interface ComparisonTerm {
  comparison: string;
  /** The level's label, or null when a value is missing on either side. */
  level: string | null;
  /** log2(m/u) of the level. */
  baseWeight: number;
  /** Bits added or taken away because the shared name is rare or common. */
  frequencyAdjustment: number;
  /** baseWeight + frequencyAdjustment (0 when missing). */
  weight: number;
  m: number | null;
  u: number | null;
}

export interface Explanation {
  modelVersion: string;
  prior: number;
  priorWeight: number;
  terms: ComparisonTerm[];
  /** priorWeight + the sum of every term's weight. */
  total: number;
  probability: number;
}

export function explainPair(cm: CompiledModel, a: PreparedRecord, b: PreparedRecord): Explanation {
  const terms: ComparisonTerm[] = [];
  let total = cm.priorWeight;
  for (const [i, comparison] of cm.comparisons.entries()) {
    const level = comparison.level(a, b);
    if (level === MISSING) {
      terms.push({
        comparison: comparison.name,
        level: null,
        baseWeight: 0,
        frequencyAdjustment: 0,
        weight: 0,
        m: null,
        u: null,
      });
      continue;
    }
    const stored = cm.model.comparisons[i]?.levels[level];
    const baseWeight = (cm.weights[i] as Float64Array)[level] as number;
    const frequencyAdjustment = comparison.tfPart
      ? termFrequencyAdjustment(cm, i, comparison.tfPart, level, a, b)
      : 0;
    const weight = baseWeight + frequencyAdjustment;
    total += weight;
    terms.push({
      comparison: comparison.name,
      level: comparison.levels[level] ?? null,
      baseWeight,
      frequencyAdjustment,
      weight,
      m: stored?.m ?? null,
      u: stored?.u ?? null,
    });
  }
  return {
    modelVersion: cm.model.version,
    prior: cm.model.prior,
    priorWeight: cm.priorWeight,
    terms,
    total,
    probability: matchProbability(total),
  };
}
