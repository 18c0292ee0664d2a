import { describe, expect, it } from "vitest";
import { type Group, generatePersons, groups } from "../generator/index.ts";
import { clusterPairs, pairKey, truePairKeys } from "./evaluate.ts";
import { runDedupe } from "./run.ts";

/*
 * Accuracy on the seeded generator of the region's persons (issue 6: recall ≥ 0.90 at precision
 * ≥ 0.95 per language, deduplication, pairwise over true pairs). The engine runs without labels,
 * with its default rules, prior and threshold (0.9); the generator's truth is read only to measure.
 * Two seeds: 42, and 7, on which nothing is ever tuned, so that a change fitted to one file shows.
 *
 * The target is not reached yet. Measured with these settings (3,000 persons), as printed
 * (precision / recall / pair completeness), after the loose key folded the Indonesian spelling
 * before 1972 (dj, tj, j after h/l/r/s, ch/kh before a consonant) and two Burmese spellings (a
 * final t after n, Pwint / Pwin; a final we, Swe / Sway): seed 42 Vietnamese 0.980 / 0.864,
 * Thai 0.975 / 0.854, Khmer 0.989 / 0.857, Lao 0.964 / 0.877, Burmese 0.994 / 0.714 / 0.963
 * (was 0.991 / 0.709 / 0.960), Indonesian 0.990 / 0.689 / 0.944 (was 0.990 / 0.685 / 0.934),
 * Malay 0.966 / 0.861, Filipino 0.976 / 0.849; seed 7 Vietnamese 0.971 / 0.859, Thai 0.956 /
 * 0.879 (was 0.961), Khmer 0.955 / 0.762, Lao 0.969 / 0.856, Burmese 0.986 / 0.681 / 0.975 (was
 * 0.986 / 0.700 / 0.973), Indonesian 1.000 / 0.726 / 0.964 (was 0.998 / 0.737 / 0.959), Malay
 * 0.959 / 0.879, Filipino 0.942 / 0.848. Completeness rose, but recall on seed 7 fell: the folds
 * gained pairs outright (Indonesian 0.041 → 0.997, 0.689 → 1.000, …), while EM moved the
 * given-name weights by 0.05 bit and 12 Indonesian, 22 Burmese and 4 Filipino true pairs sitting
 * on one plateau (a whole name at Jaro–Winkler ≥ 0.92, an estimated age close, sex,
 * nationality: probability 0.902) fell to 0.899, under the threshold. Recall there is that
 * fragile; nothing was fitted to seed 7 to win them back.
 *
 * Over cluster-implied pairs (every two members of a connected component; printed beside the
 * pairwise figures, which stay the headline), precision is lower and recall higher, as chains
 * join records no accepted pair joined: seed 42 Vietnamese 0.885 / 0.912, Thai 0.889 / 0.902,
 * Khmer 0.978 / 0.916, Lao 0.944 / 0.934, Burmese 0.988 / 0.775, Indonesian 0.975 / 0.749, Malay
 * 0.922 / 0.920, Filipino 0.893 / 0.902; seed 7 0.916 / 0.898, 0.816 / 0.938, 0.805 / 0.838,
 * 0.936 / 0.905, 0.981 / 0.768, 1.000 / 0.776, 0.862 / 0.931, 0.861 / 0.914.
 *
 * Near the threshold, the weights look calibrated rather than mis-weighted (seed 42, Indonesian
 * pairs at probability 0.5–0.9): an exactly shared common single name (frequency adjustment −2.5
 * bits), an estimated age close, sex and nationality score 0.648, and 41 of those 54 pairs are
 * true (0.76); without the nationality, 0.666 and 12 of 16. Accepting them would take 13 and 4
 * strangers with them. Twins and siblings (family name and date of birth exact, given names
 * "else"): 69 candidate pairs on seed 42, 16 true (all accepted) and 53 not (9 accepted).
 *
 * Before the folds, seed 42: Vietnamese 0.980 / 0.864 / 0.998, Thai 0.975 /
 * 0.854 / 0.962, Khmer 0.989 / 0.855 / 0.990, Lao 0.964 / 0.877 / 0.978, Burmese 0.991 / 0.709 /
 * 0.960, Indonesian 0.990 / 0.685 / 0.934, Malay 0.966 / 0.861 / 0.990, Filipino 0.977 / 0.848 /
 * 0.972 (Khmer recall 0.854). Seed 7: Vietnamese 0.971 / 0.859, Thai 0.961 / 0.879, Khmer 0.959 /
 * 0.760, Lao 0.969 / 0.856, Burmese 0.986 / 0.700, Indonesian 0.998 / 0.737, Malay 0.958 / 0.882,
 * Filipino 0.942 / 0.849. Names with a patronymic written with its marker on both records are no
 * longer read in any order (Muhammad Aqil bin Ali / Ali bin Muhammad Aqil are two people): Malay
 * precision 0.959 → 0.966 (seed 42) and 0.949 → 0.958 (seed 7), recall unchanged. Before that
 * came a wider, flatter Indonesian name pool (generator/tables/indonesian.ts says why, from the
 * e-KTP register), which redraws every group's persons, and two scoring fixes (a whole name's
 * shared first word no longer lifts its Jaro–Winkler; a name whose words match as a set weighs by
 * the commoner of the two spellings). Those two fixes alone, on seed 7's new records:
 * false positives 198 → 177, precision Vietnamese 0.964 → 0.971, Burmese 0.974 → 0.986, Indonesian
 * 0.988 → 0.998, Filipino 0.940 → 0.942, Malay 0.951 → 0.949; recall Burmese 0.709 → 0.700,
 * Vietnamese 0.863 → 0.859. Before both, seed 42: 0.971 / 0.861, 0.972 / 0.852, 0.982 / 0.860,
 * 0.964 / 0.871, 0.992 / 0.727, 0.955 / 0.655, 0.960 / 0.865, 0.972 / 0.853; seed 7: 0.967 /
 * 0.857, 0.966 / 0.878, 0.949 / 0.768, 0.970 / 0.845, 0.982 / 0.676, 0.951 / 0.706, 0.973 / 0.891,
 * 0.946 / 0.846. (Before the vowels level, the day/month-swap level, the family name found in a
 * whole name and Burmese titles read on records without a nationality: seed 42 recall 0.859,
 * 0.848, 0.847, 0.869, 0.709, 0.616, 0.866, 0.849; seed 7 0.855, 0.878, 0.748, 0.837, 0.648, 0.672,
 * 0.885, 0.847.)
 *
 * What still fails, counted on seed 42 with the model's own scores:
 * - a single name with only an estimated age (Indonesian "Lutfi", age 1; a Burmese name with no
 *   family name): a shared name and an age ± 2 years cannot reach the threshold against a prior
 *   of 2e-4, and should not. Of the 269 Indonesian true pairs missed, 65 are pairs where one of
 *   the two records has a record of another person scoring at least as high as its true partner
 *   (131 of 301 before the wider name pool): no reader of the two records could choose, and
 *   accepting them would accept the stranger too. These pairs stay in the measure. 56 more were
 *   never compared (pair completeness 0.934: an old spelling of a mononym, Rachmat / Rahmat or
 *   Djumiati / Jumiati, shared no loose or phonetic key — the loose key now folds them, 0.944 —
 *   and a mistyped year no year key; an initial or intervocalic j for y, Janti / Yanti, Hidajat /
 *   Hidayat, is still apart, as Thai writes จ so); the
 *   other 148 fall just short, most of them an exactly shared single name and a close age
 *   (probability 0.6–0.89);
 * - a Burmese name romanised from the script against a person's own spelling whose consonants
 *   also differ (Swe Pwin / ဆွေပွင့် "sway pwint") reached only Jaro–Winkler 0.88 beside an
 *   estimated age (the loose key now folds that final t and we; Khin / Khing is left apart, as
 *   a final ng is a different name elsewhere, Trang / Tran); a placeholder name (Baby, Infant) later replaced leaves only the date of birth,
 *   sex and nationality, which together stay just short of the threshold (probability 0.84);
 * - twins (one family name and date of birth, different given names) in a few Filipino and Lao
 *   households still outweigh their given names' disagreement (given "else" weighs only −4 bits
 *   against 15–20 for family and date), which keeps the threshold up: 21 of seed 7's 40 Filipino
 *   false positives are two children of one household.
 *   Tried and not kept: an interaction term for family and date agreeing together (family exact
 *   to Jaro–Winkler ≥ 0.92, date exact or day/month swapped), log2(m_joint / (m_f·m_d)) −
 *   log2(u_joint / (u_f·u_d)), bounded by the weight gap at the region's edge (2.3–2.8 bits) so
 *   raising a level never lowers a score. u_joint cannot come from random pairs: of 1,000,000
 *   sampled on seed 42 only 34 agree on both and 32 of those are matches, and EM explains
 *   households as matches (given "else" m 0.059, which puts 56 of the 69 twin-like pairs among
 *   matches; 16 are). Counted instead over every opposite-sex pair sharing a date (nearly never
 *   one person, and a sibling's sex says nothing of her household): 41 of 9,427,264 pairs
 *   (4.35e-6 against 1.62e-6 independent: −1.43 bits; seed 7 −1.00). The match side, from the
 *   candidates' posteriors, is +0.03 bits (seed 7 +0.05): matches' agreements are independent
 *   enough. Applied when given names are "else": seed 42 false positives 109 → 103, true
 *   positives 4911 → 4905; seed 7 177 → 157 and 5041 → 5037, Filipino 0.942 / 0.848 → 0.961 /
 *   0.843, Vietnamese 0.971 → 0.974 (applied whatever the given names: 4911 → 4900, 5041 →
 *   5034). It costs recall, so it was left out: the true pairs lost have given names the given
 *   comparison scores "else" — truncations and typos (Muhammad / Mud, Rtatana / Rotana) and an
 *   abbreviated Filipino Maria (Ma. Abigael / Maria Abigail, Ma. V. / Marie).
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
    burmese: { precision: 0.98, recall: 0.69 },
    indonesian: { precision: 0.97, recall: 0.67 },
    malay: { precision: 0.95, recall: 0.84 },
    filipino: { precision: 0.96, recall: 0.83 },
  },
  7: {
    vietnamese: { precision: 0.95, recall: 0.84 },
    thai: { precision: 0.95, recall: 0.86 },
    khmer: { precision: 0.94, recall: 0.74 },
    lao: { precision: 0.95, recall: 0.83 },
    burmese: { precision: 0.97, recall: 0.66 },
    indonesian: { precision: 0.98, recall: 0.7 },
    malay: { precision: 0.94, recall: 0.86 },
    filipino: { precision: 0.93, recall: 0.83 },
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
      // Every two members of one cluster (connected components of the accepted pairs): what a
      // reader of the clusters is told. Reported beside the pairwise figures, never instead.
      const inClusters = [...clusterPairs(run.clusters)];
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
        const clustered = inClusters.filter(
          (p) => groupOf(p.a) === group || groupOf(p.b) === group,
        );
        const clusteredCorrect = clustered.filter((p) => truth.has(pairKey(p.a, p.b))).length;
        const clusterPrecision = clustered.length === 0 ? 1 : clusteredCorrect / clustered.length;
        const clusterRecall = clusteredCorrect / truePairs.length;
        lines.push(
          `${group.padEnd(11)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} pair completeness ${completeness.toFixed(3)} (${truePairs.length} true pairs); over cluster-implied pairs: precision ${clusterPrecision.toFixed(3)} recall ${clusterRecall.toFixed(3)} (${clustered.length} pairs)`,
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
