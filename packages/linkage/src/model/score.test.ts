import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PersonRecord } from "../record.ts";
import { COMPARISONS, MISSING } from "./comparisons.ts";
import { defaultModel } from "./default-model.ts";
import { modelVersion, parseModel } from "./model.ts";
import { prepareRecord } from "./prepare.ts";
import { compileModel, explainPair, matchProbability, scorePair } from "./score.ts";

const today = "2026-11-28";
const compiled = compileModel(defaultModel());

const name = fc.constantFrom(
  "somchai",
  "nguyen",
  "dao",
  "aung",
  "kyaw",
  "maria",
  "santos",
  "siti",
  "",
  "nok",
);
const record: fc.Arbitrary<PersonRecord> = fc.record({
  id: fc.uuid(),
  given: fc.option(name, { nil: undefined }),
  family: fc.option(name, { nil: undefined }),
  sex: fc.option(fc.constantFrom("f", "m", "x"), { nil: undefined }),
  dob: fc.option(
    fc
      .tuple(
        fc.integer({ min: 2000, max: 2020 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    { nil: undefined },
  ),
  nationality: fc.option(fc.constantFrom("TH", "VN", "KH"), { nil: undefined }),
  postcode: fc.option(fc.constantFrom("10110", "10111", "50000"), { nil: undefined }),
});

describe("Fellegi–Sunter scoring", () => {
  it("is symmetric: score(a, b) = score(b, a)", () => {
    fc.assert(
      fc.property(record, record, (x, y) => {
        const a = prepareRecord(x, 0, { today });
        const b = prepareRecord(y, 1, { today });
        expect(scorePair(compiled, a, b)).toBeCloseTo(scorePair(compiled, b, a), 9);
      }),
    );
  });

  it("explains every term: the prior and the weights sum to the total, which is the fast path's score", () => {
    fc.assert(
      fc.property(record, record, (x, y) => {
        const a = prepareRecord(x, 0, { today });
        const b = prepareRecord(y, 1, { today });
        const explanation = explainPair(compiled, a, b);
        const sum = explanation.priorWeight + explanation.terms.reduce((s, t) => s + t.weight, 0);
        expect(explanation.total).toBeCloseTo(sum, 9);
        expect(explanation.total).toBeCloseTo(scorePair(compiled, a, b), 9);
        expect(explanation.probability).toBeCloseTo(matchProbability(explanation.total), 12);
        expect(explanation.modelVersion).toBe(defaultModel().version);
        for (const term of explanation.terms)
          if (term.level === null) expect(term.weight).toBe(0);
          else expect(term.weight).toBeCloseTo(term.baseWeight + term.frequencyAdjustment, 12);
      }),
    );
  });

  it("never weighs a more similar level less than a less similar one", () => {
    for (const comparison of defaultModel().comparisons)
      for (let l = 1; l < comparison.levels.length; l++)
        expect(comparison.levels[l - 1]?.weight, `${comparison.name} ${l}`).toBeGreaterThanOrEqual(
          comparison.levels[l]?.weight as number,
        );
  });

  it("raising one comparison's level never lowers the score", () => {
    // Base weights: for every pair, moving one comparison up a level adds weight (or none).
    fc.assert(
      fc.property(record, record, (x, y) => {
        const a = prepareRecord(x, 0, { today });
        const b = prepareRecord(y, 1, { today });
        const levels = new Int8Array(COMPARISONS.length);
        scorePair(compiled, a, b, levels);
        levels.forEach((level, c) => {
          if (level <= 0) return;
          const weights = compiled.weights[c] as Float64Array;
          expect(weights[level - 1]).toBeGreaterThanOrEqual(weights[level] as number);
        });
      }),
    );
  });

  it("keeps a frequency-adjusted name weight above disagreement, and a near level below exact", () => {
    fc.assert(
      fc.property(record, record, (x, y) => {
        const a = prepareRecord(x, 0, { today });
        const b = prepareRecord(y, 1, { today });
        explainPair(compiled, a, b).terms.forEach((term, c) => {
          if (term.level === null || term.frequencyAdjustment === 0) return;
          const levels = compiled.model.comparisons[c]?.levels ?? [];
          const elseWeight = levels[levels.length - 1]?.weight as number;
          expect(term.weight).toBeGreaterThan(elseWeight);
          if (!term.level.includes("exact"))
            expect(term.weight).toBeLessThanOrEqual((levels[0]?.weight as number) + 1e-9);
        });
      }),
    );
  });

  it("gives a missing value no weight", () => {
    const a = prepareRecord({ id: "a", given: "Somchai", family: "Jaidee" }, 0, { today });
    const b = prepareRecord({ id: "b", given: "Somchai", family: "Jaidee", dob: "2011-03-07" }, 1, {
      today,
    });
    const dob = explainPair(compiled, a, b).terms.find((t) => t.comparison === "dob");
    expect(dob).toMatchObject({ level: null, weight: 0 });
    const levels = new Int8Array(COMPARISONS.length);
    scorePair(compiled, a, b, levels);
    expect(levels[COMPARISONS.findIndex((c) => c.name === "dob")]).toBe(MISSING);
  });

  it("weighs the same words as a set by the commoner of the two names, whichever side holds it", () => {
    // "Dewi Dewi" is rare written so, but it says no more than Dewi, which is common.
    const model = structuredClone(defaultModel()) as ReturnType<typeof defaultModel> & {
      version: string;
    };
    model.termFrequency.values = { given: { ID: { dewi: 0.05 } } };
    const { version: _, ...rest } = model;
    const withFrequencies = compileModel(parseModel({ ...rest, version: modelVersion(rest) }));
    const dewi = prepareRecord({ id: "a", given: "Dewi", nationality: "ID" }, 0, { today });
    const twice = prepareRecord({ id: "b", given: "Dewi Dewi", nationality: "ID" }, 1, { today });
    const given = (x: typeof dewi, y: typeof dewi) =>
      explainPair(withFrequencies, x, y).terms.find((t) => t.comparison === "given");
    const exact = given(dewi, { ...dewi, index: 2 });
    expect(given(twice, dewi)?.level).toBe("reversed");
    expect(given(twice, dewi)?.weight).toBeLessThanOrEqual(exact?.weight as number);
    expect(given(dewi, twice)?.weight).toBe(given(twice, dewi)?.weight);
  });

  it("counts an exact common family name for less than an exact rare one", () => {
    // Frequencies as a trained model would hold them: Nguyen is very common among VN records.
    const model = structuredClone(defaultModel()) as ReturnType<typeof defaultModel> & {
      version: string;
    };
    model.termFrequency.values = { family: { VN: { nguyen: 0.39, kha: 0.0005 } } };
    const { version: _, ...rest } = model;
    const withFrequencies = compileModel(parseModel({ ...rest, version: modelVersion(rest) }));
    const pair = (family: string) => {
      const a = prepareRecord({ id: "a", given: "Dao", family, nationality: "VN" }, 0, { today });
      const b = prepareRecord({ id: "b", given: "Dao", family, nationality: "VN" }, 1, { today });
      return explainPair(withFrequencies, a, b).terms.find((t) => t.comparison === "family");
    };
    const common = pair("Nguyễn");
    const rare = pair("Kha");
    expect(common?.level).toBe("exact");
    expect(common?.frequencyAdjustment).toBeLessThan(0);
    expect(rare?.frequencyAdjustment).toBeGreaterThan(0);
    expect(rare?.weight).toBeGreaterThan(common?.weight as number);
  });
});
