// Runs the advert screening benchmark alone and prints its rows:
//   node --import tsx bench/src/online/ads-bench-main.ts [seconds]
import { formatTable } from "../report.ts";
import { measureAdScreening } from "./ads-bench.ts";

const seconds = Number(process.argv[2] ?? 5);
console.log(`Advert screening, one core, ${seconds} s per row:`);
console.log(formatTable(measureAdScreening(seconds)));
