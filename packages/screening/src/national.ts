import type { Determination, Element, ElementInput } from "./elements.ts";
import type { NationalProfile } from "./profiles.ts";
import { determine, isChildFor } from "./rules.ts";

/** A difference between the national and the international test, and why. */
export type Difference = { code: string; text: string };

/** The determination under national law, beside the international one. */
export type NationalResult = {
  country: string;
  status: NationalProfile["status"];
  legalText: string | null;
  note: string;
  determination: Determination;
  missingElements: Element[];
  differences: Difference[];
  nonPunishment: NationalProfile["nonPunishment"];
};

/** Applies a national profile's rules to the same elements. */
export function evaluateNational(input: ElementInput, p: NationalProfile): NationalResult {
  const differences: Difference[] = [];
  const isChildHere = isChildFor(input, p.childAgeLimit);
  const isChildInternational = isChildFor(input);
  if (isChildInternational && !isChildHere) {
    differences.push({
      code: "child_age_limit",
      text: `National law treats only persons under ${p.childAgeLimit} as children, so means are required.`,
    });
  }
  const meansExempt = isChildHere && !p.childMeansRequired;
  if (isChildHere && p.childMeansRequired)
    differences.push({
      code: "child_means_required",
      text: "National law requires a means even for a child.",
    });
  const purposes =
    p.purposesCovered === "all"
      ? input.purposes
      : input.purposes.filter((x) => (p.purposesCovered as string[]).includes(x));
  if (purposes.length < input.purposes.length) {
    const left = input.purposes.filter((x) => !purposes.includes(x));
    differences.push({
      code: "purpose_not_covered",
      text: `National law does not cover: ${left.join(", ").replace(/_/g, " ")}.`,
    });
  }
  let acts: readonly string[] = input.acts;
  if (p.movementRequired && !input.borderCrossed) {
    acts = [];
    differences.push({
      code: "movement_required",
      text: "National law requires movement across a border.",
    });
  }
  let means: readonly string[] = input.means;
  if (p.consentDefence && input.consented) {
    means = [];
    differences.push({
      code: "consent_defence",
      text: "National law lets consent defeat the charge, against Palermo Art. 3(b) and ACTIP Art. 2(b).",
    });
  }
  // A rule that removes an element nationally is an assessed absence, not an open question.
  const unknown = input.unknown.filter(
    (e) =>
      !(e === "acts" && acts.length === 0 && input.acts.length > 0) &&
      !(e === "purposes" && purposes.length === 0 && input.purposes.length > 0),
  );
  const { determination, missingElements } = determine(
    { isChild: meansExempt, established: { acts, means, purposes } },
    unknown,
  );
  return {
    country: p.country,
    status: p.status,
    legalText: p.legalText,
    note: p.note,
    determination,
    missingElements,
    differences,
    nonPunishment: p.nonPunishment,
  };
}
