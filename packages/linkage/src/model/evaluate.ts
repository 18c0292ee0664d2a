// Accuracy against known truth (test files, generated data, FEBRL). Labels are used only here,
// to measure: never to train or to link.

export interface PairCounts {
  truePairs: number;
  predictedPairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** All true pairs implied by a truth value per record (records with the same value are one person). */
export function truePairKeys(
  truth: readonly (string | null)[],
  sides?: { leftCount: number },
): Set<string> {
  const byEntity = new Map<string, number[]>();
  truth.forEach((entity, index) => {
    if (entity === null) return;
    const list = byEntity.get(entity);
    if (list) list.push(index);
    else byEntity.set(entity, [index]);
  });
  const keys = new Set<string>();
  for (const members of byEntity.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as number;
        const b = members[j] as number;
        // When linking two files only pairs across the files count.
        if (sides && a < sides.leftCount === b < sides.leftCount) continue;
        keys.add(pairKey(a, b));
      }
  return keys;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function pairAccuracy(
  predicted: Iterable<{ a: number; b: number }>,
  truth: Set<string>,
): PairCounts {
  let predictedPairs = 0;
  let truePositives = 0;
  const seen = new Set<string>();
  for (const pair of predicted) {
    const key = pairKey(pair.a, pair.b);
    if (seen.has(key)) continue;
    seen.add(key);
    predictedPairs++;
    if (truth.has(key)) truePositives++;
  }
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truth.size === 0 ? 1 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs: truth.size, predictedPairs, truePositives, precision, recall, f1 };
}

/** Share of true pairs that blocking put among the candidates. */
export function pairCompleteness(
  candidates: Iterable<{ a: number; b: number }>,
  truth: Set<string>,
): number {
  if (truth.size === 0) return 1;
  let found = 0;
  for (const pair of candidates) if (truth.has(pairKey(pair.a, pair.b))) found++;
  return found / truth.size;
}

/** Pairs implied by clusters (every two members of one cluster). */
export function* clusterPairs(
  clusters: readonly { members: readonly number[] }[],
): Generator<{ a: number; b: number }> {
  for (const cluster of clusters)
    for (let i = 0; i < cluster.members.length; i++)
      for (let j = i + 1; j < cluster.members.length; j++)
        yield { a: cluster.members[i] as number, b: cluster.members[j] as number };
}
