import { describe, expect, it } from "vitest";
import { actCodes, meansCodes, purposeCodes } from "../elements.ts";
import { findInstrument, instruments, listInstrumentVersions } from "./registry.ts";
import { instrumentLanguages } from "./types.ts";

describe("the instrument as data", () => {
  it("lists its versions and finds each one, and nothing else", () => {
    expect(listInstrumentVersions()).toContain("2026-1");
    for (const v of listInstrumentVersions()) expect(findInstrument(v)?.version).toBe(v);
    expect(findInstrument("1999-1")).toBeNull();
    expect(findInstrument("__proto__")).toBeNull();
  });

  for (const instrument of Object.values(instruments)) {
    describe(`version ${instrument.version}`, () => {
      it("has every question in all nine languages, child and officer wording, with a review status", () => {
        const missing: string[] = [];
        for (const q of instrument.questions)
          for (const lang of instrumentLanguages) {
            const w = q.text[lang];
            if (!w?.child.trim()) missing.push(`${q.id} ${lang} child`);
            if (!w?.officer.trim()) missing.push(`${q.id} ${lang} officer`);
            expect(w?.review).toBe(lang === "en" ? "source" : "draft");
          }
        expect(missing).toEqual([]);
      });

      it("has section titles, choice labels and other-harm names in all nine languages", () => {
        const missing: string[] = [];
        for (const lang of instrumentLanguages) {
          for (const s of instrument.sections)
            if (!s.title[lang]?.text.trim()) missing.push(`section ${s.id} ${lang}`);
          for (const q of instrument.questions)
            for (const o of q.options ?? [])
              if (!o.label[lang]?.text.trim()) missing.push(`${q.id}.${o.code} ${lang}`);
          for (const h of instrument.otherHarms)
            if (!h.text[lang]?.text.trim()) missing.push(`harm ${h.code} ${lang}`);
        }
        expect(missing).toEqual([]);
        expect(instrument.review.en).toBe("source");
        expect(Object.values(instrument.review).filter((r) => r === "draft")).toHaveLength(8);
      });

      it("has unique ids, a known section and a reference for every question", () => {
        const ids = instrument.questions.map((q) => q.id);
        expect(new Set(ids).size).toBe(ids.length);
        const sections = new Set(instrument.sections.map((s) => s.id));
        for (const q of instrument.questions) {
          expect(sections.has(q.section), q.id).toBe(true);
          expect(q.reference.length, q.id).toBeGreaterThan(0);
          if (q.type === "choice") expect(q.options?.length, q.id).toBeGreaterThan(1);
        }
      });

      it("asks about every act, means and purpose of the element-level contract", () => {
        const evidenced = (element: string) =>
          instrument.questions.flatMap((q) =>
            q.evidences.flatMap((e) =>
              e.kind === "element" && e.element === element ? [e.code] : [],
            ),
          );
        expect(new Set(evidenced("acts"))).toEqual(new Set(actCodes));
        expect(new Set(evidenced("means"))).toEqual(new Set(meansCodes));
        expect(new Set(evidenced("purposes"))).toEqual(new Set(purposeCodes));
      });

      it("has indicator questions in every category of the reference list", () => {
        const categories = new Set(
          instrument.questions.flatMap((q) =>
            q.evidences.flatMap((e) => (e.kind === "indicator" ? [e.category] : [])),
          ),
        );
        for (const c of [
          "general",
          "children",
          "sexual_exploitation",
          "labour_exploitation",
          "domestic_servitude",
          "begging_and_petty_crime",
          "online_exploitation",
        ])
          expect(categories.has(c as never), c).toBe(true);
      });
    });
  }
});
