import { canCreateCase, visibleCases } from "../cases/index.ts";
import type { Actor } from "../platform/context.ts";

/*
 * Who reviews possible duplicates and merges person records. Reviewing shows two children's
 * records side by side, so it is open to those who register children (caseworkers and
 * supervisors), over the persons with a case they may read (cases/policy.ts visibleCases): a
 * pair shows only when both sides are visible. "Unsure" pairs, reopening and merging belong to
 * supervisors: they see the whole organisation, and a merge changes how every colleague sees
 * the child.
 * WARNING: a change here decides who sees and joins children's records. It needs a second
 * reviewer and test/person-review-authorization-matrix.test.ts changed in the same commit.
 */

/** The organisation whose pairs the actor reviews, or null when they review none. */
export function reviewOrganisationOf(actor: Actor): string | null {
  const scope = visibleCases(actor);
  if (!canCreateCase(actor) || "none" in scope) return null;
  return scope.organisationId;
}

function isSupervisor(actor: Actor): boolean {
  return actor.kind === "user" && actor.role === "supervisor";
}

/** Open pairs are decided by any reviewer; unsure ones only by a supervisor. */
export function canDecidePair(actor: Actor, status: string): boolean {
  if (status === "open") return reviewOrganisationOf(actor) !== null;
  return status === "unsure" && isSupervisor(actor);
}

/** Taking a decision back is a supervisor's explicit act. */
export function canReopenPair(actor: Actor, status: string): boolean {
  return isSupervisor(actor) && (status === "match" || status === "not_match");
}

/** Merging and unmerging person records: supervisors of the records' organisation. */
export function canMergePersons(actor: Actor): boolean {
  return isSupervisor(actor);
}
