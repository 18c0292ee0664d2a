import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { civilFromDays, daysFromCivil, formatIsoDay, parseIsoDay } from "./dates.ts";
import { generatePersons } from "./generator.ts";
import type { Group } from "./types.ts";

const records = generatePersons({ seed: 21, persons: 5000, today: "2025-06-30" });

/** Unicode blocks of each native script (Myanmar with its Zawgyi-only code points). */
const blocks: Partial<Record<Group, RegExp>> = {
  thai: /^[\u0e00-\u0e7f .]+$/,
  lao: /^[\u0e80-\u0eff ]+$/,
  khmer: /^[\u1780-\u17ff ]+$/,
  burmese: /^[\u1000-\u109f ]+$/,
};
const romanised = /^[A-Za-z .'-]+$/;

describe("scripts", () => {
  test.each(Object.entries(blocks))("%s native names are in their own script", (group, block) => {
    const ofGroup = records.filter((r) => r.group === group);
    const native = ofGroup.filter((r) => r.record.native !== undefined);
    expect(native.length / ofGroup.length).toBeGreaterThan(0.4);
    for (const r of native) expect(r.record.native).toMatch(block);
    // Name fields are either wholly in the script or wholly romanised, never mixed.
    for (const r of ofGroup) {
      for (const field of [r.record.given, r.record.family]) {
        if (field === undefined) continue;
        expect(block.test(field) || romanised.test(field), `${group}: ${field}`).toBe(true);
      }
    }
  });

  test("a person's records switch between native script and romanisation", () => {
    const entities = new Map<string, Set<boolean>>();
    for (const r of records.filter((x) => x.group === "khmer")) {
      const isNativeOnly = r.record.native !== undefined && !romanised.test(r.record.given ?? "");
      entities.set(r.entity, (entities.get(r.entity) ?? new Set()).add(isNativeOnly));
    }
    expect([...entities.values()].filter((s) => s.size === 2).length).toBeGreaterThan(50);
  });

  test("Vietnamese keeps its diacritics unless they were dropped, and đ is handled", () => {
    const vietnamese = records.filter((r) => r.group === "vietnamese" && r.record.family);
    const dropped = vietnamese.filter((r) => r.corruptions.includes("diacritics-dropped"));
    for (const r of dropped)
      expect(`${r.record.given} ${r.record.family}`).toMatch(/^[A-Za-zĐđ .-]+$/);
    const kept = vietnamese.filter((r) => !r.corruptions.includes("diacritics-dropped"));
    const marked = kept.filter((r) => /[^\p{ASCII}]/u.test(`${r.record.given} ${r.record.family}`));
    expect(marked.length / kept.length).toBeGreaterThan(0.8);
    expect(dropped.some((r) => /Đ|đ/.test(`${r.record.given} ${r.record.family}`))).toBe(true);
  });

  test("Vietnamese family names are skewed: Nguyễn about 39 %", () => {
    const families = records
      .filter((r) => r.group === "vietnamese" && !r.corruptions.includes("order-swapped"))
      .map((r) => r.record.family)
      .filter((f): f is string => f !== undefined);
    const share = (name: RegExp) => families.filter((f) => name.test(f)).length / families.length;
    expect(share(/^Nguy[eễ]n$/)).toBeGreaterThan(0.32);
    expect(share(/^Nguy[eễ]n$/)).toBeLessThan(0.46);
    expect(share(/^Tr[aầ]n$/)).toBeGreaterThan(0.06);
    expect(share(/^Tr[aầ]n$/)).toBeLessThan(0.16);
  });

  test("Malay names carry bin or binti by sex when written in full", () => {
    for (const r of records.filter((x) => x.group === "malay")) {
      const name = `${r.record.given} ${r.record.family}`;
      if (/ binti /.test(name)) expect(r.record.sex ?? "f").toMatch(/^f/i);
      if (/ bin /.test(name)) expect(r.record.sex ?? "m").toMatch(/^m/i);
    }
  });
});

describe("dates", () => {
  test("property: day numbers and civil dates convert both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (days) => {
        const [y, m, d] = civilFromDays(days);
        expect(daysFromCivil(y, m, d)).toBe(days);
        expect(parseIsoDay(formatIsoDay(days))).toBe(days);
      }),
    );
  });

  test("known dates", () => {
    expect(parseIsoDay("1970-01-01")).toBe(0);
    expect(formatIsoDay(parseIsoDay("2024-02-29") + 1)).toBe("2024-03-01");
  });
});
