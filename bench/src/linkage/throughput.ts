import {
  compileModel,
  DEFAULT_BLOCKING_RULES,
  dedupePairs,
  generatePersons,
  type Model,
  modelVersion,
  type PreparedRecord,
  prepareRecords,
  scorePair,
  trainModel,
} from "@sahabat/linkage";

/*
 * Scored comparisons per second on one core: candidate pairs of generated regional records scored
 * with six comparisons (given and family name with their fuzzy levels and frequency adjustment,
 * date of birth, sex, nationality, phone), repeated for a fixed time on this thread.
 */
const SIX = ["given", "family", "dob", "sex", "nationality", "phone"];

/** A model trained on the records themselves, cut down to the six comparisons. */
export function sixComparisonModel(records: readonly PreparedRecord[]): Model {
  const full = trainModel({ mode: "dedupe", records }, { seed: 1 });
  const comparisons = full.comparisons.filter((c) => SIX.includes(c.name));
  const withoutVersion = { ...full, comparisons };
  return { ...withoutVersion, version: modelVersion(withoutVersion) };
}

export interface Throughput {
  pairs: number;
  seconds: number;
  perSecond: number;
  comparisonsPerPair: number;
}

export function measureThroughput(seconds: number, today: string): Throughput {
  const generated = generatePersons({ seed: 7, persons: 10_000, today });
  const records = prepareRecords(
    generated.map((g) => g.record),
    { today },
  );
  const pairs: [PreparedRecord, PreparedRecord][] = [
    ...dedupePairs(records, DEFAULT_BLOCKING_RULES),
  ];
  const model = sixComparisonModel(records);
  const compiled = compileModel(model);
  let scored = 0;
  let sink = 0;
  // Warm the JIT before timing.
  for (const [a, b] of pairs.slice(0, 20_000)) sink += scorePair(compiled, a, b);
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < pairs.length; i++) {
      const [a, b] = pairs[i] as [PreparedRecord, PreparedRecord];
      sink += scorePair(compiled, a, b);
    }
    scored += pairs.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error("a score was not a number");
  return {
    pairs: scored,
    seconds: elapsed,
    perSecond: scored / elapsed,
    comparisonsPerPair: model.comparisons.length,
  };
}
