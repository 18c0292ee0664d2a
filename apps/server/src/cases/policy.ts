import type { Actor } from "../platform/context.ts";

/*
 * Who may see and act on a case. Need to know: a caseworker sees the cases assigned to them or
 * that they registered; supervisors and investigators see their own organisation's cases;
 * administrators and analysts see no case at all (analysts work from aggregates).
 * WARNING: this decides who sees children's records. A change needs review by a second engineer
 * and the authorisation matrix updated in the same commit.
 */

/** The facts about a case the rules look at. */
export type CaseFacts = {
  organisationId: string;
  assignedUserId: string | null;
  createdBy: string | null;
  status: string;
  closureRequestedBy: string | null;
};

/** Scope of case lists: a query filter. */
export type CaseScope = { none: true } | { organisationId: string; userId?: string };

/** The cases the actor may list. */
export function visibleCases(actor: Actor): CaseScope {
  if (actor.kind !== "user") return { none: true };
  if (actor.role === "supervisor" || actor.role === "investigator")
    return { organisationId: actor.organisationId };
  if (actor.role === "caseworker")
    return { organisationId: actor.organisationId, userId: actor.userId };
  return { none: true };
}

/** Whether the actor sees this case at all (else: 404). */
export function canReadCase(actor: Actor, c: CaseFacts): boolean {
  const scope = visibleCases(actor);
  if ("none" in scope || scope.organisationId !== c.organisationId) return false;
  return !scope.userId || c.assignedUserId === scope.userId || c.createdBy === scope.userId;
}

/** Only caseworkers and supervisors register cases. */
export function canCreateCase(actor: Actor): boolean {
  return actor.kind === "user" && (actor.role === "caseworker" || actor.role === "supervisor");
}

/** The assigned caseworker and supervisors change an open case; nobody edits a closed one. */
export function canUpdateCase(actor: Actor, c: CaseFacts): boolean {
  if (actor.kind !== "user" || !canReadCase(actor, c) || c.status === "closed") return false;
  return actor.role === "supervisor" || actor.role === "caseworker";
}

/** Supervisors assign and hand over cases. */
export function canAssignCase(actor: Actor, c: CaseFacts): boolean {
  return actor.kind === "user" && actor.role === "supervisor" && canUpdateCase(actor, c);
}

/** The case's workers may ask to close it once it is not already waiting for approval. */
export function canRequestClosure(actor: Actor, c: CaseFacts): boolean {
  return canUpdateCase(actor, c) && c.status !== "closure_requested";
}

/** A supervisor approves a requested closure, and never their own request (four eyes). */
export function canApproveClosure(actor: Actor, c: CaseFacts): boolean {
  return (
    actor.kind === "user" &&
    actor.role === "supervisor" &&
    canReadCase(actor, c) &&
    c.status === "closure_requested" &&
    c.closureRequestedBy !== actor.userId
  );
}
