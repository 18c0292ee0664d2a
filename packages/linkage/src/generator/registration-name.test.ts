import { describe, expect, it } from "vitest";
import { Random } from "./random.ts";
import { registrationName } from "./registration-name.ts";
import { groups } from "./types.ts";

const scriptOf: Record<string, RegExp> = {
  thai: /^[\u0E00-\u0E7F]+$/u,
  khmer: /^[\u1780-\u17FF]+$/u,
  lao: /^[\u0E80-\u0EFF]+$/u,
  burmese: /^[\u1000-\u109F]+$/u,
};

describe("registration names", () => {
  it("writes each tradition in its own script with a Latin spelling, family name where it has one", () => {
    const rng = new Random(11);
    for (const group of groups) {
      for (let i = 0; i < 200; i++) {
        const n = registrationName(rng, group, i % 2 ? "f" : "m");
        expect(n.givenName.trim()).toBe(n.givenName);
        expect(n.givenName.length).toBeGreaterThan(0);
        const script = scriptOf[group];
        if (script) {
          expect(n.givenName).toMatch(script);
          expect(n.givenNameLatin).toMatch(/^[A-Za-z' -]+$/);
        }
        if (group === "burmese") expect(n.familyName).toBeUndefined();
        if (group === "vietnamese" || group === "thai" || group === "khmer" || group === "lao")
          expect(n.familyNameLatin?.length).toBeGreaterThan(0);
        if (group === "malay") expect(n.givenName).toMatch(/ (bin|binti) /);
      }
    }
  });

  it("gives many different full names, with the common family names common", () => {
    const rng = new Random(5);
    const names = new Set<string>();
    let nguyen = 0;
    const count = 10_000;
    for (let i = 0; i < count; i++) {
      const n = registrationName(rng, "vietnamese", i % 2 ? "f" : "m");
      names.add(`${n.familyName} ${n.givenName}`);
      if (n.familyName === "Nguyễn") nguyen++;
    }
    expect(names.size).toBeGreaterThan(count / 3);
    // Nguyễn is about 39 % of the table's weight.
    expect(nguyen / count).toBeGreaterThan(0.3);
    expect(nguyen / count).toBeLessThan(0.48);
  });
});
