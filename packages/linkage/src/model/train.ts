// Training without labels, in three steps:
//  1. u (how often non-matches agree at each level) from pairs sampled at random — nearly all
//     random pairs are non-matches;
//  2. the prior from deterministic rules and their stated recall: pairs the rules accept, divided
//     by the recall, over all pairs;
//  3. m (how often matches agree) by expectation-maximisation, in rounds over several blocking
//     rules; each round leaves out the comparisons its rule forces to agree, and the rounds'
//     estimates are averaged.
// Term frequencies of given and family names are counted from the same records.

import {
  type BlockingRule,
  dedupePairs,
  EM_BLOCKING_RULES,
  linkPairs,
  looseNameKey,
} from "./blocking.ts";
import { COMPARISONS, type Comparison, MISSING } from "./comparisons.ts";
import { MODEL_FORMAT, type Model, modelVersion, orderedWeights } from "./model.ts";
import type { PreparedRecord } from "./prepare.ts";
import { seededRandom } from "./random.ts";
import { termFrequencies } from "./term-frequencies.ts";

export { termFrequencies } from "./term-frequencies.ts";

/**
 * Pairs accepted as certain matches when estimating the prior, with the share of all matches they
 * are believed to find. Exact name and date alone find most matches in clean files (FEBRL) but few
 * in the region's records, where a third of dates are estimated ages and names are respelled; the
 * loose-name rule (romanisation folded, any order, a birth year the two records both allow) finds
 * a similar share in both, so one stated recall serves both.
 */
export const DEFAULT_DETERMINISTIC_RULES: readonly BlockingRule[] = [
  {
    name: "name+dob",
    fixes: [],
    keys: (r) =>
      r.name.tokens.length > 0 && !r.name.missing && r.dob
        ? [`${r.name.tokens.join(" ")}|${r.dob.digits}`]
        : [],
  },
  {
    name: "document+dob",
    fixes: [],
    keys: (r) => (r.dob ? r.documents.map((d) => `${d}|${r.dob?.digits}`) : []),
  },
  {
    name: "loose_name+birth_year",
    fixes: [],
    keys: (r) => {
      const name = looseNameKey(r);
      // One word (Rizki, Aung) is shared by too many different people to be certain.
      if (!name.includes(" ") || !r.birthYears) return [];
      const years: string[] = [];
      for (let y = r.birthYears.min; y <= r.birthYears.max; y++) years.push(`${name}|${y}`);
      return years;
    },
  },
];

export const DEFAULT_STATED_RECALL = 0.6;

export interface TrainOptions {
  seed: number;
  /** Random pairs sampled to estimate u (default 1,000,000, or every pair when there are fewer). */
  uSamples?: number;
  emRules?: readonly BlockingRule[];
  /** Candidate pairs per EM round at most (default 1,000,000). */
  maxEmPairs?: number;
  maxIterations?: number;
  deterministicRules?: readonly BlockingRule[];
  statedRecall?: number;
  fuzzyScale?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export type TrainingInput =
  | { mode: "dedupe"; records: readonly PreparedRecord[] }
  | { mode: "link"; left: readonly PreparedRecord[]; right: readonly PreparedRecord[] };

function totalPairs(input: TrainingInput): number {
  if (input.mode === "dedupe") return (input.records.length * (input.records.length - 1)) / 2;
  return input.left.length * input.right.length;
}

function allRecords(input: TrainingInput): readonly PreparedRecord[] {
  return input.mode === "dedupe" ? input.records : [...input.left, ...input.right];
}

function pairsOf(
  input: TrainingInput,
  rules: readonly BlockingRule[],
): Generator<[PreparedRecord, PreparedRecord]> {
  return input.mode === "dedupe"
    ? dedupePairs(input.records, rules)
    : linkPairs(input.left, input.right, rules);
}

/** Level counts per comparison over `samples` random pairs, Laplace-smoothed into probabilities. */
export function estimateU(
  input: TrainingInput,
  comparisons: readonly Comparison[],
  samples: number,
  seed: number,
): { u: number[][]; sampled: number } {
  const counts = comparisons.map((c) => new Float64Array(c.levels.length));
  const random = seededRandom(seed);
  const left = input.mode === "dedupe" ? input.records : input.left;
  const right = input.mode === "dedupe" ? input.records : input.right;
  let sampled = 0;
  const total = totalPairs(input);
  if (total === 0) throw new Error("at least two records are needed to train a model");
  const target = Math.min(samples, total);
  const visit = (a: PreparedRecord, b: PreparedRecord) => {
    for (const [k, comparison] of comparisons.entries()) {
      const level = comparison.level(a, b);
      if (level !== MISSING)
        (counts[k] as Float64Array)[level] = ((counts[k] as Float64Array)[level] ?? 0) + 1;
    }
    sampled++;
  };
  if (target === total) {
    // Few records: every pair.
    for (let i = 0; i < left.length; i++)
      for (let j = input.mode === "dedupe" ? i + 1 : 0; j < right.length; j++)
        visit(left[i] as PreparedRecord, right[j] as PreparedRecord);
  } else {
    while (sampled < target) {
      const i = Math.floor(random() * left.length);
      const j = Math.floor(random() * right.length);
      if (input.mode === "dedupe" && i === j) continue;
      visit(left[i] as PreparedRecord, right[j] as PreparedRecord);
    }
  }
  const u = counts.map((levelCounts) => {
    const sum = levelCounts.reduce((s, c) => s + c, 0);
    return [...levelCounts].map((c) => (c + 1) / (sum + levelCounts.length));
  });
  return { u, sampled };
}

/** The prior λ: pairs the deterministic rules accept, scaled up by their stated recall. */
export function estimatePrior(
  input: TrainingInput,
  rules: readonly BlockingRule[],
  statedRecall: number,
): { prior: number; pairsMatchingRules: number; totalPairs: number } {
  let accepted = 0;
  for (const _ of pairsOf(input, rules)) accepted++;
  const total = totalPairs(input);
  const raw = accepted / statedRecall / total;
  // Keep the prior a probability even on tiny or degenerate inputs.
  const prior = Math.min(0.5, Math.max(raw, 1 / (total * 10)));
  return { prior, pairsMatchingRules: accepted, totalPairs: total };
}

interface Pattern {
  levels: Int8Array;
  count: number;
}

/** EM over level patterns with u fixed; returns m for the active comparisons and the match share. */
export function expectationMaximisation(
  patterns: readonly Pattern[],
  u: readonly (readonly number[])[],
  active: readonly boolean[],
  initialM: readonly (readonly number[])[],
  maxIterations: number,
): { m: number[][]; matchShare: number; iterations: number } {
  let lambda = 0.3;
  let m = initialM.map((levels) => [...levels]);
  let iterations = 0;
  const total = patterns.reduce((s, p) => s + p.count, 0);
  for (; iterations < maxIterations; iterations++) {
    const sums = m.map((levels) => new Float64Array(levels.length));
    let matched = 0;
    for (const pattern of patterns) {
      let logM = Math.log(lambda);
      let logU = Math.log(1 - lambda);
      for (let c = 0; c < m.length; c++) {
        const level = pattern.levels[c] as number;
        if (!active[c] || level === MISSING) continue;
        logM += Math.log((m[c] as number[])[level] as number);
        logU += Math.log((u[c] as number[])[level] as number);
      }
      const p = 1 / (1 + Math.exp(logU - logM));
      const weight = p * pattern.count;
      matched += weight;
      for (let c = 0; c < m.length; c++) {
        const level = pattern.levels[c] as number;
        if (!active[c] || level === MISSING) continue;
        (sums[c] as Float64Array)[level] = ((sums[c] as Float64Array)[level] ?? 0) + weight;
      }
    }
    const next = sums.map((levelSums, c) => {
      if (!active[c]) return m[c] as number[];
      const sum = levelSums.reduce((s, v) => s + v, 0);
      if (sum <= 0) return m[c] as number[];
      // A floor keeps a level never seen among matches from weighing minus infinity.
      const floored = [...levelSums].map((v) => Math.max(v / sum, 1e-6));
      const norm = floored.reduce((s, v) => s + v, 0);
      return floored.map((v) => v / norm);
    });
    const nextLambda = Math.min(Math.max(matched / total, 1e-9), 1 - 1e-9);
    let change = Math.abs(nextLambda - lambda);
    for (let c = 0; c < m.length; c++)
      for (let l = 0; l < (m[c] as number[]).length; l++)
        change = Math.max(
          change,
          Math.abs(((next[c] as number[])[l] as number) - ((m[c] as number[])[l] as number)),
        );
    m = next;
    lambda = nextLambda;
    if (change < 1e-5) {
      iterations++;
      break;
    }
  }
  return { m, matchShare: lambda, iterations };
}

/** Starting m: most matches agree at the most similar level, a few further down. */
function initialM(comparison: Comparison): number[] {
  const n = comparison.levels.length;
  const raw = comparison.levels.map((_, l) => (l === n - 1 ? 0.05 : 0.9 * 0.35 ** l));
  const sum = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / sum);
}

function collectPatterns(
  pairs: Iterable<[PreparedRecord, PreparedRecord]>,
  comparisons: readonly Comparison[],
  maxPairs: number,
): { patterns: Pattern[]; pairs: number } {
  const byKey = new Map<string, Pattern>();
  const levels = new Int8Array(comparisons.length);
  let count = 0;
  for (const [a, b] of pairs) {
    for (let c = 0; c < comparisons.length; c++)
      levels[c] = (comparisons[c] as Comparison).level(a, b);
    const key = levels.join(",");
    const pattern = byKey.get(key);
    if (pattern) pattern.count++;
    else byKey.set(key, { levels: levels.slice(), count: 1 });
    if (++count >= maxPairs) break;
  }
  return { patterns: [...byKey.values()], pairs: count };
}

export function trainModel(input: TrainingInput, options: TrainOptions): Model {
  const comparisons = COMPARISONS;
  const records = allRecords(input);
  const progress = options.onProgress ?? (() => {});
  progress("u", 0, 1);
  const { u, sampled } = estimateU(input, comparisons, options.uSamples ?? 1_000_000, options.seed);
  progress("prior", 0, 1);
  const statedRecall = options.statedRecall ?? DEFAULT_STATED_RECALL;
  const deterministic = options.deterministicRules ?? DEFAULT_DETERMINISTIC_RULES;
  const prior = estimatePrior(input, deterministic, statedRecall);

  const emRules = options.emRules ?? EM_BLOCKING_RULES;
  const estimates: number[][][] = comparisons.map(() => []);
  const rounds: Model["training"]["emRounds"] = [];
  for (const [r, rule] of emRules.entries()) {
    progress("em", r, emRules.length);
    const { patterns, pairs } = collectPatterns(
      pairsOf(input, [rule]),
      comparisons,
      options.maxEmPairs ?? 1_000_000,
    );
    if (pairs < 10) {
      rounds.push({ rule: rule.name, pairs, iterations: 0, estimated: [], matchShare: 0 });
      continue;
    }
    const active = comparisons.map((c) => !rule.fixes.includes(c.name));
    const result = expectationMaximisation(
      patterns,
      u,
      active,
      comparisons.map(initialM),
      options.maxIterations ?? 60,
    );
    for (let c = 0; c < comparisons.length; c++)
      if (active[c]) estimates[c]?.push(result.m[c] as number[]);
    rounds.push({
      rule: rule.name,
      pairs,
      iterations: result.iterations,
      estimated: comparisons.filter((_, c) => active[c]).map((c) => c.name),
      matchShare: result.matchShare,
    });
  }
  progress("em", emRules.length, emRules.length);

  const modelComparisons = comparisons.map((comparison, c) => {
    const runs = estimates[c] as number[][];
    const m =
      runs.length === 0
        ? initialM(comparison)
        : comparison.levels.map(
            (_, l) => runs.reduce((s, run) => s + (run[l] as number), 0) / runs.length,
          );
    const uc = u[c] as number[];
    const weights = orderedWeights(m, uc);
    return {
      name: comparison.name,
      levels: comparison.levels.map((label, l) => ({
        label,
        m: clampProbability(m[l] as number),
        u: clampProbability(uc[l] as number),
        weight: weights[l] as number,
      })),
    };
  });

  const withoutVersion = {
    format: MODEL_FORMAT,
    prior: prior.prior,
    comparisons: modelComparisons,
    termFrequency: {
      fuzzyScale: options.fuzzyScale ?? 0.5,
      minimum: clampProbability(1 / Math.max(records.length, 2)),
      values: termFrequencies(records),
    },
  } as const;
  return {
    ...withoutVersion,
    version: modelVersion(withoutVersion),
    training: {
      records: records.length,
      uPairsSampled: sampled,
      emRounds: rounds,
      prior: {
        rules: deterministic.map((r) => r.name),
        statedRecall,
        pairsMatchingRules: prior.pairsMatchingRules,
        totalPairs: prior.totalPairs,
      },
    },
  };
}

function clampProbability(p: number): number {
  return Math.min(Math.max(p, 1e-9), 1 - 1e-9);
}
