import { identifyingFields, type ShareableField } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { caseToReferFrom, markPlanForReferral, todayOf } from "../cases/index.ts";
import { notify } from "../notifications/index.ts";
import { readPersonIdentifying } from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, ConsentRequired, Invalid } from "../platform/errors.ts";
import { insertReferralWithEvent, type ReferralRow, selectReferralChecks } from "./queries.ts";
import { toView } from "./read.service.ts";
import { buildSharedData } from "./shared-data.ts";

export type ReferralInput = {
  providerId: string;
  serviceKey: string;
  sharedFields: ShareableField[];
  reason: string;
  legalBasis: string;
};

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
 * Round trips are the cost of a write on a busy server: the checks are one query, the referral
 * and its first event one statement, and the answer is built from what was written.
 */
export async function createReferral(ctx: Ctx, caseId: string, input: ReferralInput) {
  return inTransaction(ctx, async (tx) => {
    const c = await caseToReferFrom(tx, caseId);
    const checks = await selectReferralChecks(tx.db, {
      caseId,
      fromOrganisationId: c.organisation_id,
      providerId: input.providerId,
      serviceKey: input.serviceKey,
    });
    if (!checks.provider_id)
      throw new Invalid("providerId", "Unknown provider", "unknown_provider");
    const toOrganisationId = checks.provider_organisation_id;
    if (!toOrganisationId)
      throw new Invalid(
        "providerId",
        "This provider is listed for information only: contact it directly",
        "provider_external",
      );
    if (!(checks.provider_services ?? []).includes(input.serviceKey))
      throw new Invalid(
        "serviceKey",
        "The provider does not offer this service",
        "service_not_offered",
      );
    if (
      input.sharedFields.some((f) => identifyingFields.includes(f)) &&
      !checks.has_sharing_consent
    ) {
      throw new ConsentRequired(
        "Record the child's or guardian's consent to share with referrals before sharing identifying fields",
      );
    }
    if (checks.open_referral_id)
      throw new Conflict("This case is already referred to this provider for this service");
    const actorId = tx.actor.kind === "user" ? tx.actor.userId : null;
    const referral = await insertReferralWithEvent(tx.db, {
      case_id: caseId,
      from_organisation_id: c.organisation_id,
      provider_id: checks.provider_id,
      to_organisation_id: toOrganisationId,
      service_key: input.serviceKey,
      shared_fields: [...new Set(input.sharedFields)],
      reason: input.reason,
      legal_basis: input.legalBasis,
      created_by: actorId,
      created_at: tx.clock.now(),
    });
    await markPlanForReferral(tx, caseId, input.serviceKey, {
      status: "referred",
      providerOrganisationId: toOrganisationId,
    });
    await notify(tx, {
      organisationId: toOrganisationId,
      kind: "referral.received",
      referralId: referral.id,
    });
    await recordAudit(tx, {
      action: "referral.create",
      resourceType: "referral",
      resourceId: referral.id,
      organisationId: c.organisation_id,
      details: {
        caseId,
        toOrganisationId,
        serviceKey: input.serviceKey,
        sharedFields: input.sharedFields,
      },
    });
    // The answer as getReferral would read it back: the sender has just passed the case's
    // checks (caseToReferFrom: may read and update it), and the history is the one event.
    const row: ReferralRow = {
      ...referral,
      from_organisation_name: checks.from_organisation_name,
      provider_name: checks.provider_name ?? "",
      case_reference: c.reference,
      case_organisation_id: c.organisation_id,
      case_assigned_user_id: c.assigned_user_id,
      case_created_by: c.created_by,
      case_status: c.status,
      case_closure_requested_by: c.closure_requested_by,
    };
    const events = [{ status: "pending", occurred_at: referral.created_at, note: null }];
    return toView(tx, row, { sees: true, canUpdate: true }, events);
  });
}
