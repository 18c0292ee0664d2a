// Turning scored pairs into groups. Connected components join anything chained by accepted pairs,
// so each cluster reports its density (accepted pairs over possible pairs): a long weak chain has a
// low density and goes to review rather than being read as one person.

export interface ScoredPair {
  a: number;
  b: number;
  weight: number;
  probability: number;
}

export interface Cluster {
  id: number;
  members: number[];
  /** Accepted pairs inside the cluster divided by n(n-1)/2; 1 for a pair or a clique. */
  density: number;
}

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[x] !== root) {
    const next = parent[x] as number;
    parent[x] = root;
    x = next;
  }
  return root;
}

/** Clusters of the records joined by pairs at or above `threshold` (singletons included). */
export function connectedComponents(
  size: number,
  pairs: readonly ScoredPair[],
  threshold: number,
): Cluster[] {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  for (const pair of pairs) {
    if (pair.probability < threshold) continue;
    const x = find(parent, pair.a);
    const y = find(parent, pair.b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const root = find(parent, i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  const edges = new Map<number, number>();
  for (const pair of pairs) {
    if (pair.probability < threshold) continue;
    const root = find(parent, pair.a);
    edges.set(root, (edges.get(root) ?? 0) + 1);
  }
  const clusters: Cluster[] = [];
  let id = 0;
  for (const [root, members] of groups) {
    const possible = (members.length * (members.length - 1)) / 2;
    clusters.push({
      id: id++,
      members,
      density: possible === 0 ? 1 : (edges.get(root) ?? 0) / possible,
    });
  }
  return clusters;
}

/**
 * One-to-one assignment when linking two files (each record of one file matches at most one of the
 * other): pairs are taken greedily from the most probable down, skipping records already taken.
 */
export function oneToOne(pairs: readonly ScoredPair[], threshold: number): ScoredPair[] {
  const sorted = pairs
    .filter((p) => p.probability >= threshold)
    .sort((x, y) => y.weight - x.weight);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const kept: ScoredPair[] = [];
  for (const pair of sorted) {
    if (takenA.has(pair.a) || takenB.has(pair.b)) continue;
    takenA.add(pair.a);
    takenB.add(pair.b);
    kept.push(pair);
  }
  return kept;
}
