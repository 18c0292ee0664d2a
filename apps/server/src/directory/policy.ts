import type { Actor } from "../platform/context.ts";

/*
 * The directory holds services, not people: every signed-in user may search it. Node admins
 * list any provider; an organisation's admin lists its own; the provider organisation's staff
 * keep its free beds current.
 * WARNING: a change needs review and the authorisation matrix updated in the same commit.
 */

/** Whether the actor may list a provider run by `organisationId` (null: an external service). */
export function canListProvider(actor: Actor, organisationId: string | null): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  return (
    actor.role === "node_admin" ||
    (actor.role === "org_admin" && organisationId === actor.organisationId)
  );
}

/** Whether the actor may update the provider's free beds. */
export function canUpdateAvailability(actor: Actor, p: { organisationId: string | null }): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.role === "node_admin") return true;
  return (
    p.organisationId === actor.organisationId &&
    ["caseworker", "supervisor", "org_admin"].includes(actor.role)
  );
}
