import type { Determination, Element, ElementInput } from "./elements.ts";
import { type ExplanationLine, explain } from "./explanation.ts";
import { evaluateNational, type NationalResult } from "./national.ts";
import type { NationalProfile } from "./profiles.ts";
import { determine, isChildFor } from "./rules.ts";

/** The result of one evaluation. */
export type Evaluation = {
  id: string;
  determination: Determination;
  missingElements: Element[];
  national: NationalResult | null;
  explanation: ExplanationLine[];
};

function explainElements(input: ElementInput, isChild: boolean): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  for (const element of ["acts", "means", "purposes"] as Element[]) {
    const codes = input[element];
    if (codes.length) lines.push(explain.established(element, codes));
    else if (element === "means" && isChild) lines.push(explain.childNoMeans());
    else
      lines.push(
        input.unknown.includes(element) ? explain.unknown(element) : explain.absent(element),
      );
  }
  if (input.age === null || input.ageDisputed) lines.push(explain.agePresumed());
  if (!isChild) lines.push(explain.adultNeedsMeans());
  return lines;
}

/**
 * Evaluates one person's elements against the international definition and, when a profile is
 * given, national law too. Consent, whether exploitation has happened and whether a border was
 * crossed never change the international determination: they only add to the explanation.
 */
export function evaluateElements(input: ElementInput, profile: NationalProfile | null): Evaluation {
  const isChild = isChildFor(input);
  const established = { acts: input.acts, means: input.means, purposes: input.purposes };
  const { determination, missingElements } = determine({ isChild, established }, input.unknown);
  const explanation = explainElements(input, isChild);
  const indicates = determination !== "no_indication";
  if (input.consented && (isChild || input.means.length > 0))
    explanation.push(explain.consentIrrelevant(isChild));
  if (indicates && !input.exploitationOccurred && input.purposes.length > 0)
    explanation.push(explain.purposeOnly());
  if (indicates && !input.borderCrossed) explanation.push(explain.noMovement());
  if (indicates) explanation.push(explain.nonPunishment());
  const national = profile ? evaluateNational(input, profile) : null;
  if (national && national.determination !== determination) explanation.push(explain.protection());
  return { id: input.id, determination, missingElements, national, explanation };
}
