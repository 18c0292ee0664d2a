import type { Actor } from "../platform/context.ts";

/*
 * Who may read the audit trail.
 * WARNING: the trail reveals who looked at which child; a change needs review by a second
 * engineer and the authorisation matrix test updated in the same commit.
 */

/** Node admins read the node's whole trail; supervisors and org admins their organisation's. */
export function auditScope(actor: Actor): { all: true } | { organisationId: string } | null {
  if (actor.kind === "system") return { all: true };
  if (actor.kind !== "user") return null;
  if (actor.role === "node_admin") return { all: true };
  if (actor.role === "supervisor" || actor.role === "org_admin") {
    return { organisationId: actor.organisationId };
  }
  return null;
}
