import { canReadCase } from "../cases/index.ts";
import type { Actor } from "../platform/context.ts";

/** The facts about a case the case policy looks at. */
export type CaseFacts = Parameters<typeof canReadCase>[1];

/*
 * Who may see and record a case's identifiers, and who may ask other agencies about one.
 * Identifiers follow their case: whoever may open the case sees them (404 otherwise). Caseworkers,
 * supervisors and investigators record them on an open case (investigators record suspects'
 * accounts without running the case). Removing one is for its author or a supervisor.
 * Asking other agencies is for the same three roles; the answer never carries another agency's
 * data, only its contact.
 * WARNING: this decides who sees identifiers that lead to children and who may probe other
 * agencies. A change needs review by a second engineer and the selector authorisation matrix
 * (apps/server/test/selector-authorization-matrix.test.ts) updated in the same commit.
 */

const recordingRoles = new Set(["caseworker", "supervisor", "investigator"]);

/** Whether the actor sees the case's identifiers at all (else: 404). */
export function canReadSelectors(actor: Actor, c: CaseFacts): boolean {
  return canReadCase(actor, c);
}

/** Whether the actor may add an identifier to the case (seen but not allowed: 403). */
export function canAddSelector(actor: Actor, c: CaseFacts): boolean {
  return (
    actor.kind === "user" &&
    recordingRoles.has(actor.role) &&
    canReadCase(actor, c) &&
    c.status !== "closed"
  );
}

/** Whether the actor may remove this identifier: its author or a supervisor, on an open case. */
export function canRemoveSelector(actor: Actor, c: CaseFacts, createdBy: string | null): boolean {
  if (!canAddSelector(actor, c) || actor.kind !== "user") return false;
  return actor.role === "supervisor" || createdBy === actor.userId;
}

/** Whether the actor may ask other agencies whether they hold an identifier. */
export function canQueryOtherAgencies(actor: Actor): boolean {
  return actor.kind === "user" && recordingRoles.has(actor.role);
}

/**
 * Whether the actor may read a hit/no-hit query: the asker, the asking organisation's
 * supervisors, and the supervisors of an agency that held a match (they were notified).
 */
export function canReadHitQuery(
  actor: Actor,
  q: { userId: string; organisationId: string; hitOrganisationIds: string[] },
): boolean {
  if (actor.kind !== "user") return false;
  if (actor.userId === q.userId) return true;
  if (actor.role !== "supervisor") return false;
  return (
    actor.organisationId === q.organisationId || q.hitOrganisationIds.includes(actor.organisationId)
  );
}

/**
 * Who keeps the exclusion list: node administrators the node-wide entries; an organisation's
 * supervisors and administrator its own. An entry only ever stops links, never reveals records.
 */
export function canManageExclusion(actor: Actor, organisationId: string | null): boolean {
  if (actor.kind !== "user") return false;
  if (organisationId === null) return actor.role === "node_admin";
  return (
    actor.organisationId === organisationId &&
    (actor.role === "supervisor" || actor.role === "org_admin")
  );
}

/** Whether the actor sees the exclusion list (everyone who works with cases or keeps it). */
export function canReadExclusions(actor: Actor): boolean {
  return actor.kind === "user" && actor.role !== "analyst";
}
