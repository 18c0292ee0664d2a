import type { Role } from "@sahabat/shared";
import type { Actor } from "../platform/context.ts";

/*
 * Who may see and manage user accounts.
 * WARNING: a change here changes who can create accounts and grant roles; it needs review by a
 * second engineer and the authorisation matrix test updated in the same commit.
 */

type UserFacts = { id: string; organisationId: string; role: Role };

/** Scope of the user list: node admins all, org admins and supervisors their organisation, others themselves. */
export function visibleUsers(
  actor: Actor,
): { all: true } | { organisationId: string } | { userId: string } | { none: true } {
  if (actor.kind === "system") return { all: true };
  if (actor.kind !== "user") return { none: true };
  if (actor.role === "node_admin") return { all: true };
  if (actor.role === "org_admin" || actor.role === "supervisor")
    return { organisationId: actor.organisationId };
  return { userId: actor.userId };
}

/** Whether the actor can see this account (else: 404). */
export function canReadUser(actor: Actor, user: UserFacts): boolean {
  const scope = visibleUsers(actor);
  if ("all" in scope) return true;
  if ("organisationId" in scope) return scope.organisationId === user.organisationId;
  if ("userId" in scope) return scope.userId === user.id;
  return false;
}

/** Only node admins grant the node admin role. */
export function canGrantRole(actor: Actor, role: Role): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  return actor.role === "node_admin" || (actor.role === "org_admin" && role !== "node_admin");
}

/** Node admins manage any account; org admins those of their organisation other than node admins; nobody disables themselves. */
export function canUpdateUser(actor: Actor, user: UserFacts): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.role === "node_admin") return true;
  return (
    actor.role === "org_admin" &&
    actor.organisationId === user.organisationId &&
    user.role !== "node_admin"
  );
}
