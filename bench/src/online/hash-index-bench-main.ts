import { describeMachine, formatTable } from "../report.ts";
import { runHashIndexBench } from "./hash-index-bench.ts";

/*
 * Runs the PDQ index benchmark alone (heavy: about 1.5 GB and a minute of one core):
 *   node --max-old-space-size=4096 --expose-gc --import tsx bench/src/online/hash-index-bench-main.ts [ENTRIES]
 */
const entries = Number(process.argv[2] ?? 10_000_000);
console.log(describeMachine());
const result = runHashIndexBench({ entries });
console.log(formatTable(result.rows));
console.log(
  `index arrays ${(result.indexBytes / 2 ** 20).toFixed(0)} MB; RSS delta ${(result.rssDeltaBytes / 2 ** 20).toFixed(0)} MB; heap+buffers delta ${(result.heapDeltaBytes / 2 ** 20).toFixed(0)} MB`,
);
