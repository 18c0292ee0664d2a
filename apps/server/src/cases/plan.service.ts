import { serviceKeys } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { findOrganisation } from "../organisations/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canReadCase, canUpdateCase } from "./policy.ts";
import { selectCaseFacts } from "./queries.ts";
import { lockCaseInScope } from "./service.ts";

/*
 * The case plan over the ASEAN minimum service package: one row per planned service. A service
 * with no row, or still only "planned" without a provider, is reported as missing so the
 * caseworker sees the gaps (minimum-service-package.yaml in the reference pack).
 */

export type PlanItemInput = {
  status: string;
  providerOrganisationId?: string | undefined;
  startOn?: string | undefined;
  endOn?: string | undefined;
  outcome?: string | undefined;
};

/** Every service of the package with its state, and the list of what is missing. */
export async function getPlan(ctx: Ctx, caseId: string) {
  const facts = await selectCaseFacts(ctx.db, caseId);
  if (!facts || !canReadCase(ctx.actor, facts)) throw new NotFound("case");
  const rows = await ctx.db
    .selectFrom("case_plan_items")
    .selectAll()
    .where("case_id", "=", caseId)
    .execute();
  const byKey = new Map(rows.map((r) => [r.service_key, r]));
  const items = serviceKeys.flatMap((key) => {
    const r = byKey.get(key);
    return r
      ? [
          {
            serviceKey: key,
            status: r.status,
            providerOrganisationId: r.provider_organisation_id,
            startOn: r.start_on,
            endOn: r.end_on,
            outcome: r.outcome,
          },
        ]
      : [];
  });
  const missing = serviceKeys.filter((key) => {
    const r = byKey.get(key);
    return !r || (r.status === "planned" && !r.provider_organisation_id);
  });
  return { items, missing };
}

/** Plans or updates one service of the package for the case. */
export async function setPlanItem(
  ctx: Ctx,
  caseId: string,
  serviceKey: string,
  input: PlanItemInput,
) {
  if (input.startOn && input.endOn && input.endOn < input.startOn)
    throw new Invalid("endOn", "The end date is before the start date", "end_before_start");
  if (input.status === "delivered" && !input.providerOrganisationId)
    throw new Invalid(
      "providerOrganisationId",
      "Say who delivered the service",
      "provider_required",
    );
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, caseId);
    if (!canUpdateCase(tx.actor, c)) throw new Forbidden();
    if (
      input.providerOrganisationId &&
      !(await findOrganisation(tx.db, input.providerOrganisationId))
    ) {
      throw new Invalid("providerOrganisationId", "Unknown provider", "unknown_provider");
    }
    const values = {
      status: input.status,
      provider_organisation_id: input.providerOrganisationId ?? null,
      start_on: input.startOn ?? null,
      end_on: input.endOn ?? null,
      outcome: input.outcome ?? null,
      updated_at: tx.clock.now(),
    };
    await tx.db
      .insertInto("case_plan_items")
      .values({ case_id: caseId, service_key: serviceKey, ...values })
      .onConflict((oc) => oc.columns(["case_id", "service_key"]).doUpdateSet(values))
      .execute();
    await recordAudit(tx, {
      action: "case.plan",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: { serviceKey, status: input.status },
    });
  });
}
