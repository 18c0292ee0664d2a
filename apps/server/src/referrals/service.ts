import { identifyingFields, type ShareableField } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { caseToReferFrom, markPlanForReferral, todayOf } from "../cases/index.ts";
import { findProvider } from "../directory/index.ts";
import { notify } from "../notifications/index.ts";
import { readPersonIdentifying } from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, ConsentRequired, Invalid } from "../platform/errors.ts";
import { insertReferralEvent } from "./queries.ts";
import { getReferral } from "./read.service.ts";
import { buildSharedData } from "./shared-data.ts";

export type ReferralInput = {
  providerId: string;
  serviceKey: string;
  sharedFields: ShareableField[];
  reason: string;
  legalBasis: string;
};

/** Whether consent to share with referrals is in force, from the child or the guardian. */
async function hasSharingConsent(ctx: Ctx, caseId: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom("consents")
    .select("id")
    .where("case_id", "=", caseId)
    .where("scope", "=", "sharing_with_referrals")
    .where("decision", "=", "given")
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return !!row;
}

/**
 * Exactly what the receiver would see for these fields. The referrer reads the child's record to
 * build it, so the read is audited like any other.
 */
export async function previewReferral(ctx: Ctx, caseId: string, sharedFields: ShareableField[]) {
  return inTransaction(ctx, async (tx) => {
    const c = await caseToReferFrom(tx, caseId);
    const person = await readPersonIdentifying(tx, c.person_id, {
      organisationId: c.organisation_id,
      caseId,
      purpose: "referral preview",
    });
    return buildSharedData(sharedFields, c, person!, todayOf(tx));
  });
}

/**
 * Refers the case to a provider for one service, sharing only the chosen fields. Identifying
 * fields leave the agency only with consent to share in force (child's or guardian's), a reason
 * and a legal basis; the provider must offer the service and be reachable in the app.
 */
export async function createReferral(ctx: Ctx, caseId: string, input: ReferralInput) {
  return inTransaction(ctx, async (tx) => {
    const c = await caseToReferFrom(tx, caseId);
    const provider = await findProvider(tx.db, input.providerId);
    if (!provider) throw new Invalid("providerId", "Unknown provider");
    if (!provider.organisation_id)
      throw new Invalid(
        "providerId",
        "This provider is listed for information only: contact it directly",
      );
    if (!provider.services.includes(input.serviceKey))
      throw new Invalid("serviceKey", "The provider does not offer this service");
    if (
      input.sharedFields.some((f) => identifyingFields.includes(f)) &&
      !(await hasSharingConsent(tx, caseId))
    ) {
      throw new ConsentRequired(
        "Record the child's or guardian's consent to share with referrals before sharing identifying fields",
      );
    }
    const open = await tx.db
      .selectFrom("referrals")
      .select("id")
      .where("case_id", "=", caseId)
      .where("provider_id", "=", input.providerId)
      .where("service_key", "=", input.serviceKey)
      .where("status", "in", ["pending", "accepted"])
      .executeTakeFirst();
    if (open) throw new Conflict("This case is already referred to this provider for this service");
    const now = tx.clock.now();
    const actorId = tx.actor.kind === "user" ? tx.actor.userId : null;
    const { id } = await tx.db
      .insertInto("referrals")
      .values({
        case_id: caseId,
        from_organisation_id: c.organisation_id,
        provider_id: provider.id,
        to_organisation_id: provider.organisation_id,
        service_key: input.serviceKey,
        shared_fields: [...new Set(input.sharedFields)],
        reason: input.reason,
        legal_basis: input.legalBasis,
        created_by: actorId,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await insertReferralEvent(tx.db, {
      referralId: id,
      status: "pending",
      actorUserId: actorId,
      at: now,
    });
    await markPlanForReferral(tx, caseId, input.serviceKey, {
      status: "referred",
      providerOrganisationId: provider.organisation_id,
    });
    await notify(tx, {
      organisationId: provider.organisation_id,
      kind: "referral.received",
      referralId: id,
    });
    await recordAudit(tx, {
      action: "referral.create",
      resourceType: "referral",
      resourceId: id,
      organisationId: c.organisation_id,
      details: {
        caseId,
        toOrganisationId: provider.organisation_id,
        serviceKey: input.serviceKey,
        sharedFields: input.sharedFields,
      },
    });
    // The answer is read in the same transaction: two round trips fewer than a second one.
    return getReferral(tx, id);
  });
}
