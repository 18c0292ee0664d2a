import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { type LoadResult, non2xx, percentile } from "./load.ts";

/** One line of the results table. */
export type Row = {
  benchmark: string;
  engine: string;
  count: string;
  rate: string;
  time: string;
  p50: string;
  p95: string;
  p99: string;
  max: string;
  target: string;
  /** "-" when the row has no target (and every response was 2xx). */
  result: "PASS" | "FAIL" | "-";
};

const ms = (v: number) => `${v.toFixed(1)} ms`;

/**
 * A row for an HTTP load with a p95 target (null: none, an extra row); any non-2xx response or
 * connection error fails it.
 */
export function loadRow(
  benchmark: string,
  engine: string,
  r: LoadResult,
  p95TargetMs: number | null,
): Row {
  const p95 = percentile(r.latencies, 95);
  const bad = non2xx(r) + r.errors;
  const isOnTarget = p95TargetMs === null || p95 < p95TargetMs;
  return {
    benchmark: bad > 0 ? `${benchmark} (non-2xx ${non2xx(r)}, errors ${r.errors})` : benchmark,
    engine,
    count: `${r.requests} req`,
    rate: `${(r.requests / r.seconds).toFixed(0)} req/s`,
    time: `${r.seconds} s`,
    p50: ms(percentile(r.latencies, 50)),
    p95: ms(p95),
    p99: ms(percentile(r.latencies, 99)),
    max: ms(r.latencies.at(-1) ?? Number.NaN),
    target: p95TargetMs === null ? "none" : `p95 < ${p95TargetMs} ms`,
    result: bad > 0 || !isOnTarget ? "FAIL" : p95TargetMs === null ? "-" : "PASS",
  };
}

/** A row for one timed verification of the whole chain. */
export function verifyRow(
  benchmark: string,
  engine: string,
  v: { isIntact: boolean; entries: number; seconds: number },
  targetSeconds: number,
): Row {
  return {
    benchmark: v.isIntact ? benchmark : `${benchmark} (chain NOT reported intact)`,
    engine,
    count: `${v.entries} entries`,
    rate: `${(v.entries / v.seconds).toFixed(0)} entries/s`,
    time: `${v.seconds.toFixed(1)} s`,
    p50: "-",
    p95: "-",
    p99: "-",
    max: "-",
    target: `< ${targetSeconds} s`,
    result: v.isIntact && v.seconds < targetSeconds ? "PASS" : "FAIL",
  };
}

/** The table as Markdown, columns padded so it also reads well in a terminal. */
export function formatTable(rows: Row[]): string {
  const header: Row = {
    benchmark: "benchmark",
    engine: "engine",
    count: "count",
    rate: "throughput",
    time: "time",
    p50: "p50",
    p95: "p95",
    p99: "p99",
    max: "max",
    target: "target",
    result: "PASS",
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const all = [{ ...header, result: "result" as Row["result"] }, ...rows];
  const widths = keys.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
  return [line(all[0] as Row), rule, ...rows.map(line)].join("\n");
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim();
  } catch {
    return "(unavailable)";
  }
}

/** Load averages over 1, 5 and 15 minutes: other work on the machine skews the figures. */
export function describeLoad(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** The machine the figures were taken on: cores, memory, CPU model, Node, date. */
export function describeMachine(): string {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  return [
    `date:     ${run("date", [])}`,
    `nproc:    ${run("nproc", [])}`,
    `cpu:      ${model}`,
    `node:     ${process.version}`,
    `load:     ${describeLoad()} (1/5/15 min averages at start)`,
    `os:       ${os.type()} ${os.release()} ${os.arch()}`,
    "free -h:",
    run("free", ["-h"])
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
  ].join("\n");
}
