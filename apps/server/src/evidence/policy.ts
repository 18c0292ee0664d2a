import type { Actor } from "../platform/context.ts";

/*
 * Who keeps retained evidence, reads its record, views its blurred thumbnail and destroys it.
 * - Keeping an upload as evidence is an explicit choice of a supervisor or an investigator of
 *   the organisation that received it: the roles that decide what an investigation needs.
 * - The record (metadata and chain of custody, never the material) is seen by the owner
 *   organisation's caseworkers (a hotline's operators, who took the report), supervisors and
 *   investigators. Every other user, analysts and administrators included, and every other
 *   organisation: 404, as for any record out of scope.
 * - A blurred thumbnail of the material: the owner's supervisors and investigators only, with a
 *   reason, on an item not destroyed. A caseworker who asks is refused (403) and the refusal is
 *   recorded on the item's custody.
 * - Destruction: the owner's supervisors only.
 * WARNING: this decides who comes near abuse material of a child. A change needs review by a
 * second engineer and the tests in evidence.test.ts updated in the same commit.
 */

/** What the policy looks at on an item. */
export type EvidenceFacts = { organisationId: string; status: string };

type UserActor = Extract<Actor, { kind: "user" }>;

const keepingRoles = new Set(["supervisor", "investigator"]);
const readingRoles = new Set(["caseworker", "supervisor", "investigator"]);

/** Whether the actor may keep an upload of their organisation as evidence. */
export function canRetainEvidence(actor: Actor): actor is UserActor {
  return actor.kind === "user" && keepingRoles.has(actor.role);
}

/** Whether the actor's role reads evidence records at all (of their own organisation). */
export function canReadEvidenceRecords(actor: Actor): actor is UserActor {
  return actor.kind === "user" && readingRoles.has(actor.role);
}

/** Whether the item is in the actor's scope: its record is visible (else: 404). */
export function canSeeEvidence(actor: Actor, item: EvidenceFacts): actor is UserActor {
  return canReadEvidenceRecords(actor) && actor.organisationId === item.organisationId;
}

/** Whether the actor may view the item's blurred thumbnail (in scope but not allowed: 403). */
export function canViewThumbnail(actor: Actor, item: EvidenceFacts): boolean {
  return canSeeEvidence(actor, item) && keepingRoles.has(actor.role);
}

/** Whether the actor may destroy the item's material (in scope but not allowed: 403). */
export function canDestroyEvidence(actor: Actor, item: EvidenceFacts): boolean {
  return canSeeEvidence(actor, item) && actor.role === "supervisor";
}
