import { describe, expect, it } from "vitest";
import { seededRandom } from "./random.ts";
import { expectationMaximisation } from "./train.ts";

describe("expectation-maximisation with u fixed", () => {
  it("recovers m and the match share from unlabelled level patterns", () => {
    // Three comparisons with three levels; 20 % of pairs are matches.
    const m = [
      [0.85, 0.1, 0.05],
      [0.7, 0.2, 0.1],
      [0.9, 0.05, 0.05],
    ];
    const u = [
      [0.02, 0.08, 0.9],
      [0.05, 0.15, 0.8],
      [0.01, 0.04, 0.95],
    ];
    const random = seededRandom(7);
    const draw = (p: number[]) => {
      const r = random();
      let acc = 0;
      for (let l = 0; l < p.length; l++) {
        acc += p[l] as number;
        if (r < acc) return l;
      }
      return p.length - 1;
    };
    const counts = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const table = random() < 0.2 ? m : u;
      const key = table.map((p) => draw(p)).join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const patterns = [...counts].map(([key, count]) => ({
      levels: Int8Array.from(key.split(",").map(Number)),
      count,
    }));
    const start = [
      [0.5, 0.3, 0.2],
      [0.5, 0.3, 0.2],
      [0.5, 0.3, 0.2],
    ];
    const result = expectationMaximisation(patterns, u, [true, true, true], start, 200);
    expect(result.matchShare).toBeGreaterThan(0.18);
    expect(result.matchShare).toBeLessThan(0.22);
    for (let c = 0; c < 3; c++)
      for (let l = 0; l < 3; l++)
        expect(Math.abs((result.m[c]?.[l] as number) - (m[c]?.[l] as number))).toBeLessThan(0.03);
  });

  it("leaves an inactive comparison's m as it was", () => {
    const patterns = [
      { levels: Int8Array.from([0, 0]), count: 10 },
      { levels: Int8Array.from([1, 1]), count: 90 },
    ];
    const start = [
      [0.6, 0.4],
      [0.6, 0.4],
    ];
    const result = expectationMaximisation(
      patterns,
      [
        [0.1, 0.9],
        [0.1, 0.9],
      ],
      [true, false],
      start,
      50,
    );
    expect(result.m[1]).toEqual([0.6, 0.4]);
  });
});
