import type { Actor } from "../platform/context.ts";

/*
 * Who may see and act on a referral. The receiving organisation's caseworkers and supervisors
 * see it (and, while it is open, the fields shared with it); the sending side sees it through
 * the case. A closed referral shows the receiver its history only, never the shared fields.
 * WARNING: this decides what another agency learns about a child. A change needs review by a
 * second engineer and the authorisation matrix updated in the same commit.
 */

export type ReferralFacts = {
  toOrganisationId: string;
  fromOrganisationId: string;
  status: string;
};

const caseRoles = ["caseworker", "supervisor"];

/** Whether the actor is on the receiving side. */
export function isReceiver(actor: Actor, r: ReferralFacts): boolean {
  return (
    actor.kind === "user" &&
    actor.organisationId === r.toOrganisationId &&
    caseRoles.includes(actor.role)
  );
}

/** Whether the receiver sees the shared fields now: only while the referral is open. */
export function canSeeSharedData(actor: Actor, r: ReferralFacts): boolean {
  return isReceiver(actor, r) && (r.status === "pending" || r.status === "accepted");
}

/** The receiver accepts or declines a pending referral. */
export function canDecideReferral(actor: Actor, r: ReferralFacts): boolean {
  return isReceiver(actor, r) && r.status === "pending";
}

/** The receiver records an accepted referral's service as delivered. */
export function canCompleteReferral(actor: Actor, r: ReferralFacts): boolean {
  return isReceiver(actor, r) && r.status === "accepted";
}

/** The sender (who may update the case) withdraws an open referral. */
export function canWithdrawReferral(r: ReferralFacts, canUpdateTheCase: boolean): boolean {
  return canUpdateTheCase && (r.status === "pending" || r.status === "accepted");
}
