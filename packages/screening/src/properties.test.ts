import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actCodes, type Element, type ElementInput, meansCodes, purposeCodes } from "./elements.ts";
import { evaluateElements } from "./evaluate.ts";

const seed = 20261128;
// Printed so a failing property can be replayed with the same inputs.
console.log(`fast-check seed for screening properties: ${seed}`);

const arbInput: fc.Arbitrary<ElementInput> = fc.record({
  id: fc.constant("p"),
  age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  ageEstimated: fc.boolean(),
  ageDisputed: fc.boolean(),
  acts: fc.subarray([...actCodes]),
  means: fc.subarray([...meansCodes]),
  purposes: fc.subarray([...purposeCodes]),
  unknown: fc.subarray<Element>(["acts", "means", "purposes"]),
  consented: fc.boolean(),
  exploitationOccurred: fc.boolean(),
  borderCrossed: fc.boolean(),
  profile: fc.constant(null),
});

const isChild = (i: ElementInput) => i.age === null || i.ageDisputed || i.age < 18;

describe("screening properties", () => {
  it("a child never needs means: act and purpose suffice, whatever is said of means", () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        fc.pre(isChild(i) && i.acts.length > 0 && i.purposes.length > 0);
        expect(evaluateElements({ ...i, means: [] }, null).determination).toBe("presumed_victim");
        expect(evaluateElements({ ...i, means: [], unknown: [] }, null).determination).toBe(
          "presumed_victim",
        );
      }),
      { seed },
    );
  });

  it("adding a means never turns a presumed victim into a non-victim", () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...meansCodes), (i, m) => {
        fc.pre(evaluateElements(i, null).determination === "presumed_victim");
        expect(
          evaluateElements({ ...i, means: [...new Set([...i.means, m])] }, null).determination,
        ).toBe("presumed_victim");
      }),
      { seed },
    );
  });

  it("removing the purpose always removes the presumption", () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        expect(evaluateElements({ ...i, purposes: [] }, null).determination).not.toBe(
          "presumed_victim",
        );
      }),
      { seed },
    );
  });

  it("consent, whether exploitation happened and whether a border was crossed never change the determination", () => {
    fc.assert(
      fc.property(arbInput, fc.boolean(), fc.boolean(), fc.boolean(), (i, c, e, b) => {
        const changed = { ...i, consented: c, exploitationOccurred: e, borderCrossed: b };
        expect(evaluateElements(changed, null).determination).toBe(
          evaluateElements(i, null).determination,
        );
      }),
      { seed },
    );
  });

  it("a possible victim always names what is missing, and only unassessed elements", () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const r = evaluateElements(i, null);
        if (r.determination === "possible_victim") {
          expect(r.missingElements.length).toBeGreaterThan(0);
          for (const e of r.missingElements) expect(i.unknown).toContain(e);
        } else {
          expect(r.missingElements).toEqual([]);
        }
      }),
      { seed },
    );
  });
});
