import { type Element, references } from "./elements.ts";

/**
 * One line of an explanation: a stable code for translation, the codes it is about, the legal
 * reference, and an English sentence (the interface translates by `code`).
 */
export type ExplanationLine = {
  code: string;
  element?: Element;
  codes?: string[];
  reference?: string;
  text: string;
};

const list = (codes: readonly string[]) => codes.map((c) => c.replace(/_/g, " ")).join(", ");

/** The lines that explain why each element is, or is not, established. */
export const explain = {
  established: (element: Element, codes: readonly string[]): ExplanationLine => ({
    code: `${element}.established`,
    element,
    codes: [...codes],
    reference: references.elements,
    text: `The ${element === "acts" ? "act" : element === "means" ? "means" : "purpose"} element is established: ${list(codes)}.`,
  }),
  absent: (element: Element): ExplanationLine => ({
    code: `${element}.absent`,
    element,
    reference: references.elements,
    text: `The ${element === "acts" ? "act" : element === "means" ? "means" : "purpose"} element was assessed and not found.`,
  }),
  unknown: (element: Element): ExplanationLine => ({
    code: `${element}.unknown`,
    element,
    reference: references.elements,
    text: `The ${element === "acts" ? "act" : element === "means" ? "means" : "purpose"} element has not been assessed yet.`,
  }),
  childNoMeans: (): ExplanationLine => ({
    code: "child.means_not_required",
    element: "means",
    reference: references.childRule,
    text: "The person is a child: act and purpose suffice, and no means is required.",
  }),
  agePresumed: (): ExplanationLine => ({
    code: "child.age_presumed",
    reference: references.agePresumption,
    text: "The age is unknown or disputed: the person is presumed to be a child until the age is assessed.",
  }),
  adultNeedsMeans: (): ExplanationLine => ({
    code: "adult.means_required",
    element: "means",
    reference: references.elements,
    text: "The person is an adult: an act, a means and a purpose are all required.",
  }),
  consentIrrelevant: (isChild: boolean): ExplanationLine => ({
    code: isChild ? "consent.irrelevant_child" : "consent.irrelevant_means",
    reference: isChild ? references.childRule : references.consent,
    text: isChild
      ? "The person said they agreed; a child's consent is never relevant."
      : "The person said they agreed; consent is irrelevant once a means was used.",
  }),
  purposeOnly: (): ExplanationLine => ({
    code: "purpose.intent_suffices",
    element: "purposes",
    reference: references.purposeOnly,
    text: "Exploitation has not happened yet; it need only be the purpose.",
  }),
  noMovement: (): ExplanationLine => ({
    code: "movement.not_required",
    reference: references.noMovement,
    text: "No border was crossed; movement across a border is not required.",
  }),
  nonPunishment: (): ExplanationLine => ({
    code: "non_punishment",
    reference: references.nonPunishment,
    text: "Non-punishment: the person should not be detained, charged or prosecuted for irregular entry or for unlawful acts that were a direct consequence of being trafficked.",
  }),
  protection: (): ExplanationLine => ({
    code: "protection.international",
    reference: references.protection,
    text: "Where national law differs, the person remains entitled to protection and assistance under the international standard.",
  }),
};
