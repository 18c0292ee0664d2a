import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateElements } from "../evaluate.ts";
import { type EvaluateAnswersOptions, evaluateAnswers } from "./answers.ts";
import { findInstrument } from "./registry.ts";

const seed = 20261128;
// Printed so a failing property can be replayed with the same inputs.
console.log(`fast-check seed for screening answer properties: ${seed}`);

const instrument = findInstrument("2026-1")!;
const yesNo = instrument.questions.filter((q) => q.type === "yes_no_unknown").map((q) => q.id);
const purposeIds = yesNo.filter((id) => id.startsWith("purpose-"));

const arbAnswers = fc.dictionary(
  fc.constantFrom(...yesNo),
  fc.constantFrom("yes", "no", "unknown"),
);
const arbPerson: fc.Arbitrary<EvaluateAnswersOptions> = fc.record({
  age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  ageEstimated: fc.boolean(),
  ageDisputed: fc.boolean(),
});

function run(answers: Record<string, unknown>, person: EvaluateAnswersOptions) {
  const r = evaluateAnswers(instrument, answers, person);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("screening by answers: properties", () => {
  it("a further yes never takes a presumed victim's presumption away", () => {
    fc.assert(
      fc.property(arbAnswers, arbPerson, fc.constantFrom(...yesNo), (answers, person, extra) => {
        fc.pre(run(answers, person).determination === "presumed_victim");
        fc.pre(answers[extra] !== "yes");
        expect(run({ ...answers, [extra]: "yes" }, person).determination).toBe("presumed_victim");
      }),
      { seed },
    );
  });

  it("every purpose answered no never gives a presumed victim, whatever else is said", () => {
    fc.assert(
      fc.property(arbAnswers, arbPerson, (answers, person) => {
        const noPurpose = { ...answers, ...Object.fromEntries(purposeIds.map((id) => [id, "no"])) };
        expect(run(noPurpose, person).determination).not.toBe("presumed_victim");
      }),
      { seed },
    );
  });

  it("answers and elements share one engine: the same elements give the same determination", () => {
    fc.assert(
      fc.property(arbAnswers, arbPerson, (answers, person) => {
        const v = run(answers, person);
        expect(evaluateElements(v.elements, null).determination).toBe(v.determination);
      }),
      { seed },
    );
  });

  it("never throws on arbitrary input: it evaluates or names the refused fields", () => {
    fc.assert(
      fc.property(fc.anything(), (answers) => {
        const r = evaluateAnswers(instrument, answers, {
          age: 10,
          ageEstimated: false,
          ageDisputed: false,
        });
        if (!r.ok) for (const e of r.errors) expect(e.field).toMatch(/^answers/);
      }),
      { seed },
    );
  });
});
