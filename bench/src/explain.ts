import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type CaseListFilter, selectCasePage } from "../../apps/server/src/cases/queries.ts";
import type { Database } from "../../apps/server/src/platform/db/schema.ts";

/** One list query as the server would run it, with a label for the report. */
export type ExplainedQuery = { label: string; filter: Omit<CaseListFilter, "scope" | "limit"> };

type Captured = { sql: string; parameters: readonly unknown[] };

/**
 * Runs the server's own page query (`selectCasePage`, limit 25 as the API's default) on a Kysely
 * that records the SQL it sends, then EXPLAIN (ANALYZE, BUFFERS) of exactly that SQL. Each query
 * runs twice first, so the plan is of a warm cache, as under load. Prints one line a query, and
 * the whole plan of the slowest. SQL only: no session, transaction or audit entry.
 */
export async function explainCaseQueries(
  url: string,
  organisationId: string,
  queries: ExplainedQuery[],
  say: (line: string) => void,
) {
  let captured: Captured | undefined;
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query") captured = event.query;
    },
  });
  const plans: { label: string; ms: number; plan: string[] }[] = [];
  try {
    for (const q of queries) {
      const filter = { ...q.filter, scope: { organisationId }, limit: 25 };
      await selectCasePage(db, filter);
      const rows = (await selectCasePage(db, filter)).length;
      const { sql, parameters } = captured as Captured;
      const result = await pool.query(`explain (analyze, buffers) ${sql}`, [...parameters]);
      const plan = result.rows.map((r: Record<string, string>) => r["QUERY PLAN"] as string);
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join("\n"))?.[1] ?? Number.NaN);
      const nodes = plan
        .filter((l, i) => i === 0 || /^\s*->/.test(l))
        .map((l) => l.replace(/^\s*(->\s*)?/, "").replace(/\s+\(cost.*$/, ""));
      say(`  explain ${q.label}: ${ms.toFixed(1)} ms, ${rows} rows; ${nodes.join(" → ")}`);
      plans.push({ label: q.label, ms, plan });
    }
    const slowest = plans.reduce((a, b) => (b.ms > a.ms ? b : a));
    say(`  plan of the slowest (${slowest.label}):`);
    for (const line of slowest.plan) say(`    ${line}`);
  } finally {
    await db.destroy();
  }
}
