import type { Determination, Element, ElementInput } from "./elements.ts";

/** The rules an evaluation applies: the international standard, or a national profile's. */
export type Rules = {
  isChild: boolean;
  established: Record<Element, readonly string[]>;
};

/** Whether the person counts as a child: under 18, or of unknown or disputed age (presumed a child). */
export function isChildFor(
  input: Pick<ElementInput, "age" | "ageDisputed">,
  ageLimit = 18,
): boolean {
  return input.age === null || input.ageDisputed || input.age < ageLimit;
}

/**
 * The determination under a set of rules. Required: act and purpose, and means unless the
 * person is a child. All required established → presumed victim. Otherwise, if something is
 * established and every missing required element is still unassessed → possible victim, naming
 * them. Otherwise (a required element assessed and absent, or nothing established) → no indication.
 */
export function determine(
  rules: Rules,
  unknown: readonly Element[],
): { determination: Determination; missingElements: Element[] } {
  const required: Element[] = rules.isChild ? ["acts", "purposes"] : ["acts", "means", "purposes"];
  const missing = required.filter((e) => rules.established[e].length === 0);
  if (missing.length === 0) return { determination: "presumed_victim", missingElements: [] };
  const anyEstablished = (["acts", "means", "purposes"] as Element[]).some(
    (e) => rules.established[e].length > 0,
  );
  if (anyEstablished && missing.every((e) => unknown.includes(e))) {
    return { determination: "possible_victim", missingElements: missing };
  }
  return { determination: "no_indication", missingElements: [] };
}
