import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";
import { type LoadResult, type LoadSpec, non2xx, runLoad } from "./load.ts";
import { type BenchNode, benchPassword } from "./node-setup.ts";
import { describeLoad, loadRow, type Row } from "./report.ts";
import { startServer } from "./server.ts";
import { signIn } from "./sign-in.ts";

/** Durations and concurrency of the HTTP loads. */
export type HttpSettings = { connections: number; warmupSeconds: number; seconds: number };

/** Targets from issue 3. */
export const readTargetMs = 20;
export const writeTargetMs = 50;

async function countAuditEntries(node: BenchNode, action: string): Promise<number> {
  const open = await openNodeDatabase(loadConfig(node.env));
  try {
    const r = await open.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", action)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  } finally {
    await open.close();
  }
}

function ok2xx(r: LoadResult): number {
  return r.requests - non2xx(r);
}

async function warmThenMeasure(label: string, spec: Omit<LoadSpec, "seconds">, s: HttpSettings) {
  const warm = await runLoad({ ...spec, seconds: s.warmupSeconds });
  const measured = await runLoad({ ...spec, seconds: s.seconds });
  const statuses = [...measured.statuses].map(([k, v]) => `${k}×${v}`).join(", ");
  process.stdout.write(
    `  ${label}: warm-up ${warm.requests} (non-2xx ${non2xx(warm)}), measured ${measured.requests} [${statuses}], errors ${measured.errors}, timeouts ${measured.timeouts}; load ${describeLoad()}\n`,
  );
  return { warm, measured };
}

/**
 * Every write answered 2xx must have left its audit entry. autocannon stops on time with up to
 * one request per connection in flight: the server finishes those, but no response is counted.
 */
async function checkWritesAudited(
  node: BenchNode,
  engine: string,
  before: number,
  runs: LoadResult[],
  s: HttpSettings,
) {
  const written = (await countAuditEntries(node, "organisation.update")) - before;
  const answered = runs.reduce((sum, r) => sum + ok2xx(r), 0);
  const inFlight = runs.length * s.connections;
  const isConsistent = written >= answered && written <= answered + inFlight;
  process.stdout.write(
    `  audit check: ${answered} writes answered 2xx, ${written} new organisation.update entries (at most ${inFlight} in flight at the stops)${isConsistent ? "" : "  <-- MISMATCH"}\n`,
  );
  if (!isConsistent) {
    throw new Error(
      `${engine}: ${answered} writes answered 2xx but ${written} audit entries appeared`,
    );
  }
}

/**
 * Starts the server on the node, signs every client in for real (password and one-time code),
 * then measures an authenticated read and an audited write, each after a warm-up. Afterwards it
 * checks that the successful writes left one audit entry each.
 */
export async function runHttpPhase(
  node: BenchNode,
  engine: string,
  s: HttpSettings,
): Promise<Row[]> {
  const updatesBefore = await countAuditEntries(node, "organisation.update");
  const server = await startServer(node.env);
  let read: LoadResult;
  let write: { warm: LoadResult; measured: LoadResult };
  try {
    const sessions = [];
    for (const admin of node.admins) {
      sessions.push(await signIn(server.baseUrl, { ...admin, password: benchPassword }));
    }
    const orgPath = (i: number) =>
      `/api/organisations/${node.organisationIds[i % node.organisationIds.length]}`;
    const base = { baseUrl: server.baseUrl, sessions, connections: s.connections, path: orgPath };
    read = (await warmThenMeasure("read", { ...base, method: "GET" }, s)).measured;
    write = await warmThenMeasure(
      "write",
      { ...base, method: "PATCH", body: (i, n) => ({ province: `Province ${i + 1} r${n}` }) },
      s,
    );
  } finally {
    await server.stop();
  }
  await checkWritesAudited(node, engine, updatesBefore, [write.warm, write.measured], s);
  return [
    loadRow("read: GET /api/organisations/:id", engine, read, readTargetMs),
    loadRow("write: PATCH /api/organisations/:id + audit", engine, write.measured, writeTargetMs),
  ];
}
