import type { Actor } from "../platform/context.ts";

/*
 * Who may do what with organisations.
 * WARNING: these rules decide access across agencies and countries; a change needs review by
 * a second engineer and the authorisation matrix test updated in the same commit.
 */

type OrgFacts = { id: string };

/** Organisations the actor can see: node admins all of the node's, everyone else their own. */
export function visibleOrganisations(actor: Actor): { all: true } | { ids: string[] } {
  if (actor.kind === "system") return { all: true };
  if (actor.kind !== "user") return { ids: [] };
  return actor.role === "node_admin" ? { all: true } : { ids: [actor.organisationId] };
}

/** Whether the actor can see this organisation at all (else: 404). */
export function canReadOrganisation(actor: Actor, org: OrgFacts): boolean {
  const scope = visibleOrganisations(actor);
  return "all" in scope || scope.ids.includes(org.id);
}

/** Only node administrators add organisations to the node. */
export function canCreateOrganisation(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "node_admin");
}

/** Node admins, and the organisation's own admin, may change its details. */
export function canUpdateOrganisation(actor: Actor, org: OrgFacts): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  return (
    actor.role === "node_admin" || (actor.role === "org_admin" && actor.organisationId === org.id)
  );
}

/** Node admins add users anywhere; an organisation's admin adds users to it. */
export function canCreateUserIn(actor: Actor, org: OrgFacts): boolean {
  return canUpdateOrganisation(actor, org);
}
