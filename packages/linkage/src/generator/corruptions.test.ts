import { describe, expect, test } from "vitest";
import { corruptionKinds } from "./corruptions.ts";
import { generatePersons } from "./generator.ts";
import type { Group } from "./types.ts";

const records = generatePersons({ seed: 11, persons: 4600, today: "2025-06-30" }).slice(0, 10_000);

const scriptGroups: Group[] = ["vietnamese", "thai", "khmer", "lao", "burmese"];
const titled: Group[] = ["thai", "burmese", "lao", "malay"];

/** Expected share of records carrying the tag, among the groups where it can occur. */
const expectedRates: Record<(typeof corruptionKinds)[number], [Group[] | "all", number, number]> = {
  "romanisation-variant": ["all", 0.15, 0.4],
  "diacritics-dropped": [["vietnamese"], 0.35, 0.55],
  "order-swapped": ["all", 0.04, 0.14],
  "honorific-added": [titled, 0.12, 0.4],
  "patronymic-dropped": [["malay"], 0.15, 0.3],
  "patronymic-abbreviated": [["malay"], 0.1, 0.22],
  "particle-variant": [["filipino"], 0.01, 0.08],
  "middle-initial": [["filipino"], 0.12, 0.28],
  "mononym-split": [["burmese"], 0.08, 0.25],
  "mononym-duplicated": [["burmese", "indonesian"], 0.05, 0.15],
  "name-split": [["indonesian"], 0.1, 0.25],
  zawgyi: [["burmese"], 0.1, 0.25],
  "script-switched": [scriptGroups, 0.1, 0.3],
  "placeholder-name": ["all", 0.005, 0.03],
  "age-estimated": ["all", 0.15, 0.3],
  "dob-january-first": ["all", 0.03, 0.08],
  "dob-day-month-swapped": ["all", 0.02, 0.06],
  "dob-typo": ["all", 0.02, 0.06],
  "typo-insert": ["all", 0.01, 0.04],
  "typo-delete": ["all", 0.01, 0.04],
  "typo-substitute": ["all", 0.01, 0.04],
  "typo-transpose": ["all", 0.01, 0.04],
  "missing-given": ["all", 0.003, 0.02],
  "missing-family": ["all", 0.015, 0.06],
  "missing-dob": ["all", 0.015, 0.05],
  "missing-sex": ["all", 0.03, 0.07],
  "missing-nationality": ["all", 0.07, 0.13],
};

describe("corruptions on 10,000 records", () => {
  test.each(corruptionKinds.map((k) => [k]))(
    "%s occurs at a plausible rate, only where it can",
    (kind) => {
      const [where, low, high] = expectedRates[kind];
      const inScope = where === "all" ? records : records.filter((r) => where.includes(r.group));
      const tagged = records.filter((r) => r.corruptions.includes(kind));
      const rate = tagged.length / inScope.length;
      expect(rate, `${kind} rate ${rate.toFixed(4)}`).toBeGreaterThanOrEqual(low);
      expect(rate, `${kind} rate ${rate.toFixed(4)}`).toBeLessThanOrEqual(high);
      if (where !== "all") for (const r of tagged) expect(where).toContain(r.group);
    },
  );

  test("no record carries an undeclared tag, and a third or more are clean", () => {
    const known = new Set<string>(corruptionKinds);
    for (const r of records) for (const c of r.corruptions) expect(known.has(c), c).toBe(true);
    const clean = records.filter((r) => r.corruptions.length === 0).length / records.length;
    expect(clean).toBeGreaterThan(0.1);
    expect(clean).toBeLessThan(0.5);
  });

  test("tags describe the record: estimated ages, default dates, swaps, placeholders", () => {
    for (const r of records) {
      const { record, corruptions } = r;
      if (corruptions.includes("age-estimated")) {
        expect(record.dob).toBeUndefined();
        expect(record.age).toBeTypeOf("number");
        expect(record.ageEstimated).toBe(true);
        expect(record.recordedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (corruptions.includes("dob-january-first")) expect(record.dob).toMatch(/-01-01$/);
      if (corruptions.includes("missing-dob")) expect(record.dob ?? record.age).toBeUndefined();
      if (corruptions.includes("missing-sex")) expect(record.sex).toBeUndefined();
      const hasTypo = corruptions.some((c) => c.startsWith("typo-"));
      if (corruptions.includes("placeholder-name") && !hasTypo) {
        const name = [record.given, record.family, record.native].join(" ");
        expect(name).toMatch(/Baby|Infant|Ea ?noi|Enoy|ອີ່ນ້ອຍ/i);
      }
    }
  });

  test("a placeholder name is later replaced by the real name", () => {
    const placeholders = records.filter((r) => r.corruptions.includes("placeholder-name"));
    expect(placeholders.length).toBeGreaterThan(50);
    for (const p of placeholders) {
      const later = records.filter((r) => r.entity === p.entity && r !== p);
      if (later.length === 0) continue; // its other records fell beyond the 10,000 cut
      for (const r of later) {
        expect(r.corruptions).not.toContain("placeholder-name");
        expect((r.record.recordedOn ?? "") >= (p.record.recordedOn ?? "")).toBe(true);
      }
    }
  });

  test("day and month swaps keep impossible dates as written", () => {
    const swapped = records.filter((r) => r.corruptions.includes("dob-day-month-swapped"));
    expect(swapped.some((r) => Number(r.record.dob?.slice(5, 7)) > 12)).toBe(true);
  });

  test("the same phone is written differently across one person's records", () => {
    const phonesByEntity = new Map<string, Set<string>>();
    for (const r of records) {
      for (const p of r.record.phones ?? []) {
        const set = phonesByEntity.get(r.entity) ?? new Set();
        set.add(p);
        phonesByEntity.set(r.entity, set);
      }
    }
    const varied = [...phonesByEntity.values()].filter((s) => s.size > 1);
    expect(varied.length).toBeGreaterThan(100);
    const withPhone = records.filter((r) => r.record.phones).length / records.length;
    expect(withPhone).toBeGreaterThan(0.15);
    expect(withPhone).toBeLessThan(0.5);
  });
});
