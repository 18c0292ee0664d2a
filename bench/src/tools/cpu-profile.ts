import fs from "node:fs";
import path from "node:path";

/*
 * Cuts the server's V8 CPU profile (BENCH_CPU_PROF_DIR) into the bench's loads and prints, for
 * each measured window: the server's CPU time per request, and the functions with the most self
 * and total (inclusive) time. On a shared, noisy machine CPU per request is comparable between
 * runs where wall-clock percentiles are not.
 *
 *   node --import tsx bench/src/tools/cpu-profile.ts DIR [--top 25] [--load "case creation"]
 *
 * DIR holds the *.cpuprofile files and the windows.jsonl the loads appended (http-phase.ts).
 */

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};
type Window = {
  label: string;
  phase: string;
  startUs: number;
  endUs: number;
  requests: number;
  /** CPU seconds of the bench's child processes by command name ("node": the server). */
  cpuSeconds?: Record<string, number>;
};

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  process.stderr.write("usage: cpu-profile.ts DIR [--top N] [--load LABEL]\n");
  process.exit(2);
}
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(option("--top") ?? 25);
const onlyLoad = option("--load");
/** Only frames whose name contains this (e.g. "apps/server") in the self and total lists. */
const match = option("--match");

/** Where a frame comes from, short: the package, or the path inside the repository. */
function place(url: string): string {
  if (url === "") return "";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    return pkg ?? url;
  }
  const src = url.indexOf("/apps/");
  const pkgs = url.indexOf("/packages/");
  const at = src >= 0 ? src : pkgs;
  return at >= 0 ? url.slice(at + 1) : url.replace(/^file:\/\//, "");
}

const frameName = (f: CallFrame) =>
  `${f.functionName || "(anonymous)"} ${place(f.url)}${f.url ? `:${f.lineNumber + 1}` : ""}`;

const isIdle = (f: CallFrame) => f.functionName === "(idle)";

/** Per sample: its time (µs), its duration (µs) and its node id. */
function samplesOf(p: Profile) {
  const out: { t: number; dt: number; node: number }[] = [];
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const next = p.timeDeltas[i + 1] ?? 0;
    out.push({ t, dt: next, node: p.samples[i] as number });
  }
  return out;
}

function analyse(profiles: Profile[], w: Window) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const s of samplesOf(p)) {
      if (s.t < w.startUs || s.t >= w.endUs) continue;
      const node = byId.get(s.node);
      if (!node) continue;
      if (isIdle(node.callFrame)) {
        idle += s.dt;
        continue;
      }
      busy += s.dt;
      const name = frameName(node.callFrame);
      self.set(name, (self.get(name) ?? 0) + s.dt);
      const where = place(node.callFrame.url) || node.callFrame.functionName;
      byPlace.set(where, (byPlace.get(where) ?? 0) + s.dt);
      // Inclusive time: each function once per stack, however deep the recursion.
      const seen = new Set<string>();
      for (let id: number | undefined = s.node; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id);
        if (!n) break;
        const f = frameName(n.callFrame);
        if (seen.has(f)) continue;
        seen.add(f);
        total.set(f, (total.get(f) ?? 0) + s.dt);
      }
    }
  }
  return { self, total, byPlace, busy, idle };
}

const ms = (us: number) => (us / 1000).toFixed(1);
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function printTop(title: string, m: Map<string, number>, busy: number, n: number) {
  process.stdout.write(`  ${title}\n`);
  const rows = [...m]
    .filter(([name]) => !match || name.includes(match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);
  for (const [name, us] of rows) {
    process.stdout.write(`    ${pct(us, busy).padStart(6)} ${ms(us).padStart(9)} ms  ${name}\n`);
  }
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
const profiles = files.map(
  (f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Profile,
);
const windows = fs
  .readFileSync(path.join(dir, "windows.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Window)
  .filter((w) => w.phase === "measured" && (!onlyLoad || w.label === onlyLoad));

process.stdout.write(`${files.length} profile(s); the server's CPU in each measured load\n`);
for (const w of windows) {
  const a = analyse(profiles, w);
  const seconds = (w.endUs - w.startUs) / 1e6;
  process.stdout.write(
    `\n== ${w.label}: ${w.requests} requests in ${seconds.toFixed(1)} s; server busy ${ms(a.busy)} ms (${pct(a.busy, a.busy + a.idle)} of sampled time) = ${(a.busy / 1000 / Math.max(1, w.requests)).toFixed(2)} ms CPU per request\n`,
  );
  if (w.cpuSeconds) {
    // The profile's sampled time includes time the server waited for a core on a busy machine;
    // the kernel's CPU accounting does not.
    const per = Object.entries(w.cpuSeconds)
      .map(([comm, sec]) => `${comm} ${((1000 * sec) / Math.max(1, w.requests)).toFixed(2)} ms`)
      .join(", ");
    process.stdout.write(`  CPU per request from /proc: ${per}\n`);
  }
  printTop("by file or package (self)", a.byPlace, a.busy, 15);
  printTop("self", a.self, a.busy, top);
  printTop("total (inclusive)", a.total, a.busy, top);
}
