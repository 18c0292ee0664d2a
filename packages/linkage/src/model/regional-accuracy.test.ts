import { describe, expect, it } from "vitest";
import { type Group, generatePersons, groups } from "../generator/index.ts";
import { pairKey, truePairKeys } from "./evaluate.ts";
import { runDedupe } from "./run.ts";

/*
 * Accuracy on the seeded generator of the region's persons (issue 6: recall ≥ 0.90 at precision
 * ≥ 0.95 per language, deduplication, pairwise over true pairs). The engine runs without labels,
 * with its default rules, prior and threshold (0.9); the generator's truth is read only to measure.
 * Two seeds: 42, and 7, on which nothing is ever tuned, so that a change fitted to one file shows.
 *
 * The target is not reached yet. Measured with these settings (3,000 persons), as printed
 * (precision / recall / pair completeness), seed 42: Vietnamese 0.971 / 0.861 / 0.998, Thai 0.972 /
 * 0.852 / 0.961, Khmer 0.982 / 0.860 / 0.992, Lao 0.964 / 0.871 / 0.977, Burmese 0.992 / 0.727 /
 * 0.958, Indonesian 0.955 / 0.655 / 0.950, Malay 0.960 / 0.865 / 0.990, Filipino 0.972 / 0.853 /
 * 0.975. Seed 7: Vietnamese 0.967 / 0.857, Thai 0.966 / 0.878, Khmer 0.949 / 0.768, Lao 0.970 /
 * 0.845, Burmese 0.982 / 0.676, Indonesian 0.951 / 0.706, Malay 0.973 / 0.891, Filipino 0.946 /
 * 0.846. (Before the vowels level, the day/month-swap level, the family name found in a whole name
 * and Burmese titles read on records without a nationality: seed 42 recall 0.859, 0.848, 0.847, 0.869, 0.709, 0.616, 0.866, 0.849; seed 7 0.855,
 * 0.878, 0.748, 0.837, 0.648, 0.672, 0.885, 0.847.)
 *
 * What still fails, counted on seed 42 with the model's own scores:
 * - a single name with only an estimated age (Indonesian "Wahyu", age 3; a Burmese name with no
 *   family name): a shared common name and an age ± 2 years cannot reach the threshold against a
 *   prior of 2e-4, and should not. Of the 301 Indonesian true pairs missed, 131 are pairs where
 *   one of the two records has a record of another person scoring at least as high as its true
 *   partner (another Wahyu, male, of that age): no reader of the two records could choose, and
 *   accepting them would accept the stranger too. These pairs stay in the measure. 44 more were
 *   never compared (pair completeness 0.950: a respelled mononym and a mistyped year share no key);
 * - a Burmese name romanised from the script against a person's own spelling whose consonants
 *   also differ (Swe Pwin / ဆွေပွင့် "sway pwint") reaches only Jaro–Winkler 0.88 beside an
 *   estimated age; a placeholder name (Baby, Infant) later replaced leaves only the date of birth,
 *   sex and nationality, which together stay just short of the threshold (probability 0.84);
 * - twins (one family name and date of birth, different given names) in a few Filipino and Lao
 *   households still outweigh their given names' disagreement, which keeps the threshold up.
 * A lower threshold buys no recall at this precision: on seed 7 no threshold below 0.9 keeps every
 * language at precision ≥ 0.95, so the default stays 0.9. The floors below are the measured
 * figures less a small margin, so a regression fails; raise them as the engine improves.
 */
const PERSONS = 3000;
const TODAY = "2026-11-28";

type Floors = Record<Group, { precision: number; recall: number }>;

const floorsBySeed: Record<number, Floors> = {
  42: {
    vietnamese: { precision: 0.96, recall: 0.84 },
    thai: { precision: 0.96, recall: 0.83 },
    khmer: { precision: 0.97, recall: 0.84 },
    lao: { precision: 0.95, recall: 0.85 },
    burmese: { precision: 0.98, recall: 0.7 },
    indonesian: { precision: 0.94, recall: 0.63 },
    malay: { precision: 0.95, recall: 0.85 },
    filipino: { precision: 0.96, recall: 0.83 },
  },
  7: {
    vietnamese: { precision: 0.95, recall: 0.84 },
    thai: { precision: 0.95, recall: 0.86 },
    khmer: { precision: 0.93, recall: 0.75 },
    lao: { precision: 0.95, recall: 0.82 },
    burmese: { precision: 0.97, recall: 0.65 },
    indonesian: { precision: 0.94, recall: 0.68 },
    malay: { precision: 0.96, recall: 0.87 },
    filipino: { precision: 0.93, recall: 0.82 },
  },
};

describe("regional accuracy", () => {
  it.each([42, 7])(
    "deduplicates generated persons of eight languages, measured per language (seed %i)",
    (seed) => {
      const floors = floorsBySeed[seed] as Floors;
      console.log(`seed ${seed}, ${PERSONS} persons, today ${TODAY}`);
      const generated = generatePersons({ seed, persons: PERSONS, today: TODAY });
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
        const accepted = run.accepted.filter(
          (p) => groupOf(p.a) === group || groupOf(p.b) === group,
        );
        const correct = accepted.filter((p) => truth.has(pairKey(p.a, p.b))).length;
        const precision = accepted.length === 0 ? 1 : correct / accepted.length;
        const recall = correct / truePairs.length;
        const completeness =
          truePairs.filter((key) => candidates.has(key)).length / truePairs.length;
        lines.push(
          `${group.padEnd(11)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} pair completeness ${completeness.toFixed(3)} (${truePairs.length} true pairs)`,
        );
        expect
          .soft(precision, `${group} precision`)
          .toBeGreaterThanOrEqual(floors[group].precision);
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
    },
    600_000,
  );
});
