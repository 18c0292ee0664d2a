// Name frequencies observed where the model is used, blended into the model's own.
//
// A term-frequency adjustment says how much an exactly shared name is worth: a name borne by one
// child in 10,000 counts for much more than Nguyễn. The shipped model counts names in the data it
// was trained on, which is not the population a node compares against: a name common among the
// node's children but absent from the training data would be taken for the rarest of names, and
// two namesakes of the same age for one child. The node therefore counts the names of its own
// persons, and each frequency becomes a smoothed estimate: the node's count plus `pseudoCount`
// records' worth of the model's frequency, over the node's persons plus `pseudoCount`. A small
// node leans on the model; a large one on what it holds.

import { type Model, modelVersion } from "./model.ts";

/** Counts of name keys per name part ("given", "family") and country ("*" for all). */
export type ObservedNames = Record<string, Record<string, Map<string, number>>>;

/**
 * Records' worth of weight the model's own frequencies carry against the node's counts: enough to
 * steady a name seen once or twice, few enough that a node of a few hundred children already
 * scores with its own population (whose names are the ones a new record is compared with).
 */
export const DEFAULT_PSEUDO_COUNT = 100;

/**
 * The model with its frequency table replaced by the blend of the model's and the observed
 * frequencies, and its version recomputed (so every score names the frequencies it used).
 * With nothing observed, the model comes back unchanged.
 */
export function blendTermFrequencies(
  model: Model,
  observed: ObservedNames,
  pseudoCount = DEFAULT_PSEUDO_COUNT,
): Model {
  const tf = model.termFrequency;
  // Every person has a given name (a family name is optional): their count is the persons'.
  const persons = total(observed["given"]?.["*"]);
  if (persons === 0) return model;
  const values: Model["termFrequency"]["values"] = {};
  for (const part of new Set([...Object.keys(tf.values), ...Object.keys(observed)])) {
    const modelPart = tf.values[part] ?? {};
    const seenPart = observed[part] ?? {};
    const byCountry: Record<string, Record<string, number>> = {};
    for (const country of new Set([...Object.keys(modelPart), ...Object.keys(seenPart)])) {
      const modelTable = modelPart[country] ?? {};
      const seen = seenPart[country] ?? new Map<string, number>();
      const n = total(seen);
      const blended: Record<string, number> = {};
      for (const name of new Set([...Object.keys(modelTable), ...seen.keys()])) {
        const prior = modelTable[name] ?? modelPart["*"]?.[name] ?? tf.minimum;
        const f = ((seen.get(name) ?? 0) + pseudoCount * prior) / (n + pseudoCount);
        blended[name] = Math.min(f, 0.999);
      }
      byCountry[country] = blended;
    }
    values[part] = byCountry;
  }
  // A name the node has never seen among its persons is at least as rare as the model thought,
  // and rarer still the more persons the node holds.
  const minimum = (pseudoCount * tf.minimum) / (persons + pseudoCount);
  const withoutVersion = {
    ...model,
    termFrequency: { ...tf, minimum, values },
  };
  return { ...withoutVersion, version: modelVersion(withoutVersion) };
}

function total(table: Map<string, number> | undefined): number {
  let n = 0;
  for (const count of table?.values() ?? []) n += count;
  return n;
}
