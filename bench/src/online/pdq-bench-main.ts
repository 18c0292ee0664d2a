// Runs the PDQ hashing benchmark alone and prints its rows:
//   node --import tsx bench/src/online/pdq-bench-main.ts [seconds]
import { describeMachine, formatTable } from "../report.ts";
import { measurePdqHashing } from "./pdq-bench.ts";

const seconds = Number(process.argv[2] ?? 10);
console.log(describeMachine());
console.log(formatTable(await measurePdqHashing(seconds)));
