// The trained Fellegi–Sunter model as a versioned JSON document. Every stored score names the
// model version it came from; the version is a digest of the parameters, so two files with the
// same parameters carry the same version and any edit changes it.

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { z } from "zod";
import { COMPARISONS, type Comparison } from "./comparisons.ts";

export const MODEL_FORMAT = "sahabat-linkage-model/1";

const probability = z.number().gt(0).lt(1);

const levelSchema = z.strictObject({
  label: z.string().min(1),
  m: probability,
  u: probability,
  /** log2(m/u) after the ordering constraint (a more similar level never weighs less). */
  weight: z.number().finite(),
});

const comparisonSchema = z.strictObject({
  name: z.string().min(1),
  levels: z.array(levelSchema).min(2),
});

/** Frequencies of exact values per name part and country ("*" for all countries). */
const frequencySchema = z.record(
  z.string(),
  z.record(z.string(), z.record(z.string(), probability)),
);

export const modelSchema = z
  .strictObject({
    format: z.literal(MODEL_FORMAT),
    version: z.string().regex(/^[0-9a-f]{16}$/),
    /** Probability that two records drawn at random are the same person. */
    prior: probability,
    comparisons: z.array(comparisonSchema).min(1),
    termFrequency: z.strictObject({
      /** Share of the exact-level adjustment applied on fuzzy name levels. */
      fuzzyScale: z.number().min(0).max(1),
      /** Frequency assumed for a value absent from the table. */
      minimum: probability,
      values: frequencySchema,
    }),
    training: z.strictObject({
      records: z.number().int().nonnegative(),
      uPairsSampled: z.number().int().nonnegative(),
      emRounds: z.array(
        z.strictObject({
          rule: z.string(),
          pairs: z.number().int().nonnegative(),
          iterations: z.number().int().nonnegative(),
          estimated: z.array(z.string()),
          matchShare: z.number().min(0).max(1),
        }),
      ),
      prior: z.strictObject({
        rules: z.array(z.string()),
        statedRecall: z.number().gt(0).max(1),
        pairsMatchingRules: z.number().int().nonnegative(),
        totalPairs: z.number().nonnegative(),
      }),
    }),
  })
  .superRefine((model, ctx) => {
    for (const [i, comparison] of model.comparisons.entries()) {
      const known = COMPARISONS.find((c) => c.name === comparison.name);
      if (!known) {
        ctx.addIssue({
          code: "custom",
          path: ["comparisons", i, "name"],
          message: "unknown comparison",
        });
        continue;
      }
      const labels = comparison.levels.map((l) => l.label);
      if (labels.join("|") !== known.levels.join("|"))
        ctx.addIssue({
          code: "custom",
          path: ["comparisons", i, "levels"],
          message: `levels must be ${known.levels.join(", ")}`,
        });
    }
  });

export type Model = z.infer<typeof modelSchema>;
export type ModelComparison = Model["comparisons"][number];

export class ModelFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`the model file is not valid: ${problems.join("; ")}`);
  }
}

/** Parses and checks a model document; throws ModelFileError naming each problem. */
export function parseModel(json: unknown): Model {
  const result = modelSchema.safeParse(json);
  if (!result.success)
    throw new ModelFileError(
      result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  const expected = modelVersion(result.data);
  if (expected !== result.data.version)
    throw new ModelFileError([
      `version: ${result.data.version} does not match its parameters (${expected})`,
    ]);
  return result.data;
}

/** Digest of everything that affects a score: prior, levels and frequencies. */
export function modelVersion(
  model: Omit<Model, "version" | "training"> & { version?: string },
): string {
  const canonical = JSON.stringify({
    prior: model.prior,
    comparisons: model.comparisons,
    termFrequency: model.termFrequency,
  });
  return bytesToHex(sha256(utf8ToBytes(canonical))).slice(0, 16);
}

/**
 * Weights log2(m/u) per level, with adjacent levels pooled where a more similar level would weigh
 * less than a less similar one (pool-adjacent-violators). Without it EM noise could make "exact"
 * count less than "within one edit", and raising a level could lower a score.
 */
export function orderedWeights(m: readonly number[], u: readonly number[]): number[] {
  const blocks: { m: number; u: number; size: number }[] = [];
  for (let i = 0; i < m.length; i++) {
    blocks.push({ m: m[i] ?? 0, u: u[i] ?? 0, size: 1 });
    while (blocks.length >= 2) {
      const last = blocks[blocks.length - 1] as { m: number; u: number; size: number };
      const before = blocks[blocks.length - 2] as { m: number; u: number; size: number };
      if (Math.log2(before.m / before.u) >= Math.log2(last.m / last.u)) break;
      blocks.pop();
      before.m += last.m;
      before.u += last.u;
      before.size += last.size;
    }
  }
  const weights: number[] = [];
  for (const block of blocks) {
    const weight = Math.log2(block.m / block.u);
    for (let k = 0; k < block.size; k++) weights.push(weight);
  }
  return weights;
}

export function comparisonsOf(model: Model): Comparison[] {
  return model.comparisons.map((c) => {
    const known = COMPARISONS.find((k) => k.name === c.name);
    if (!known) throw new ModelFileError([`unknown comparison ${c.name}`]);
    return known;
  });
}
