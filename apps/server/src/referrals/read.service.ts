import type { ReferralView } from "@sahabat/shared";
import { canReadCase, canUpdateCase, findCase, findCaseFacts, todayOf } from "../cases/index.ts";
import { readPersonIdentifying } from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import {
  canCompleteReferral,
  canDecideReferral,
  canSeeSharedData,
  canWithdrawReferral,
  isReceiver,
} from "./policy.ts";
import {
  type ReferralRow,
  selectReferral,
  selectReferralEvents,
  selectReferralRows,
} from "./queries.ts";
import { buildSharedData } from "./shared-data.ts";

const caseFactsOf = (r: ReferralRow) => ({
  organisationId: r.case_organisation_id,
  assignedUserId: r.case_assigned_user_id,
  createdBy: r.case_created_by,
  status: r.case_status,
  closureRequestedBy: r.case_closure_requested_by,
});

const facts = (r: ReferralRow) => ({
  toOrganisationId: r.to_organisation_id,
  fromOrganisationId: r.from_organisation_id,
  status: r.status,
});

/** Whether the actor sees the referral from the sending side (they can read its case). */
export async function senderSide(
  ctx: Ctx,
  caseId: string,
): Promise<{ sees: boolean; canUpdate: boolean }> {
  const c = await findCaseFacts(ctx.db, caseId);
  if (!c || !canReadCase(ctx.actor, c)) return { sees: false, canUpdate: false };
  return { sees: true, canUpdate: canUpdateCase(ctx.actor, c) };
}

/**
 * The referral as the actor sees it. `knownEvents`: its history when the caller has just written
 * all of it in this transaction (a new referral), instead of reading it back.
 */
export async function toView(
  ctx: Ctx,
  r: ReferralRow,
  sender: { sees: boolean; canUpdate: boolean },
  knownEvents?: { status: string; occurred_at: Date; note: string | null }[],
): Promise<ReferralView> {
  let shared: ReferralView["shared"] = null;
  if (canSeeSharedData(ctx.actor, facts(r))) {
    const c = await findCase(ctx.db, r.case_id);
    // The receiver reads the child's shared fields: audited, naming the referral and the fields.
    const person =
      c &&
      (await readPersonIdentifying(ctx, c.person_id, {
        organisationId: r.from_organisation_id,
        caseId: r.case_id,
        purpose: `referral ${r.id}`,
      }));
    if (c && person) shared = buildSharedData(r.shared_fields, c, person, todayOf(ctx));
  }
  const events = knownEvents ?? (await selectReferralEvents(ctx.db, r.id));
  return {
    id: r.id,
    caseId: sender.sees ? r.case_id : null,
    caseReference: sender.sees ? r.case_reference : null,
    fromOrganisationId: r.from_organisation_id,
    fromOrganisationName: r.from_organisation_name,
    toOrganisationId: r.to_organisation_id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    serviceKey: r.service_key,
    sharedFields: r.shared_fields,
    reason: r.reason,
    legalBasis: r.legal_basis,
    status: r.status,
    declineReason: r.decline_reason,
    outcome: r.outcome,
    createdAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    events: events.map((e) => ({
      status: e.status,
      occurredAt: e.occurred_at.toISOString(),
      note: e.note,
    })),
    shared,
    can: {
      decide: canDecideReferral(ctx.actor, facts(r)),
      complete: canCompleteReferral(ctx.actor, facts(r)),
      withdraw: canWithdrawReferral(facts(r), sender.canUpdate),
    },
  };
}

/** One referral, as the receiver or the sender sees it; anyone else gets NotFound. */
export async function getReferral(ctx: Ctx, id: string): Promise<ReferralView> {
  return inTransaction(ctx, async (tx) => {
    const r = await selectReferral(tx.db, id);
    if (!r) throw new NotFound("referral");
    const sender = await senderSide(tx, r.case_id);
    if (!sender.sees && !isReceiver(tx.actor, facts(r))) throw new NotFound("referral");
    return toView(tx, r, sender);
  });
}

/** Incoming referrals of the actor's organisation, or outgoing ones of the cases they can read. */
export async function listReferrals(
  ctx: Ctx,
  q: {
    direction: "incoming" | "outgoing";
    status?: string | undefined;
    caseId?: string | undefined;
  },
) {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !["caseworker", "supervisor"].includes(actor.role))
    throw new Forbidden("Your role does not work with referrals");
  let query = selectReferralRows(ctx.db).orderBy("r.created_at", "desc").limit(200);
  query =
    q.direction === "incoming"
      ? query.where("r.to_organisation_id", "=", actor.organisationId)
      : query.where("r.from_organisation_id", "=", actor.organisationId);
  if (q.status) query = query.where("r.status", "=", q.status);
  if (q.caseId) query = query.where("r.case_id", "=", q.caseId);
  const rows = await query.execute();
  const out: {
    id: string;
    caseReference: string | null;
    fromOrganisationName: string;
    providerName: string;
    serviceKey: string;
    status: string;
    createdAt: string;
  }[] = [];
  for (const r of rows) {
    // The case's facts come with the row: one query for the list, not one per referral.
    const seesCase = q.direction === "outgoing" && canReadCase(ctx.actor, caseFactsOf(r));
    if (q.direction === "outgoing" && !seesCase) continue;
    out.push({
      id: r.id,
      caseReference: seesCase ? r.case_reference : null,
      fromOrganisationName: r.from_organisation_name,
      providerName: r.provider_name,
      serviceKey: r.service_key,
      status: r.status,
      createdAt: r.created_at.toISOString(),
    });
  }
  return out;
}
