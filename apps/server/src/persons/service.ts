import { type PersonInput, yearsBetween } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../platform/context.ts";
import { Invalid } from "../platform/errors.ts";
import { selectPersonIdentifying } from "./queries.ts";

/**
 * Reads a person's identifying data and records the read in the audit trail, in the caller's
 * transaction. The caller has already checked that the actor may see the record.
 * WARNING: the only way identifying person data leaves the database; keep the audit call.
 */
export async function readPersonIdentifying(
  ctx: Ctx,
  personId: string,
  why: { organisationId: string; caseId?: string; purpose?: string | null },
) {
  const record = await selectPersonIdentifying(ctx.db, personId);
  if (!record) return undefined;
  await recordPersonRead(ctx, personId, why);
  return record;
}

/**
 * Records a read of a person's identifying data in the audit trail, in the caller's
 * transaction: for a caller that shows a record it already holds (a registration answers the
 * record it has just written). readPersonIdentifying records its reads with this.
 * WARNING: keep it the same entry for every path, so the case's audit trail counts every look.
 */
export async function recordPersonRead(
  ctx: Ctx,
  personId: string,
  why: { organisationId: string; caseId?: string; purpose?: string | null },
) {
  await recordAudit(ctx, {
    action: "person.read",
    resourceType: "person",
    resourceId: personId,
    organisationId: why.organisationId,
    purpose: why.purpose ?? null,
    details: {
      fields: ["names", "date_of_birth", "contacts", "documents"],
      ...(why.caseId ? { caseId: why.caseId } : {}),
    },
  });
}

/**
 * Age rules at the boundary: no birth date in the future, no date of birth together with a
 * stated age that contradicts it (more than a year apart).
 */
export function validatePersonAge(p: PersonInput, today: string): void {
  if (p.dateOfBirth && p.dateOfBirth > today)
    throw new Invalid(
      "person.dateOfBirth",
      "A date of birth cannot be in the future",
      "date_in_future",
    );
  if (p.dateOfBirth && p.estimatedAgeYears !== undefined) {
    const actual = yearsBetween(p.dateOfBirth, today);
    if (Math.abs(actual - p.estimatedAgeYears) > 1) {
      throw new Invalid(
        "person.estimatedAgeYears",
        `The date of birth gives an age of ${actual}, not ${p.estimatedAgeYears}`,
        "age_contradicts_birth",
        { actual, stated: p.estimatedAgeYears },
      );
    }
  }
}
