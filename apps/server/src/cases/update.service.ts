import type { CaseUpdateBody, PersonUpdateBody } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { updatePerson } from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden } from "../platform/errors.ts";
import { canUpdateCase } from "./policy.ts";
import { latestDateOf, lockCaseInScope, todayOf } from "./service.ts";

/** Column values of the fields present in the change, and nothing else. */
function columnsOf(b: CaseUpdateBody) {
  const has = (k: keyof CaseUpdateBody) => Object.hasOwn(b, k);
  return {
    ...(has("referralSource") ? { referral_source: b.referralSource } : {}),
    ...(has("foundCountry") ? { found_country: b.foundCountry ?? null } : {}),
    ...(has("foundProvince") ? { found_province: b.foundProvince ?? null } : {}),
    ...(has("foundPlace") ? { found_place: b.foundPlace ?? null } : {}),
    ...(has("exploitationTypes") ? { exploitation_types: b.exploitationTypes } : {}),
    ...(has("recruitmentMethods") ? { recruitment_methods: b.recruitmentMethods } : {}),
    ...(has("recruiterRelation") ? { recruiter_relation: b.recruiterRelation ?? null } : {}),
    ...(has("recruitmentPlatforms") ? { recruitment_platforms: b.recruitmentPlatforms } : {}),
    ...(has("origin")
      ? { origin_country: b.origin?.country ?? null, origin_province: b.origin?.province ?? null }
      : {}),
    ...(has("transit") ? { transit: JSON.stringify(b.transit ?? []) } : {}),
    ...(has("destination")
      ? {
          destination_country: b.destination?.country ?? null,
          destination_province: b.destination?.province ?? null,
        }
      : {}),
    ...(has("borderCrossing") ? { border_crossing: b.borderCrossing } : {}),
    ...(has("riskLevel") ? { risk_level: b.riskLevel } : {}),
    ...(has("riskReason") ? { risk_reason: b.riskReason ?? null } : {}),
  };
}

/** Changes what is known about an open case; the audit names the fields, never their values. */
export async function updateCase(ctx: Ctx, id: string, body: CaseUpdateBody) {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (!canUpdateCase(tx.actor, c))
      throw new Forbidden(
        c.status === "closed" ? "The case is closed" : "You may not change this case",
      );
    await tx.db
      .updateTable("cases")
      .set({ ...columnsOf(body), updated_at: tx.clock.now() })
      .where("id", "=", id)
      .execute();
    await recordAudit(tx, {
      action: "case.update",
      resourceType: "case",
      resourceId: id,
      organisationId: c.organisationId,
      details: { fields: Object.keys(body).sort() },
    });
  });
}

/** Corrects the person of an open case (names, sex, age, languages). */
export async function updateCasePerson(ctx: Ctx, id: string, body: PersonUpdateBody) {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (!canUpdateCase(tx.actor, c))
      throw new Forbidden(
        c.status === "closed" ? "The case is closed" : "You may not change this case",
      );
    await updatePerson(tx, c.personId, body, { today: todayOf(tx), latest: latestDateOf(tx) });
  });
}
