import { describe, expect, it } from "vitest";
import type { PersonRecord } from "../record.ts";
import {
  type BlockingRule,
  dedupePairs,
  linkPairs,
  type RuleStats,
  reductionRatio,
} from "./blocking.ts";
import { connectedComponents, oneToOne } from "./cluster.ts";
import { prepareRecords } from "./prepare.ts";

const people: PersonRecord[] = [
  { id: "1", given: "Somchai", family: "Jaidee", dob: "2011-03-07", phones: ["+66812345678"] },
  { id: "2", given: "Somchay", family: "Jaidee", dob: "2011-03-07", phones: ["+66812345678"] },
  { id: "3", given: "Nok", family: "Jaidee", dob: "2011-09-01" },
  { id: "4", given: "Dao", family: "Nguyen", dob: "2012-01-01" },
];
const records = prepareRecords(people, { today: "2026-11-28" });
const byFamilyYear: BlockingRule = {
  name: "family+year",
  fixes: [],
  keys: (r) => (r.familyKey && r.dob ? [`${r.familyKey}|${r.dob.year}`] : []),
};
const byPhone: BlockingRule = { name: "phone", fixes: [], keys: (r) => r.phones };

describe("blocking", () => {
  it("unions the rules without repeating a pair found by an earlier rule", () => {
    const stats: RuleStats[] = [];
    const pairs = [...dedupePairs(records, [byFamilyYear, byPhone], stats)].map(
      ([a, b]) => `${a.id}-${b.id}`,
    );
    expect(pairs.sort()).toEqual(["1-2", "1-3", "2-3"]);
    expect(stats).toEqual([
      { rule: "family+year", pairs: 3, skippedBuckets: 0 },
      { rule: "phone", pairs: 0, skippedBuckets: 0 },
    ]);
    expect(reductionRatio(pairs.length, 6)).toBeCloseTo(0.5, 12);
  });

  it("skips (and counts) a bucket too large to discriminate", () => {
    const stats: RuleStats[] = [];
    expect([...dedupePairs(records, [byFamilyYear], stats, { maxBucket: 2 })]).toEqual([]);
    expect(stats[0]?.skippedBuckets).toBe(1);
  });

  it("pairs only across the two lists when linking", () => {
    const [left, right] = [records.slice(0, 2), records.slice(2)];
    const pairs = [...linkPairs(left, right, [byFamilyYear])].map(([a, b]) => `${a.id}-${b.id}`);
    expect(pairs.sort()).toEqual(["1-3", "2-3"]);
  });
});

describe("clusters", () => {
  const pair = (a: number, b: number, probability: number) => ({
    a,
    b,
    probability,
    weight: Math.log2(probability / (1 - probability)),
  });

  it("joins chained pairs and reports the density", () => {
    const clusters = connectedComponents(
      5,
      [pair(0, 1, 0.99), pair(1, 2, 0.95), pair(3, 4, 0.5)],
      0.9,
    );
    const big = clusters.find((c) => c.members.length === 3);
    expect(big?.members).toEqual([0, 1, 2]);
    // Two of the three possible pairs: a chain, not a clique.
    expect(big?.density).toBeCloseTo(2 / 3, 12);
    expect(clusters.filter((c) => c.members.length === 1)).toHaveLength(2);
  });

  it("assigns one to one, best first", () => {
    const kept = oneToOne(
      [pair(0, 10, 0.95), pair(0, 11, 0.99), pair(1, 11, 0.97), pair(1, 12, 0.92)],
      0.9,
    );
    expect(kept.map((p) => `${p.a}-${p.b}`).sort()).toEqual(["0-11", "1-12"]);
  });
});
