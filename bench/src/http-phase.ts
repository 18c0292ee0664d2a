import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";
import { type LoadResult, type LoadSpec, non2xx, runLoad } from "./load.ts";
import { type BenchNode, benchPassword } from "./node-setup.ts";
import type { StopWatching } from "./pg-activity.ts";
import { describeLoad, loadRow, type Row } from "./report.ts";
import { startServer } from "./server.ts";
import { signIn } from "./sign-in.ts";

/** Durations and concurrency of the HTTP loads. */
export type HttpSettings = { connections: number; warmupSeconds: number; seconds: number };

/** Targets from issue 3. */
export const readTargetMs = 20;
export const writeTargetMs = 50;

/** Audit entries of one action (and purpose, when given): opens the node's database briefly. */
export async function countAuditEntries(
  env: Record<string, string>,
  action: string,
  purpose?: string,
): Promise<number> {
  const open = await openNodeDatabase(loadConfig(env));
  try {
    let q = open.db
      .selectFrom("audit_entries")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action", "=", action);
    if (purpose !== undefined) q = q.where("purpose", "=", purpose);
    const r = await q.executeTakeFirstOrThrow();
    return Number(r.n);
  } finally {
    await open.close();
  }
}

function ok2xx(r: LoadResult): number {
  return r.requests - non2xx(r);
}

/**
 * A warm-up run, then the measured run; prints what both observed. `watch`, when given, samples
 * the database during the measured run and its summary is printed too.
 */
export async function warmThenMeasure(
  label: string,
  spec: Omit<LoadSpec, "seconds">,
  s: HttpSettings,
  watch?: () => Promise<StopWatching>,
) {
  const warm = await runLoad({ ...spec, seconds: s.warmupSeconds });
  const stop = await watch?.();
  const measured = await runLoad({ ...spec, seconds: s.seconds });
  const activity = await stop?.();
  const statuses = [...measured.statuses].map(([k, v]) => `${k}×${v}`).join(", ");
  process.stdout.write(
    `  ${label}: warm-up ${warm.requests} (non-2xx ${non2xx(warm)}), measured ${measured.requests} [${statuses}], errors ${measured.errors}, timeouts ${measured.timeouts}; load ${describeLoad()}\n${activity ? `    database ${activity}\n` : ""}`,
  );
  return { warm, measured };
}

/**
 * Every request answered 2xx must have left its audit entry. autocannon stops on time with up
 * to one request per connection in flight: the server finishes those, but no response is counted.
 * Throws on a mismatch.
 */
export function checkAudited(o: {
  label: string;
  action: string;
  added: number;
  runs: LoadResult[];
  connections: number;
}) {
  const answered = o.runs.reduce((sum, r) => sum + ok2xx(r), 0);
  const inFlight = o.runs.length * o.connections;
  const isConsistent = o.added >= answered && o.added <= answered + inFlight;
  process.stdout.write(
    `  audit check: ${answered} ${o.label} answered 2xx, ${o.added} new ${o.action} entries (at most ${inFlight} in flight at the stops)${isConsistent ? "" : "  <-- MISMATCH"}\n`,
  );
  if (!isConsistent) {
    throw new Error(
      `${o.label}: ${answered} answered 2xx but ${o.added} ${o.action} entries appeared`,
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
  const updatesBefore = await countAuditEntries(node.env, "organisation.update");
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
    const base = { baseUrl: server.baseUrl, sessions, connections: s.connections };
    read = (
      await warmThenMeasure(
        "read",
        { ...base, method: "GET", next: (i) => ({ path: orgPath(i) }) },
        s,
      )
    ).measured;
    write = await warmThenMeasure(
      "write",
      {
        ...base,
        method: "PATCH",
        next: (i, n) => ({ path: orgPath(i), body: { province: `Province ${i + 1} r${n}` } }),
      },
      s,
    );
  } finally {
    await server.stop();
  }
  checkAudited({
    label: "writes",
    action: "organisation.update",
    added: (await countAuditEntries(node.env, "organisation.update")) - updatesBefore,
    runs: [write.warm, write.measured],
    connections: s.connections,
  });
  return [
    loadRow("read: GET /api/organisations/:id", engine, read, readTargetMs),
    loadRow("write: PATCH /api/organisations/:id + audit", engine, write.measured, writeTargetMs),
  ];
}
