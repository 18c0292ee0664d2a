import fs from "node:fs";
import path from "node:path";
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

/** CPU seconds (user + system) of this process's descendants, by command name, from /proc. */
function descendantsCpu(): Map<string, number> {
  const out = new Map<string, number>();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return out; // not Linux
  }
  const stats: { pid: number; ppid: number; comm: string; ticks: number }[] = [];
  for (const e of entries) {
    try {
      const text = fs.readFileSync(`/proc/${e}/stat`, "utf8");
      const close = text.lastIndexOf(")");
      const comm = text.slice(text.indexOf("(") + 1, close);
      const f = text.slice(close + 2).split(" ");
      // After the command: state ppid … utime (field 14) stime (15), counted from 1.
      stats.push({
        pid: Number(e),
        ppid: Number(f[1]),
        comm,
        ticks: Number(f[11]) + Number(f[12]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = new Set([process.pid]);
  // Parents have lower pids almost always; loop until nothing is added to be sure.
  for (let added = true; added; ) {
    added = false;
    for (const s of stats) {
      if (!mine.has(s.pid) && mine.has(s.ppid)) {
        mine.add(s.pid);
        added = true;
      }
    }
  }
  for (const s of stats) {
    if (s.pid === process.pid || !mine.has(s.pid)) continue;
    // Clock ticks are 1/100 s on Linux.
    out.set(s.comm, (out.get(s.comm) ?? 0) + s.ticks / 100);
  }
  return out;
}

/**
 * With BENCH_CPU_PROF_DIR, each load's warm-up and measured window (CLOCK_MONOTONIC µs, the clock
 * of V8's CPU profiles) is appended to windows.jsonl there, with the CPU seconds the bench's
 * child processes (the server, PostgreSQL) used in it, so that the server's profile can be cut
 * per load (bench/src/tools/cpu-profile.ts). All of it happens outside the measured runs.
 */
const isWindowRecorded = () => !!process.env.BENCH_CPU_PROF_DIR;

function windowStart() {
  return { us: process.hrtime.bigint() / 1000n, cpu: isWindowRecorded() ? descendantsCpu() : null };
}

function recordWindow(
  label: string,
  phase: "warm-up" | "measured",
  start: ReturnType<typeof windowStart>,
  requests: number,
) {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  if (!dir || !start.cpu) return;
  const endUs = process.hrtime.bigint() / 1000n;
  const cpuSeconds: Record<string, number> = {};
  for (const [comm, seconds] of descendantsCpu()) {
    cpuSeconds[comm] = Number((seconds - (start.cpu.get(comm) ?? 0)).toFixed(2));
  }
  const line = {
    label,
    phase,
    startUs: Number(start.us),
    endUs: Number(endUs),
    requests,
    cpuSeconds,
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.appendFileSync(path.join(dir, "windows.jsonl"), `${JSON.stringify(line)}\n`);
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
  const warmStart = windowStart();
  const warm = await runLoad({ ...spec, seconds: s.warmupSeconds });
  recordWindow(label, "warm-up", warmStart, warm.requests);
  const stop = await watch?.();
  const measuredStart = windowStart();
  const measured = await runLoad({ ...spec, seconds: s.seconds });
  recordWindow(label, "measured", measuredStart, measured.requests);
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
