import { recordAudit } from "../audit/index.ts";
import { markPlanForReferral, todayOf } from "../cases/index.ts";
import { notify } from "../notifications/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import {
  canCompleteReferral,
  canDecideReferral,
  canWithdrawReferral,
  isReceiver,
} from "./policy.ts";
import { insertReferralEvent, type ReferralRow, selectReferral } from "./queries.ts";
import { getReferral, senderSide } from "./read.service.ts";

/*
 * The states of a referral: pending → accepted → completed, or pending → declined (with a
 * reason), or pending/accepted → withdrawn by the sender. Each change is one transaction with
 * its history event, its effect on the case plan, a notification to the other side and an audit
 * entry.
 */

const facts = (r: ReferralRow) => ({
  toOrganisationId: r.to_organisation_id,
  fromOrganisationId: r.from_organisation_id,
  status: r.status,
});

async function lockReferral(ctx: Ctx, id: string) {
  await ctx.db
    .selectFrom("referrals")
    .select("id")
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  const r = await selectReferral(ctx.db, id);
  if (!r) throw new NotFound("referral");
  return r;
}

async function transition(
  ctx: Ctx,
  r: ReferralRow,
  to: string,
  change: { declineReason?: string; outcome?: string; note?: string | null },
) {
  const now = ctx.clock.now();
  const isClosing = to === "declined" || to === "withdrawn" || to === "completed";
  await ctx.db
    .updateTable("referrals")
    .set({
      status: to,
      ...(change.declineReason ? { decline_reason: change.declineReason } : {}),
      ...(change.outcome ? { outcome: change.outcome } : {}),
      ...(to === "accepted" || to === "declined"
        ? { decided_at: now, decided_by: ctx.actor.kind === "user" ? ctx.actor.userId : null }
        : {}),
      ...(isClosing ? { closed_at: now } : {}),
    })
    .where("id", "=", r.id)
    .execute();
  await insertReferralEvent(ctx.db, {
    referralId: r.id,
    status: to,
    actorUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    note: change.note ?? null,
    at: now,
  });
  const otherSide =
    ctx.actor.kind === "user" && ctx.actor.organisationId === r.to_organisation_id
      ? r.from_organisation_id
      : r.to_organisation_id;
  await notify(ctx, {
    organisationId: otherSide,
    kind: `referral.${to}`,
    referralId: r.id,
    caseId: otherSide === r.from_organisation_id ? r.case_id : null,
  });
  await recordAudit(ctx, {
    action: `referral.${to}`,
    resourceType: "referral",
    resourceId: r.id,
    organisationId: r.from_organisation_id,
    details: { caseId: r.case_id },
  });
}

/** The receiver accepts or declines (with a reason) a pending referral. */
export async function decideReferral(
  ctx: Ctx,
  id: string,
  input: { accept: boolean; reason?: string | undefined },
) {
  await inTransaction(ctx, async (tx) => {
    const r = await lockReferral(tx, id);
    if (!isReceiver(tx.actor, facts(r))) throw new NotFound("referral");
    if (!canDecideReferral(tx.actor, facts(r)))
      throw new Conflict(`The referral is already ${r.status}`, [
        { field: "accept", message: "Already decided", code: "already_decided" },
      ]);
    if (input.accept) {
      await transition(tx, r, "accepted", { note: input.reason ?? null });
      await markPlanForReferral(tx, r.case_id, r.service_key, {
        status: "in_progress",
        providerOrganisationId: r.to_organisation_id,
      });
    } else {
      await transition(tx, r, "declined", {
        declineReason: input.reason ?? "",
        note: input.reason ?? null,
      });
      await markPlanForReferral(tx, r.case_id, r.service_key, {
        status: "planned",
        providerOrganisationId: null,
      });
    }
  });
  return getReferral(ctx, id);
}

/** The receiver records the service as delivered; the referral closes and its shared fields with it. */
export async function completeReferral(ctx: Ctx, id: string, outcome: string) {
  await inTransaction(ctx, async (tx) => {
    const r = await lockReferral(tx, id);
    if (!isReceiver(tx.actor, facts(r))) throw new NotFound("referral");
    if (!canCompleteReferral(tx.actor, facts(r)))
      throw new Conflict(`A ${r.status} referral cannot be completed`);
    await transition(tx, r, "completed", { outcome, note: outcome });
    await markPlanForReferral(tx, r.case_id, r.service_key, {
      status: "delivered",
      providerOrganisationId: r.to_organisation_id,
      outcome,
      endOn: todayOf(tx),
    });
  });
  return getReferral(ctx, id);
}

/** The sender withdraws an open referral. */
export async function withdrawReferral(ctx: Ctx, id: string) {
  await inTransaction(ctx, async (tx) => {
    const r = await lockReferral(tx, id);
    const { sees, canUpdate } = await senderSide(tx, r.case_id);
    if (!sees && !isReceiver(tx.actor, facts(r))) throw new NotFound("referral");
    if (!canWithdrawReferral(facts(r), canUpdate))
      throw canUpdate
        ? new Conflict(`A ${r.status} referral cannot be withdrawn`)
        : new Forbidden();
    await transition(tx, r, "withdrawn", {});
    await markPlanForReferral(tx, r.case_id, r.service_key, {
      status: "planned",
      providerOrganisationId: null,
    });
  });
  return getReferral(ctx, id);
}
