import {
  type Cluster,
  compileModel,
  explainPair,
  type Model,
  type PreparedRecord,
  type ScoredPair,
} from "@sahabat/linkage";

/*
 * The output contract of `sahabat link`: pairs.csv has the header
 * record_id_a,record_id_b,match_probability,match_weight then `<comparison>_level,<comparison>_weight`
 * for every comparison of the model, one row per scored candidate pair, best first. A level is
 * empty when a value was missing on either side (its weight is then 0). clusters.csv has
 * cluster_id,record_id,cluster_size,cluster_density for every record.
 */

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function pairsHeader(model: Model): string {
  const fields = ["record_id_a", "record_id_b", "match_probability", "match_weight"];
  for (const comparison of model.comparisons)
    fields.push(`${comparison.name}_level`, `${comparison.name}_weight`);
  return fields.join(",");
}

/** Lines of pairs.csv (header first), best pair first; ties in id order so output is stable. */
export function* pairsCsvLines(
  model: Model,
  records: readonly PreparedRecord[],
  pairs: readonly ScoredPair[],
): Generator<string> {
  const compiled = compileModel(model);
  yield pairsHeader(model);
  const sorted = [...pairs].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const pair of sorted) {
    const a = records[pair.a] as PreparedRecord;
    const b = records[pair.b] as PreparedRecord;
    const explanation = explainPair(compiled, a, b);
    const fields = [
      csvField(a.id),
      csvField(b.id),
      explanation.probability.toPrecision(6),
      explanation.total.toFixed(4),
    ];
    for (const term of explanation.terms) fields.push(term.level ?? "", term.weight.toFixed(4));
    yield fields.join(",");
  }
}

export function* clustersCsvLines(
  records: readonly PreparedRecord[],
  clusters: readonly Cluster[],
): Generator<string> {
  yield "cluster_id,record_id,cluster_size,cluster_density";
  const ordered = [...clusters].sort((x, y) => y.members.length - x.members.length || x.id - y.id);
  for (const [n, cluster] of ordered.entries())
    for (const member of cluster.members)
      yield [
        n + 1,
        csvField((records[member] as PreparedRecord).id),
        cluster.members.length,
        cluster.density.toFixed(4),
      ].join(",");
}
