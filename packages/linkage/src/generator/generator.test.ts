import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generatePersons, indexEntities, iterateRecords, listTruePairs } from "./generator.ts";
import { type GeneratedRecord, groups } from "./types.ts";

const today = "2025-06-30";

function sameFields(a: GeneratedRecord[], b: GeneratedRecord[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe("generatePersons", () => {
  test("the same seed gives identical output, array and iterator alike", () => {
    const a = generatePersons({ seed: 42, persons: 500, today });
    const b = generatePersons({ seed: 42, persons: 500, today });
    expect(sameFields(a, b)).toBe(true);
    expect(sameFields(a, [...iterateRecords({ seed: 42, persons: 500, today })])).toBe(true);
  });

  test("different seeds give different output", () => {
    const a = generatePersons({ seed: 1, persons: 200, today });
    const b = generatePersons({ seed: 2, persons: 200, today });
    expect(a.map((r) => r.record.given).join()).not.toBe(b.map((r) => r.record.given).join());
    expect(a.map((r) => r.record.id).join()).not.toBe(b.map((r) => r.record.id).join());
  });

  test("a different today moves the dates", () => {
    const a = generatePersons({ seed: 5, persons: 50, today });
    const b = generatePersons({ seed: 5, persons: 50, today: "2030-06-30" });
    expect(a.map((r) => r.record.recordedOn).join()).not.toBe(
      b.map((r) => r.record.recordedOn).join(),
    );
  });

  test("every group appears, each with its nationality", () => {
    const records = generatePersons({ seed: 3, persons: 2000, today });
    const expected = {
      vietnamese: "VN",
      thai: "TH",
      khmer: "KH",
      lao: "LA",
      burmese: "MM",
      indonesian: "ID",
      malay: "MY",
      filipino: "PH",
    };
    for (const group of groups) {
      const ofGroup = records.filter((r) => r.group === group);
      expect(ofGroup.length, group).toBeGreaterThan(150);
      const nationalities = new Set(ofGroup.map((r) => r.record.nationality));
      expect([...nationalities].sort(), group).toEqual([expected[group], undefined].sort());
    }
  });

  test("groups restricts the draw", () => {
    const records = generatePersons({ seed: 3, persons: 300, groups: ["khmer", "lao"], today });
    expect(new Set(records.map((r) => r.group))).toEqual(new Set(["khmer", "lao"]));
  });

  test("persons counts true persons and records per person stay within bounds", () => {
    const records = generatePersons({
      seed: 9,
      persons: 700,
      recordsPerPerson: { min: 2, max: 3 },
      today,
    });
    const perEntity = new Map<string, number>();
    for (const r of records) perEntity.set(r.entity, (perEntity.get(r.entity) ?? 0) + 1);
    expect(perEntity.size).toBe(700);
    expect(Math.min(...perEntity.values())).toBe(2);
    expect(Math.max(...perEntity.values())).toBe(3);
  });

  test("a distribution of record counts is followed", () => {
    const records = generatePersons({
      seed: 9,
      persons: 400,
      recordsPerPerson: { weights: [0, 0, 0, 1] },
      today,
    });
    expect(records.length).toBe(1600);
  });

  test("bad options are refused", () => {
    expect(() => generatePersons({ seed: 1, persons: 1, today: "30/06/2025" })).toThrow(RangeError);
    expect(() => generatePersons({ seed: 1, persons: -1, today })).toThrow(RangeError);
    expect(() => generatePersons({ seed: 1, persons: 1, groups: [], today })).toThrow(RangeError);
    expect(() =>
      generatePersons({ seed: 1, persons: 1, recordsPerPerson: { min: 3, max: 2 }, today }),
    ).toThrow(RangeError);
    expect(() =>
      generatePersons({ seed: 1, persons: 1, recordsPerPerson: { weights: [0] }, today }),
    ).toThrow(RangeError);
  });

  test("mostly children aged 3–17 on today, some adults", () => {
    const records = generatePersons({
      seed: 4,
      persons: 3000,
      recordsPerPerson: { min: 1, max: 1 },
      today,
    });
    const withDob = records.filter((r) => r.corruptions.length === 0 && r.record.dob);
    const ages = withDob.map((r) => 2025 - Number(r.record.dob?.slice(0, 4)));
    const children = ages.filter((a) => a >= 3 && a <= 18).length / ages.length;
    expect(children).toBeGreaterThan(0.75);
    expect(children).toBeLessThan(0.95);
    expect(Math.max(...ages)).toBeLessThanOrEqual(47);
  });
});

describe("twins and siblings", () => {
  const records = generatePersons({
    seed: 77,
    persons: 4000,
    recordsPerPerson: { min: 3, max: 6 },
    today,
  });

  test("twins share household, family name and date of birth but are different persons", () => {
    const twins = new Map<string, GeneratedRecord[]>();
    for (const r of records.filter((x) => x.kin === "twin")) {
      twins.set(r.household, [...(twins.get(r.household) ?? []), r]);
    }
    expect(twins.size).toBeGreaterThan(30);
    let compared = 0;
    for (const members of twins.values()) {
      const entities = new Set(members.map((m) => m.entity));
      expect(entities.size).toBe(2);
      // Compare the truth through clean romanised records: exact dob, names as the person spells them.
      const clean = members.filter(
        (m) => m.corruptions.length === 0 && m.record.dob && !m.record.native,
      );
      const byEntity = new Map(clean.map((m) => [m.entity, m]));
      if (byEntity.size < 2) continue;
      const [a, b] = [...byEntity.values()] as [GeneratedRecord, GeneratedRecord];
      compared++;
      expect(a.record.dob).toBe(b.record.dob);
      // A Malay patronymic's form varies untagged between records (bin X in either field).
      if (a.group !== "malay") expect(a.record.family).toBe(b.record.family);
      expect(a.record.given).not.toBe(b.record.given);
    }
    expect(compared).toBeGreaterThan(10);
  });

  test("siblings share the household but not the date of birth", () => {
    const siblings = records.filter(
      (r) => r.kin === "sibling" && r.corruptions.length === 0 && r.record.dob,
    );
    const byHousehold = new Map<string, Map<string, string | undefined>>();
    for (const r of siblings) {
      const m = byHousehold.get(r.household) ?? new Map();
      m.set(r.entity, r.record.dob);
      byHousehold.set(r.household, m);
    }
    const pairs = [...byHousehold.values()].filter((m) => m.size === 2);
    expect(pairs.length).toBeGreaterThan(20);
    for (const m of pairs) {
      const [a, b] = [...m.values()];
      expect(a).not.toBe(b);
    }
  });
});

describe("truth", () => {
  test("true pairs are exactly the pairs of records of one entity", () => {
    const records = generatePersons({ seed: 8, persons: 300, today });
    const pairs = listTruePairs(records);
    const isSame = indexEntities(records);
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    const expected = [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    expect(pairs.length).toBe(expected);
    for (const [a, b] of pairs) {
      expect(a < b).toBe(true);
      expect(isSame(a, b)).toBe(true);
    }
    const first = records[0];
    const stranger = records.find((r) => r.entity !== first?.entity);
    expect(isSame(first?.record.id ?? "", stranger?.record.id ?? "")).toBe(false);
  });

  test("ids reveal nothing: a record id never contains its entity id", () => {
    const records = generatePersons({ seed: 8, persons: 300, today });
    for (const r of records) expect(r.record.id.slice(1)).not.toBe(r.entity.slice(1));
  });

  test("property: every record has an id and ids are unique", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray([...groups], { minLength: 1 }),
        (s, persons, chosen) => {
          const records = generatePersons({ seed: s, persons, groups: chosen, today });
          const ids = records.map((r) => r.record.id);
          expect(ids.every((id) => typeof id === "string" && id.length > 1)).toBe(true);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(records.map((r) => r.entity)).size).toBe(persons);
        },
      ),
      // fast-check prints the seed and path of any failure, so a run can be replayed.
      { numRuns: 60 },
    );
  });
});
