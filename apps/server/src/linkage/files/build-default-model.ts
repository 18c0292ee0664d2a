import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generatePersons, runDedupe } from "@sahabat/linkage";

/*
 * Trains the model the server ships with (packages/linkage/src/model/default-model.json), without
 * labels, on fictional records of the region's eight naming groups from the seeded generator.
 * Run `npm run linkage:default-model` after changing comparisons, levels or name keys, then
 * `npx biome check --write` the file (Biome lays out JSON its own way); the model's version
 * changes with its parameters, not with the layout.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.resolve(here, "../../../../../packages/linkage/src/model/default-model.json");
const today = "2026-11-28";
const generated = generatePersons({ seed: 20261128, persons: 20_000, today });
const result = runDedupe(
  generated.map((g) => g.record),
  { today, seed: 1, onProgress: (phase) => process.stderr.write(`${phase}\r`) },
);
fs.writeFileSync(target, `${JSON.stringify(result.model, null, 1)}\n`);
process.stdout.write(
  `default model ${result.model.version}: ${generated.length} generated records, prior ${result.model.prior.toPrecision(3)}\n`,
);
