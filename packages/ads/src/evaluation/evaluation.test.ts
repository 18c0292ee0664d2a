import { describe, expect, it } from "vitest";
import { labelledAdverts } from "./labelled-set.ts";
import { formatMeasures, measureScreening } from "./measure.ts";

/*
 * Precision and recall on the held-out half of the labelled set (issue 7: ≥ 0.85 and ≥ 0.80
 * overall, reported per language). The set was written and committed before any tuning; only the
 * tuning half was looked at while the lexicons were extended.
 */
describe("screening on the held-out half of the labelled set", () => {
  const heldOut = labelledAdverts.filter((advert) => advert.split === "held-out");
  const { measures } = measureScreening(heldOut);
  const overall = measures.find((m) => m.lang === "all")!;

  it("is measured on at least 150 adverts in at least 6 languages, half of them legitimate", () => {
    expect(labelledAdverts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labelledAdverts.map((a) => a.lang)).size).toBeGreaterThanOrEqual(6);
    const legitimate = labelledAdverts.filter((a) => a.label === "legitimate").length;
    expect(legitimate * 2).toBe(labelledAdverts.length);
    expect(heldOut.length * 2).toBeGreaterThanOrEqual(labelledAdverts.length - 10);
  });

  it("has precision ≥ 0.85 and recall ≥ 0.80 overall (printed per language)", () => {
    console.log(`held-out half, per language and overall:\n${formatMeasures(measures)}`);
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("splits the same way every time, balanced per language and label", () => {
    const again = labelledAdverts.filter((a) => a.split === "held-out").map((a) => a.id);
    expect(again).toEqual(heldOut.map((a) => a.id));
    for (const lang of new Set(labelledAdverts.map((a) => a.lang))) {
      const of = labelledAdverts.filter((a) => a.lang === lang && a.label === "suspect");
      const held = of.filter((a) => a.split === "held-out").length;
      expect(Math.abs(of.length - 2 * held)).toBeLessThanOrEqual(1);
    }
  });
});
