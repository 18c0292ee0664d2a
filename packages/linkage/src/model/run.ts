// The whole pipeline for files and benchmarks: prepare, train (unless a model is given), block,
// score every candidate pair, cluster. The server's duplicate check uses the same pieces but
// blocks in PostgreSQL.

import type { PersonRecord } from "../record.ts";
import {
  type BlockingRule,
  DEFAULT_BLOCKING_RULES,
  dedupePairs,
  linkPairs,
  type RuleStats,
  reductionRatio,
} from "./blocking.ts";
import { type Cluster, connectedComponents, oneToOne, type ScoredPair } from "./cluster.ts";
import type { Model } from "./model.ts";
import { type PreparedRecord, type PrepareOptions, prepareRecord } from "./prepare.ts";
import { compileModel, matchProbability, scorePair } from "./score.ts";
import { type TrainOptions, trainModel } from "./train.ts";

export interface RunOptions extends PrepareOptions {
  seed?: number;
  /** A trained model to score with; without one, a model is trained on the input. */
  model?: Model;
  /** Probability at or above which a pair is accepted into clusters (default 0.9). */
  threshold?: number;
  blockingRules?: readonly BlockingRule[];
  training?: Omit<TrainOptions, "seed">;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface RunResult {
  model: Model;
  records: PreparedRecord[];
  /** Every scored candidate pair (indexes into `records`). */
  pairs: ScoredPair[];
  /** Pairs accepted at the threshold (one-to-one when linking two files). */
  accepted: ScoredPair[];
  clusters: Cluster[];
  stats: {
    totalPairs: number;
    candidatePairs: number;
    reductionRatio: number;
    rules: RuleStats[];
    comparisonsScored: number;
  };
}

export const DEFAULT_THRESHOLD = 0.9;

function prepareAll(
  records: readonly PersonRecord[],
  offset: number,
  options: PrepareOptions,
): PreparedRecord[] {
  return records.map((record, i) => prepareRecord(record, offset + i, options));
}

function scoreAll(
  pairs: Iterable<[PreparedRecord, PreparedRecord]>,
  model: Model,
  progress: (done: number) => void,
): ScoredPair[] {
  const compiled = compileModel(model);
  const scored: ScoredPair[] = [];
  for (const [a, b] of pairs) {
    const weight = scorePair(compiled, a, b);
    scored.push({ a: a.index, b: b.index, weight, probability: matchProbability(weight) });
    if (scored.length % 50_000 === 0) progress(scored.length);
  }
  return scored;
}

export function runDedupe(input: readonly PersonRecord[], options: RunOptions): RunResult {
  const progress = options.onProgress ?? (() => {});
  progress("prepare", 0, input.length);
  const records = prepareAll(input, 0, options);
  const model =
    options.model ??
    trainModel(
      { mode: "dedupe", records },
      { seed: options.seed ?? 1, onProgress: progress, ...options.training },
    );
  const rules: RuleStats[] = [];
  const pairs = scoreAll(
    dedupePairs(records, options.blockingRules ?? DEFAULT_BLOCKING_RULES, rules),
    model,
    (n) => progress("score", n, 0),
  );
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const accepted = pairs.filter((p) => p.probability >= threshold);
  return result(
    model,
    records,
    pairs,
    accepted,
    threshold,
    rules,
    (records.length * (records.length - 1)) / 2,
  );
}

/** The result of either mode: clusters of the accepted pairs and the run's counts. */
function result(
  model: Model,
  records: PreparedRecord[],
  pairs: ScoredPair[],
  accepted: ScoredPair[],
  threshold: number,
  rules: RuleStats[],
  totalPairs: number,
): RunResult {
  return {
    model,
    records,
    pairs,
    accepted,
    clusters: connectedComponents(records.length, accepted, threshold),
    stats: {
      totalPairs,
      candidatePairs: pairs.length,
      reductionRatio: reductionRatio(pairs.length, totalPairs),
      rules,
      comparisonsScored: pairs.length * model.comparisons.length,
    },
  };
}

/** Links two files; record indexes of the second file follow those of the first. */
export function runLink(
  inputA: readonly PersonRecord[],
  inputB: readonly PersonRecord[],
  options: RunOptions,
): RunResult {
  const progress = options.onProgress ?? (() => {});
  progress("prepare", 0, inputA.length + inputB.length);
  const left = prepareAll(inputA, 0, options);
  const right = prepareAll(inputB, left.length, options);
  const model =
    options.model ??
    trainModel(
      { mode: "link", left, right },
      { seed: options.seed ?? 1, onProgress: progress, ...options.training },
    );
  const rules: RuleStats[] = [];
  const pairs = scoreAll(
    linkPairs(left, right, options.blockingRules ?? DEFAULT_BLOCKING_RULES, rules),
    model,
    (n) => progress("score", n, 0),
  );
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const accepted = oneToOne(pairs, threshold);
  return result(
    model,
    [...left, ...right],
    pairs,
    accepted,
    threshold,
    rules,
    left.length * right.length,
  );
}
