import { describe, expect, test } from "vitest";
import { burmeseSyllables } from "./tables/burmese.ts";
import { filipinoFamily, filipinoGiven } from "./tables/filipino.ts";
import { indonesianFamily, indonesianGiven } from "./tables/indonesian.ts";
import { khmerFamily, khmerGiven } from "./tables/khmer.ts";
import { laoFamily, laoGiven } from "./tables/lao.ts";
import { malayGiven } from "./tables/malay.ts";
import type { NamePart } from "./tables/parts.ts";
import { thaiFamily, thaiGiven } from "./tables/thai.ts";
import { vietnameseFamily, vietnameseGiven } from "./tables/vietnamese.ts";

const tables: [string, NamePart[], NamePart[] | undefined][] = [
  ["vietnamese", vietnameseGiven, vietnameseFamily],
  ["thai", thaiGiven, thaiFamily],
  ["khmer", khmerGiven, khmerFamily],
  ["lao", laoGiven, laoFamily],
  ["burmese", burmeseSyllables, undefined],
  ["indonesian", indonesianGiven, indonesianFamily],
  ["malay", malayGiven, undefined],
  ["filipino", filipinoGiven, filipinoFamily],
];

describe("name tables", () => {
  test.each(tables)("%s has 30–80 given names and 20–50 family names", (_, given, family) => {
    expect(given.length).toBeGreaterThanOrEqual(30);
    expect(given.length).toBeLessThanOrEqual(80);
    if (family) {
      expect(family.length).toBeGreaterThanOrEqual(20);
      expect(family.length).toBeLessThanOrEqual(50);
    }
    expect(given.some((p) => p.sex === "f")).toBe(true);
    expect(given.some((p) => p.sex === "m")).toBe(true);
  });

  test.each(tables)("%s romanisations are plain Latin and listed once", (_, given, family) => {
    for (const part of [...given, ...(family ?? [])]) {
      expect(new Set(part.latin).size).toBe(part.latin.length);
      for (const latin of part.latin) expect(latin, part.native).toMatch(/^[A-Za-zĐđÀ-ỹ .'-]+$/u);
    }
  });

  test("Thai romanisation variants people use are there", () => {
    const pitsanu = thaiGiven.find((p) => p.native === "พิษณุ");
    expect(pitsanu?.latin).toEqual(expect.arrayContaining(["Pitsanu", "Pissanu", "Pisanu"]));
    const kyaw = burmeseSyllables.find((p) => p.native === "ကျော်");
    expect(kyaw?.latin).toEqual(expect.arrayContaining(["Kyaw", "Kyau"]));
  });
});
