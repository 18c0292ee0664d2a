import { describe, expect, it } from "vitest";
import { type Group, generatePersons, groups } from "../generator/index.ts";
import { pairKey, truePairKeys } from "./evaluate.ts";
import { runDedupe } from "./run.ts";

/*
 * Accuracy on the seeded generator of the region's persons (issue 6: recall ≥ 0.90 at precision
 * ≥ 0.95 per language, deduplication, pairwise over true pairs). The engine runs without labels,
 * with its default rules, prior and threshold (0.9); the generator's truth is read only to measure.
 *
 * The target is not reached yet. Measured with these settings (3,000 persons, seed 42), as printed
 * (precision / recall / pair completeness): Vietnamese 0.970 / 0.859 / 0.998, Thai 0.971 / 0.848 /
 * 0.961, Khmer 0.982 / 0.847 / 0.992, Lao 0.964 / 0.869 / 0.977, Burmese 0.996 / 0.709 / 0.958,
 * Indonesian 0.964 / 0.616 / 0.950, Malay 0.960 / 0.866 / 0.990, Filipino 0.971 / 0.849 / 0.975.
 * Precision holds everywhere; recall stays short of 0.90 in every language. What still fails:
 * - a single name with only an estimated age (Indonesian "Wahyu", age 3; a Burmese name with no
 *   family name): a shared common name and an age ± 2 years cannot reach the threshold against a
 *   prior of 2e-4, and should not: the file holds other Wahyus of that age;
 * - a differently respelled name beside an estimated age (Khmer Suon / Suen, Keo / Kaev; Burmese
 *   Swe / Sway): the name reaches only the phonetic level, which the data weigh low;
 * - twins (one family name and date of birth, different given names) in a few Filipino and Lao
 *   households still outweigh their given names' disagreement, which keeps the threshold up.
 * A lower threshold buys no recall at this precision: on seed 7 (the threshold is never chosen on
 * this seed) no threshold below 0.9 keeps every language at precision ≥ 0.95 (at 0.9 Filipino
 * is at 0.94 there), so the default stays 0.9. The floors below are the measured figures less a
 * small margin, so a regression fails; raise them as the engine improves.
 */
const SEED = 42;
const PERSONS = 3000;
const TODAY = "2026-11-28";

const floors: Record<Group, { precision: number; recall: number }> = {
  vietnamese: { precision: 0.96, recall: 0.84 },
  thai: { precision: 0.96, recall: 0.83 },
  khmer: { precision: 0.97, recall: 0.83 },
  lao: { precision: 0.95, recall: 0.85 },
  burmese: { precision: 0.98, recall: 0.69 },
  indonesian: { precision: 0.95, recall: 0.6 },
  malay: { precision: 0.95, recall: 0.85 },
  filipino: { precision: 0.96, recall: 0.83 },
};

describe("regional accuracy", () => {
  it("deduplicates generated persons of eight languages, measured per language", () => {
    console.log(`seed ${SEED}, ${PERSONS} persons, today ${TODAY}`);
    const generated = generatePersons({ seed: SEED, persons: PERSONS, today: TODAY });
    const run = runDedupe(
      generated.map((g) => g.record),
      { today: TODAY, seed: 1 },
    );
    const truth = truePairKeys(generated.map((g) => g.entity));
    const groupOf = (index: number): Group => generated[index]?.group as Group;
    const candidates = new Set(run.pairs.map((p) => pairKey(p.a, p.b)));
    const lines: string[] = [];
    for (const group of groups) {
      const truePairs = [...truth].filter((key) => groupOf(Number(key.split("|")[0])) === group);
      // A pair across languages counts against the precision of both.
      const accepted = run.accepted.filter((p) => groupOf(p.a) === group || groupOf(p.b) === group);
      const correct = accepted.filter((p) => truth.has(pairKey(p.a, p.b))).length;
      const precision = accepted.length === 0 ? 1 : correct / accepted.length;
      const recall = correct / truePairs.length;
      const completeness = truePairs.filter((key) => candidates.has(key)).length / truePairs.length;
      lines.push(
        `${group.padEnd(11)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} pair completeness ${completeness.toFixed(3)} (${truePairs.length} true pairs)`,
      );
      expect.soft(precision, `${group} precision`).toBeGreaterThanOrEqual(floors[group].precision);
      expect.soft(recall, `${group} recall`).toBeGreaterThanOrEqual(floors[group].recall);
    }
    const trueShare = truth.size / run.stats.totalPairs;
    lines.push(
      `prior: estimated ${run.model.prior.toExponential(2)}, true ${trueShare.toExponential(2)}; candidates ${run.pairs.length}`,
    );
    console.log(lines.join("\n"));
    // The prior comes from deterministic rules and their stated recall: it stays within a factor
    // of two of the truth, as the issue asks of FEBRL4.
    expect(run.model.prior).toBeGreaterThan(trueShare / 2);
    expect(run.model.prior).toBeLessThan(trueShare * 2);
  }, 600_000);
});
