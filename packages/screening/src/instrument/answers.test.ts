import { describe, expect, it } from "vitest";
import type { Determination, Element } from "../elements.ts";
import { type AnswerEvaluation, type EvaluateAnswersOptions, evaluateAnswers } from "./answers.ts";
import { findInstrument } from "./registry.ts";
import { proposeServices } from "./services.ts";

const instrument = findInstrument("2026-1")!;
const child: EvaluateAnswersOptions = { age: 15, ageEstimated: false, ageDisputed: false };
const adult: EvaluateAnswersOptions = { age: 25, ageEstimated: false, ageDisputed: false };
const allNo = (prefix: string) =>
  Object.fromEntries(
    instrument.questions.filter((q) => q.id.startsWith(prefix)).map((q) => [q.id, "no"]),
  );

function evaluate(answers: Record<string, unknown>, options: EvaluateAnswersOptions) {
  const r = evaluateAnswers(instrument, answers, options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const codes = (v: AnswerEvaluation) => v.explanation.map((l) => l.code);

describe("answers map to elements", () => {
  it("a yes establishes the code, and the explanation names the answer and the reference", () => {
    const v = evaluate({ "act-recruitment": "yes", "purpose-sexual-exploitation": "yes" }, child);
    expect(v.elements).toMatchObject({
      acts: ["recruitment"],
      means: [],
      purposes: ["sexual_exploitation"],
      unknown: ["means"],
    });
    const act = v.explanation.find((l) => l.code === "acts.established");
    expect(act).toMatchObject({
      questionIds: ["act-recruitment"],
      reference: "Palermo Protocol Art. 3(a); ACTIP Art. 2(a)",
    });
    expect(act?.text).toContain("act-recruitment");
    expect(v.established).toEqual([
      { element: "acts", code: "recruitment", questionIds: ["act-recruitment"] },
      {
        element: "purposes",
        code: "sexual_exploitation",
        questionIds: ["purpose-sexual-exploitation"],
      },
    ]);
  });

  it("an element is absent only when every question of it was answered no", () => {
    const some = evaluate({ "means-threat": "no" }, adult);
    expect(some.elements.unknown).toContain("means");
    const all = evaluate(allNo("means-"), adult);
    expect(all.elements.unknown).not.toContain("means");
    const unsure = evaluate({ ...allNo("means-"), "means-force": "unknown" }, adult);
    expect(unsure.elements.unknown).toContain("means");
  });

  it("an indicator never establishes an element but keeps it open", () => {
    const v = evaluate({ ...allNo("means-"), "ind-gen-09": "yes" }, adult);
    expect(v.elements.means).toEqual([]);
    expect(v.elements.unknown).toContain("means");
    expect(v.indicators).toEqual([
      expect.objectContaining({ id: "GEN-09", category: "general", questionIds: ["ind-gen-09"] }),
    ]);
    expect(codes(v)).toContain("indicators.found");
  });

  it("numbers and choices give indicators by their value", () => {
    const v = evaluate({ "ctx-hours-per-day": 14, "ctx-first-contact": "online" }, adult);
    expect(v.indicators.map((i) => i.id).sort()).toEqual(["LAB-05", "ONL-01"]);
    const w = evaluate({ "ctx-hours-per-day": 8, "ctx-first-contact": "family_or_friend" }, adult);
    expect(w.indicators).toEqual([]);
  });

  it("circumstances set consent, exploitation and movement, which only change the explanation", () => {
    const v = evaluate(
      {
        "act-recruitment": "yes",
        "means-deception": "yes",
        "purpose-forced-labour": "yes",
        "ctx-consented": "yes",
        "ctx-exploitation-occurred": "no",
        "ctx-border-crossed": "yes",
      },
      adult,
    );
    expect(v.elements).toMatchObject({
      consented: true,
      exploitationOccurred: false,
      borderCrossed: true,
    });
    expect(v.determination).toBe("presumed_victim");
    expect(codes(v)).toEqual(
      expect.arrayContaining(["consent.irrelevant_means", "purpose.intent_suffices"]),
    );
  });
});

describe("bad answers are refused with the field named", () => {
  const errorsOf = (answers: unknown, options: EvaluateAnswersOptions = child) => {
    const r = evaluateAnswers(instrument, answers, options);
    return r.ok ? [] : r.errors;
  };

  it("an unknown question id", () => {
    expect(errorsOf({ "act-teleportation": "yes" })).toEqual([
      { field: "answers.act-teleportation", message: expect.stringContaining("No question") },
    ]);
  });

  it("answers of the wrong type", () => {
    const fields = errorsOf({
      "act-recruitment": true,
      "ctx-hours-per-day": 30,
      "ctx-arrival-date": "2026-02-30",
      "ctx-first-contact": "pigeon",
      "ctx-work-description": 7,
    }).map((e) => e.field);
    expect(fields.sort()).toEqual([
      "answers.act-recruitment",
      "answers.ctx-arrival-date",
      "answers.ctx-first-contact",
      "answers.ctx-hours-per-day",
      "answers.ctx-work-description",
    ]);
    expect(errorsOf([])).toEqual([{ field: "answers", message: expect.any(String) }]);
    expect(errorsOf({ constructor: "yes" })[0]?.field).toBe("answers.constructor");
  });

  it("an age that contradicts the date of birth, and a date of birth without today", () => {
    const today = "2026-11-28";
    expect(errorsOf({}, { ...child, dateOfBirth: "2005-01-01", today })).toEqual([
      { field: "age", message: expect.stringContaining("contradicts the date of birth (21") },
    ]);
    expect(errorsOf({}, { ...child, dateOfBirth: "2011-01-01", today })).toEqual([]);
    expect(
      errorsOf({}, { ...child, ageEstimated: true, dateOfBirth: "2010-06-01", today }),
    ).toEqual([]);
    expect(errorsOf({}, { ...child, dateOfBirth: "2011-01-01" })[0]?.field).toBe("today");
    expect(errorsOf({}, { ...child, dateOfBirth: "2031-01-01", today })[0]?.field).toBe(
      "dateOfBirth",
    );
    expect(errorsOf({}, { ...child, age: 15.5 })[0]?.field).toBe("age");
  });

  it("the age from a date of birth decides who is a child", () => {
    const r = evaluateAnswers(
      instrument,
      { "act-recruitment": "yes", "purpose-forced-begging": "yes" },
      {
        age: null,
        ageEstimated: false,
        ageDisputed: false,
        dateOfBirth: "2012-03-04",
        today: "2026-11-28",
      },
    );
    expect(r.ok && r.value.elements.age).toBe(14);
    expect(r.ok && r.value.determination).toBe("presumed_victim");
  });

  it("an age at the time of the act above the person's age", () => {
    expect(errorsOf({ "ctx-age-at-act": 20 }, child)).toEqual([
      { field: "answers.ctx-age-at-act", message: expect.stringContaining("above") },
    ]);
  });

  it("an unknown national profile", () => {
    expect(errorsOf({}, { ...child, profile: "ZZ" })[0]?.field).toBe("profile");
  });
});

type Scenario = {
  name: string;
  answers: Record<string, unknown>;
  options: EvaluateAnswersOptions;
  determination: Determination;
  missing?: Element[];
  explains?: string[];
  indicators?: string[];
  harms?: string[];
  national?: Determination;
};

const scenarios: Scenario[] = [
  {
    name: "child recruited for sexual exploitation, no means asked",
    answers: { "act-recruitment": "yes", "purpose-sexual-exploitation": "yes" },
    options: child,
    determination: "presumed_victim",
    explains: ["child.means_not_required", "non_punishment"],
  },
  {
    name: "adult deceived into consent",
    answers: {
      "act-recruitment": "yes",
      "means-deception": "yes",
      "purpose-forced-labour": "yes",
      "ctx-consented": "yes",
    },
    options: adult,
    determination: "presumed_victim",
    explains: ["consent.irrelevant_means"],
  },
  {
    name: "adult with act and purpose, every means answered no",
    answers: { "act-recruitment": "yes", "purpose-forced-labour": "yes", ...allNo("means-") },
    options: adult,
    determination: "no_indication",
  },
  {
    name: "adult with act and purpose, means not yet asked",
    answers: { "act-recruitment": "yes", "purpose-forced-labour": "yes" },
    options: adult,
    determination: "possible_victim",
    missing: ["means"],
  },
  {
    name: "age unknown: presumed a child",
    answers: { "act-harbouring": "yes", "purpose-servitude": "yes", "ind-dom-06": "yes" },
    options: { age: null, ageEstimated: false, ageDisputed: false },
    determination: "presumed_victim",
    explains: ["child.age_presumed"],
    indicators: ["DOM-06"],
  },
  {
    name: "online abuse at home without movement",
    answers: {
      "act-harbouring": "yes",
      "purpose-abuse-material": "yes",
      "ind-onl-03": "yes",
      "ind-onl-10": "yes",
      "ctx-border-crossed": "no",
    },
    options: { age: 11, ageEstimated: true, ageDisputed: false },
    determination: "presumed_victim",
    explains: ["movement.not_required"],
    indicators: ["ONL-03", "ONL-10"],
    harms: ["sexual_abuse"],
  },
  {
    name: "scam compound forced criminality, national profile omitting it",
    answers: {
      "act-recruitment": "yes",
      "act-transportation": "yes",
      "purpose-forced-criminality": "yes",
      "ind-scm-04": "yes",
      "ind-scm-07": "yes",
    },
    options: { ...child, age: 16, profile: "TH" },
    determination: "presumed_victim",
    explains: ["protection.international"],
    indicators: ["SCM-04", "SCM-07"],
    national: "no_indication",
  },
  {
    name: "smuggling without exploitation",
    answers: { "act-transportation": "yes", "harm-paid-crossing": "yes", ...allNo("purpose-") },
    options: { age: 30, ageEstimated: false, ageDisputed: false },
    determination: "no_indication",
    harms: ["smuggling_without_exploitation"],
  },
  {
    name: "smuggled, then exploited: trafficking, not smuggling",
    answers: {
      "act-transportation": "yes",
      "harm-paid-crossing": "yes",
      "purpose-forced-labour": "yes",
      "means-coercion": "yes",
    },
    options: { age: 30, ageEstimated: false, ageDisputed: false },
    determination: "presumed_victim",
    harms: [],
  },
  {
    name: "child labour without trafficking elements",
    answers: { "harm-child-work": "yes", "ind-chi-08": "yes" },
    options: { age: 13, ageEstimated: false, ageDisputed: false },
    determination: "no_indication",
    harms: ["child_labour"],
    indicators: ["CHI-08"],
  },
  {
    name: "adult work is not child labour",
    answers: { "harm-child-work": "yes" },
    options: adult,
    determination: "no_indication",
    harms: [],
  },
  {
    name: "disputed adult age: presumed a child, act and purpose suffice",
    answers: { "act-receipt": "yes", "purpose-forced-marriage": "yes" },
    options: { age: 19, ageEstimated: true, ageDisputed: true },
    determination: "presumed_victim",
    explains: ["child.age_presumed"],
  },
  {
    name: "an adult now who was a child when recruited: the child rule applies",
    answers: { "act-recruitment": "yes", "purpose-forced-labour": "yes", "ctx-age-at-act": 16 },
    options: { age: 19, ageEstimated: false, ageDisputed: false },
    determination: "presumed_victim",
    explains: ["child.at_time_of_act", "child.means_not_required"],
  },
  {
    name: "an adult at the time of the act stays an adult: means are required",
    answers: { "act-recruitment": "yes", "purpose-forced-labour": "yes", "ctx-age-at-act": 18 },
    options: { age: 19, ageEstimated: false, ageDisputed: false },
    determination: "possible_victim",
    missing: ["means"],
  },
  {
    name: "intent without exploitation yet",
    answers: {
      "act-recruitment": "yes",
      "purpose-sexual-exploitation": "yes",
      "ctx-exploitation-occurred": "no",
    },
    options: child,
    determination: "presumed_victim",
    explains: ["purpose.intent_suffices"],
  },
];

describe("scenarios through answers", () => {
  for (const s of scenarios)
    it(s.name, () => {
      const v = evaluate(s.answers, s.options);
      expect(v.determination).toBe(s.determination);
      if (s.missing) expect(v.missingElements).toEqual(s.missing);
      if (s.explains) expect(codes(v)).toEqual(expect.arrayContaining(s.explains));
      if (s.indicators) expect(v.indicators.map((i) => i.id).sort()).toEqual(s.indicators);
      if (s.harms) expect(v.otherHarms.map((h) => h.code)).toEqual(s.harms);
      if (s.national) expect(v.national?.determination).toBe(s.national);
      for (const line of v.explanation) expect(line.reference ?? "").not.toBe("");
    });
});

describe("services proposed", () => {
  it("propose the package for a victim, return for a foreign child, nothing for no indication", () => {
    const base = { purposes: ["abuse_material"] as const, isChild: true, isForeign: true };
    const keys = proposeServices({ ...base, determination: "presumed_victim" }).map(
      (s) => `${s.service}:${s.reason}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "MSP03:safe_care",
        "MSP04:psychosocial",
        "MSP06:legal_aid",
        "MSP07:material_removal",
        "MSP01:repatriation",
      ]),
    );
    expect(
      proposeServices({ ...base, isForeign: false, determination: "possible_victim" }).map(
        (s) => s.reason,
      ),
    ).not.toContain("repatriation");
    expect(proposeServices({ ...base, determination: "no_indication" })).toEqual([]);
  });
});
