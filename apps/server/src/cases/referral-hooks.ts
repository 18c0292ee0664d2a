import type { Ctx } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { canReadCase, canUpdateCase } from "./policy.ts";
import { selectCase } from "./queries.ts";
import { caseFacts } from "./views.ts";

/*
 * What the referrals capability needs from cases. A referral's effect on the owner's plan is
 * made here, after the referral's own policy has been checked by the referrals capability.
 */

/**
 * The case row of a case the actor may refer from (owner side, open, writable), locked for the
 * transaction: 404 outside their scope, as lockCaseInScope. The whole row is read and locked in
 * one statement, and the policy's facts are taken from it.
 */
export async function caseToReferFrom(ctx: Ctx, caseId: string) {
  const row = await selectCase(ctx.db, caseId, true);
  const facts = row && caseFacts(row);
  if (!row || !facts || !canReadCase(ctx.actor, facts)) throw new NotFound("case");
  if (!canUpdateCase(ctx.actor, facts))
    throw facts.status === "closed" ? new Conflict("The case is closed") : new Forbidden();
  return row;
}

/** Sets the plan item of the referred service (no policy check: the referral's was made). */
export async function markPlanForReferral(
  ctx: Ctx,
  caseId: string,
  serviceKey: string,
  change: {
    status: "referred" | "in_progress" | "delivered" | "planned";
    providerOrganisationId: string | null;
    outcome?: string | null;
    endOn?: string | null;
  },
) {
  const values = {
    status: change.status,
    provider_organisation_id: change.providerOrganisationId,
    ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
    ...(change.endOn !== undefined ? { end_on: change.endOn } : {}),
    updated_at: ctx.clock.now(),
  };
  await ctx.db
    .insertInto("case_plan_items")
    .values({ case_id: caseId, service_key: serviceKey, ...values })
    .onConflict((oc) => oc.columns(["case_id", "service_key"]).doUpdateSet(values))
    .execute();
}
