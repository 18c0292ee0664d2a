import { pipeline } from "node:stream/promises";
import {
  type BlockingRule,
  compileModel,
  connectedComponents,
  DEFAULT_BLOCKING_RULES,
  DEFAULT_THRESHOLD,
  iterateRecords,
  matchProbability,
  modelVersion,
  type PreparedRecord,
  prepareRecord,
  type ScoredPair,
  scorePair,
  trainModel,
} from "@sahabat/linkage";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

/*
 * Deduplication of N generated persons' records with the blocking done by the PostgreSQL server:
 * every record's blocking keys are loaded with COPY, the server joins them per rule (skipping
 * keys held by more than `maxBucket` records) and streams the candidate pairs back, and this
 * process scores them as they arrive — the server joining on one core while Node scores on the
 * other. A pair found by an earlier rule is skipped, as in the in-memory blocking. Each phase is
 * timed and the scored pairs counted.
 */

export interface DedupeTimes {
  records: number;
  phases: { name: string; seconds: number }[];
  candidatePairs: number;
  comparisons: number;
  acceptedPairs: number;
  clusters: number;
  skippedKeys: number;
  truePairs: number;
  pairCompleteness: number;
  precision: number;
  recall: number;
  seconds: number;
}

function copyValue(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

export async function dedupeOnPostgres(
  url: string,
  records: number,
  options: {
    today: string;
    maxBucket: number;
    trainingSample: number;
    /** Blocking rules (names from DEFAULT_BLOCKING_RULES) for this scale. */
    rules: readonly string[];
    say: (line: string) => void;
  },
): Promise<DedupeTimes> {
  const phases: { name: string; seconds: number }[] = [];
  const started = performance.now();
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push({ name, seconds: (now - mark) / 1000 });
    options.say(`linkage:  ${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };

  const prepared: PreparedRecord[] = [];
  // The true person of each record: used only to measure pair completeness, precision and recall.
  const entities: string[] = [];
  for (const generated of iterateRecords({
    seed: 1_000_000,
    persons: Math.ceil(records / 2),
    today: options.today,
  })) {
    prepared.push(prepareRecord(generated.record, prepared.length, { today: options.today }));
    entities.push(generated.entity);
    if (prepared.length === records) break;
  }
  phase(`generate and prepare ${prepared.length} records`);

  // Training on a sample: u from random pairs and m by EM need far fewer than a million records.
  // The generator yields a person's records together, so the first records form whole persons.
  // The prior is the chance that two random records match: with the same number of records per
  // person it falls as 1/N, so the sample's prior is scaled to the whole file.
  const sample = prepared.slice(0, Math.min(options.trainingSample, prepared.length));
  const trained = trainModel({ mode: "dedupe", records: sample }, { seed: 1 });
  const scaled = {
    ...trained,
    prior: (trained.prior * (sample.length - 1)) / (prepared.length - 1),
  };
  const model = { ...scaled, version: modelVersion(scaled) };
  const compiled = compileModel(model);
  phase(`train on ${sample.length} records`);

  const rules: readonly BlockingRule[] = options.rules.map((name) => {
    const rule = DEFAULT_BLOCKING_RULES.find((r) => r.name === name);
    if (!rule) throw new Error(`no blocking rule named ${name}`);
    return rule;
  });
  const keys = rules.map((rule) => prepared.map((r) => rule.keys(r)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop table if exists bench_link_keys");
    await client.query(
      "create unlogged table bench_link_keys (rule smallint not null, key text not null, idx integer not null)",
    );
    const copy = client.query(copyFrom("copy bench_link_keys (rule, key, idx) from stdin"));
    await pipeline(function* () {
      let batch = "";
      for (let r = 0; r < rules.length; r++)
        for (let i = 0; i < prepared.length; i++)
          for (const key of (keys[r] as (readonly string[])[])[i] as readonly string[]) {
            batch += `${r}\t${copyValue(key)}\t${i}\n`;
            if (batch.length > 1 << 20) {
              yield batch;
              batch = "";
            }
          }
      yield batch;
    }, copy);
    await client.query("analyze bench_link_keys");
    phase("load blocking keys (COPY)");

    // Each rule's own bucket limit (a key shared by more records does not discriminate), capped
    // by the run's limit: the same rule as the in-memory blocking.
    const limits = rules
      .map(
        (rule, r) => `(${r}, ${Math.min(options.maxBucket, rule.maxBucket ?? options.maxBucket)})`,
      )
      .join(", ");
    const counted = `(select rule, key, count(*)::bigint as n from bench_link_keys group by rule, key) counted
      join (values ${limits}) as limits (rule, max_bucket) using (rule)`;
    const skipped = await client.query<{ n: string }>(
      `select count(*) as n from ${counted} where n > max_bucket`,
    );
    const plan = await client.query<{ rule: number; keys: string; pairs: string }>(
      `select rule, count(*) as keys, sum(n * (n - 1) / 2) as pairs
         from ${counted} where n between 2 and max_bucket group by rule order by rule`,
    );
    for (const row of plan.rows)
      options.say(
        `linkage:  rule ${rules[row.rule]?.name}: ${row.keys} shared keys, ${row.pairs} pairs before removing those of earlier rules`,
      );
    await client.query("set work_mem = '256MB'");
    const joined = `
      with buckets as (
        select rule, key from ${counted} where n between 2 and max_bucket
      ), members as (
        select k.rule, k.key, k.idx from bench_link_keys k join buckets using (rule, key)
      )
      select a.rule, a.idx, b.idx from members a join members b on a.rule = b.rule and a.key = b.key and a.idx < b.idx`;
    const stream = client.query(copyTo(`copy (${joined}) to stdout`));
    const accepted: ScoredPair[] = [];
    let candidates = 0;
    let truePairsFound = 0;
    let rest = "";
    const sharesEarlierRule = (rule: number, a: number, b: number) => {
      for (let e = 0; e < rule; e++) {
        const x = (keys[e] as (readonly string[])[])[a] as readonly string[];
        if (x.length === 0) continue;
        const y = (keys[e] as (readonly string[])[])[b] as readonly string[];
        for (const key of x) if (y.includes(key)) return true;
      }
      return false;
    };
    // A pair sharing several keys of one rule (two phones) arrives more than once; it is scored once.
    const multiKeySeen = new Set<string>();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + chunk.toString("latin1");
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        const first = line.indexOf("\t");
        const second = line.indexOf("\t", first + 1);
        const rule = Number(line.slice(0, first));
        const a = Number(line.slice(first + 1, second));
        const b = Number(line.slice(second + 1));
        if (sharesEarlierRule(rule, a, b)) continue;
        const ruleKeys = keys[rule] as (readonly string[])[];
        if (
          (ruleKeys[a] as readonly string[]).length > 1 ||
          (ruleKeys[b] as readonly string[]).length > 1
        ) {
          const pairKey = `${rule}|${a}|${b}`;
          if (multiKeySeen.has(pairKey)) continue;
          multiKeySeen.add(pairKey);
        }
        candidates++;
        if (entities[a] === entities[b]) truePairsFound++;
        const weight = scorePair(
          compiled,
          prepared[a] as PreparedRecord,
          prepared[b] as PreparedRecord,
        );
        const probability = matchProbability(weight);
        if (probability >= DEFAULT_THRESHOLD) accepted.push({ a, b, weight, probability });
      }
    }
    phase(`block in PostgreSQL and score ${candidates} candidate pairs`);
    const clusters = connectedComponents(prepared.length, accepted, DEFAULT_THRESHOLD);
    phase("cluster");
    const perEntity = new Map<string, number>();
    for (const entity of entities) perEntity.set(entity, (perEntity.get(entity) ?? 0) + 1);
    let truePairs = 0;
    for (const n of perEntity.values()) truePairs += (n * (n - 1)) / 2;
    const correct = accepted.filter((p) => entities[p.a] === entities[p.b]).length;
    await client.query("drop table bench_link_keys");
    return {
      records: prepared.length,
      phases,
      candidatePairs: candidates,
      comparisons: candidates * model.comparisons.length,
      acceptedPairs: accepted.length,
      clusters: clusters.filter((c) => c.members.length > 1).length,
      skippedKeys: Number(skipped.rows[0]?.n ?? 0),
      truePairs,
      pairCompleteness: truePairs === 0 ? 1 : truePairsFound / truePairs,
      precision: accepted.length === 0 ? 1 : correct / accepted.length,
      recall: truePairs === 0 ? 1 : correct / truePairs,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
