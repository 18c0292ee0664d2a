import type { Ctx } from "../platform/context.ts";
import { compileOnce } from "../platform/db/compile-once.ts";
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

type PlanMark = {
  case_id: string;
  service_key: string;
  status: string;
  provider_organisation_id: string | null;
  updated_at: Date;
};

// A new referral's mark (status and provider only) has a fixed shape: compiled once
// (compile-once.ts).
const runPlanMark = compileOnce(
  ["case_id", "service_key", "status", "provider_organisation_id", "updated_at"],
  (db, v: PlanMark) =>
    db
      .insertInto("case_plan_items")
      .values(v)
      .onConflict((oc) =>
        oc.columns(["case_id", "service_key"]).doUpdateSet({
          status: v.status,
          provider_organisation_id: v.provider_organisation_id,
          updated_at: v.updated_at,
        }),
      ),
);

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
  if (change.outcome === undefined && change.endOn === undefined) {
    await runPlanMark(ctx.db, {
      case_id: caseId,
      service_key: serviceKey,
      status: change.status,
      provider_organisation_id: change.providerOrganisationId,
      updated_at: ctx.clock.now(),
    });
    return;
  }
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
