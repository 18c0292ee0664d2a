import type { Actor } from "../platform/context.ts";

/*
 * Who sees, keeps, exports and matches against hash lists.
 * - A list is seen by its owner organisation and, by its sharing level, by every organisation of
 *   the node (`national`; `connected_nodes` too, as this node has no peers yet) or by the
 *   organisations of its sharing group. `organisation` lists stay with the owner. Outside that:
 *   404, as for any record out of scope.
 * - The owner's supervisors, investigators and administrator import; the same roles create lists.
 * - Export needs those roles and a licence that allows it: `none` forbids it to everyone,
 *   `owner` to every other organisation, and TLP:RED and TLP:AMBER+STRICT never leave the owner.
 * - Caseworkers, supervisors and investigators match fingerprints (a hotline's operators are
 *   caseworkers); matching returns hashes' metadata, never material.
 * - A quarantined entry (one that matched far above its usual rate) changes status only by the
 *   owner's supervisors and investigators, who answer for what the list matches: releasing it
 *   is a judgement on material, not administration, so an organisation administrator is refused
 *   (403, audited) — also disabling it, which would let them re-activate it afterwards.
 * WARNING: this decides which agency learns what another agency holds, and lets licensed hash
 * sets leave the node. A change needs review by a second engineer and the tests in
 * hash-lists.test.ts updated in the same commit.
 */

/** What the policy looks at on a list. */
export type ListFacts = {
  ownerOrganisationId: string;
  sharingLevel: string;
  sharingGroupOrganisationIds: readonly string[];
  exportPolicy: string;
  tlp: string;
};

const keepingRoles = new Set(["supervisor", "investigator", "org_admin"]);
const quarantineKeepingRoles = new Set(["supervisor", "investigator"]);
const matchingRoles = new Set(["caseworker", "supervisor", "investigator"]);

/** Whether the actor may see hash lists at all (analysts see aggregates only). */
export function canSeeHashLists(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user" && actor.role !== "analyst";
}

/** Whether the actor's organisation sees this list (else: 404). */
export function canSeeList(actor: Actor, list: ListFacts): boolean {
  if (!canSeeHashLists(actor)) return false;
  if (list.ownerOrganisationId === actor.organisationId) return true;
  if (list.sharingLevel === "national" || list.sharingLevel === "connected_nodes") return true;
  if (list.sharingLevel === "sharing_group")
    return list.sharingGroupOrganisationIds.includes(actor.organisationId);
  return false;
}

/** Whether the actor may create a list for their own organisation. */
export function canCreateList(actor: Actor): boolean {
  return actor.kind === "user" && keepingRoles.has(actor.role);
}

/** Whether the actor may import into the list (seen but not allowed: 403). */
export function canImportList(actor: Actor, list: ListFacts): boolean {
  return (
    actor.kind === "user" &&
    keepingRoles.has(actor.role) &&
    actor.organisationId === list.ownerOrganisationId
  );
}

/** Why the actor may not export the list, or null when they may. */
export function exportRefusal(actor: Actor, list: ListFacts): string | null {
  if (actor.kind !== "user" || !keepingRoles.has(actor.role))
    return "Your role may not export lists";
  if (list.exportPolicy === "none") return "The list's licence forbids export";
  if (actor.organisationId === list.ownerOrganisationId) return null;
  if (list.exportPolicy !== "audience") return "The list's licence allows export by its owner only";
  if (list.tlp === "red" || list.tlp === "amber_strict")
    return "The list's TLP marking keeps it with its owner";
  return null;
}

/** Whether the actor may match fingerprints against the lists they see. */
export function canMatch(actor: Actor): boolean {
  return actor.kind === "user" && matchingRoles.has(actor.role);
}

/** Whether the actor may change the status of a quarantined entry of the list (release it). */
export function canReleaseQuarantinedEntry(actor: Actor, list: ListFacts): boolean {
  return (
    actor.kind === "user" &&
    quarantineKeepingRoles.has(actor.role) &&
    actor.organisationId === list.ownerOrganisationId
  );
}
