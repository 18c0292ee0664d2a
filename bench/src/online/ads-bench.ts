// Advert screening speed (issue 7, "Speed": ad screening ≥ 500 adverts per second per core).
// Measured on ONE core: a single thread screens the labelled set (304 adverts in seven languages,
// suspect and legitimate) repeated, in order, for a fixed time, after a warm-up. Two rows: the
// path of `sahabat ads screen` and POST /api/ad-screenings (engine + Zawgyi check + selector
// canonicalisation), and the pure engine of @sahabat/ads alone.
import { screenAdvert } from "@sahabat/ads";
import { labelledAdverts } from "@sahabat/ads/evaluation";
import { screenAdvertForNode } from "../../../apps/server/src/ad-screenings/index.ts";
import type { Row } from "../report.ts";

/** What one run measured. */
export interface AdsThroughput {
  adverts: number;
  seconds: number;
  perSecond: number;
  latenciesMs: number[];
}

const TARGET_PER_SECOND = 500;

function measure(screen: (i: number) => unknown, seconds: number): AdsThroughput {
  const set = labelledAdverts;
  for (let i = 0; i < set.length; i++) screen(i);
  const latenciesMs: number[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    const t0 = performance.now();
    screen(n % set.length);
    latenciesMs.push(performance.now() - t0);
    n++;
  }
  const elapsed = (performance.now() - start) / 1000;
  latenciesMs.sort((a, b) => a - b);
  return { adverts: n, seconds: elapsed, perSecond: n / elapsed, latenciesMs };
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(2)} ms`;

function rowOf(benchmark: string, r: AdsThroughput): Row {
  return {
    benchmark,
    engine: "in-process, 1 core",
    count: `${r.adverts} adverts`,
    rate: `${r.perSecond.toFixed(0)} adverts/s`,
    time: `${r.seconds.toFixed(1)} s`,
    p50: ms(at(r.latenciesMs, 50)),
    p95: ms(at(r.latenciesMs, 95)),
    p99: ms(at(r.latenciesMs, 99)),
    max: ms(r.latenciesMs.at(-1) ?? Number.NaN),
    target: `≥ ${TARGET_PER_SECOND} adverts/s per core`,
    result: r.perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL",
  };
}

/**
 * Adverts screened per second on one core, as rows of the results table: the CLI/API path
 * (with selectors) and the engine alone. `seconds` is the measured time of each.
 */
export function measureAdScreening(seconds = 5): Row[] {
  const set = labelledAdverts;
  const node = measure((i) => {
    const a = set[i]!;
    return screenAdvertForNode({ id: a.id, text: a.text });
  }, seconds);
  const engine = measure((i) => screenAdvert({ text: set[i]!.text }), seconds);
  return [
    rowOf("ad screening: sahabat ads screen path (labelled set repeated, language detected)", node),
    rowOf("ad screening: @sahabat/ads engine alone (labelled set repeated)", engine),
  ];
}
