import type { Actor } from "../platform/context.ts";

/*
 * Who works with online-harm reports, their uploads' fingerprints and matches.
 * - A report, its uploads and matches belong to the organisation that received it: its
 *   caseworkers (a hotline's operators), supervisors and investigators create, read and upload,
 *   as hash-lists/policy.ts lets the same roles match. Everyone else — analysts, administrators,
 *   other organisations — is out of scope: 404 on a record, 403 on the collection routes.
 * - Deciding a match (confirmed / not a match) is a supervisor's or an investigator's call: a
 *   caseworker sees the queue but is refused (403).
 * - Closing a report (with an outcome and a reason) is, like deciding, a supervisor's or an
 *   investigator's call. A closed report takes no more uploads.
 * - Keeping an upload as evidence follows evidence/policy.ts `canRetainEvidence`.
 * WARNING: this decides who learns that an agency holds reports of abuse material and what
 * matched. A change needs review by a second engineer and online-harm tests updated with it.
 */

type UserActor = Extract<Actor, { kind: "user" }>;

const workingRoles = new Set(["caseworker", "supervisor", "investigator"]);
const decidingRoles = new Set(["supervisor", "investigator"]);

/** Whether the actor works with online-harm reports at all. */
export function canWorkOnReports(actor: Actor): actor is UserActor {
  return actor.kind === "user" && workingRoles.has(actor.role);
}

/** Whether a report (or its upload or match) of this organisation is in the actor's scope. */
export function canSeeReport(actor: Actor, report: { organisationId: string }): boolean {
  return canWorkOnReports(actor) && actor.organisationId === report.organisationId;
}

/** Whether the actor may decide a match they see (else: 403). */
export function canDecideMatch(actor: Actor): boolean {
  return actor.kind === "user" && decidingRoles.has(actor.role);
}

/** Whether the actor may close a report they see (else: 403). */
export function canCloseReport(actor: Actor): boolean {
  return actor.kind === "user" && decidingRoles.has(actor.role);
}
