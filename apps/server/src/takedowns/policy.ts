import type { Actor } from "../platform/context.ts";

/*
 * Who works with takedown notices.
 * - A notice belongs to the organisation that issued it and is seen by that organisation only:
 *   another agency's notice, by id or in a list, is a 404.
 * - Caseworkers (a hotline's operators), supervisors and investigators draft, send and follow
 *   notices. Organisation administrators read them. Analysts see the metrics only (aggregates,
 *   of their own organisation). Everyone else: nothing (deny by default).
 * WARNING: notices name URLs and accounts of live investigations. A change needs review by a
 * second engineer and the tests in takedowns.test.ts updated in the same commit.
 */

type UserActor = Extract<Actor, { kind: "user" }>;

const workingRoles = new Set(["caseworker", "supervisor", "investigator"]);
const readingRoles = new Set([...workingRoles, "org_admin"]);
const metricsRoles = new Set([...readingRoles, "analyst"]);

/** Whether the actor reads their organisation's notices at all. */
export function canReadTakedowns(actor: Actor): actor is UserActor {
  return actor.kind === "user" && readingRoles.has(actor.role);
}

/** Whether the actor sees this notice (else: 404). */
export function canSeeNotice(actor: Actor, notice: { organisationId: string }): boolean {
  return canReadTakedowns(actor) && actor.organisationId === notice.organisationId;
}

/** Whether the actor drafts, sends and records steps of their organisation's notices. */
export function canWorkTakedowns(actor: Actor): actor is UserActor {
  return actor.kind === "user" && workingRoles.has(actor.role);
}

/** Whether the actor reads the takedown metrics of their organisation. */
export function canReadMetrics(actor: Actor): actor is UserActor {
  return actor.kind === "user" && metricsRoles.has(actor.role);
}
