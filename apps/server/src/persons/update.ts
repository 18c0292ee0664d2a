import { type PersonUpdateBody, yearsBetween } from "@sahabat/shared";
import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import { refreshPersonMatchKeys } from "../linkage/index.ts";
import type { Ctx } from "../platform/context.ts";
import { Invalid, NotFound } from "../platform/errors.ts";
import { searchableNames } from "./queries.ts";

/**
 * Corrects a person's names, sex, age and languages inside the caller's transaction (the caller
 * has checked that the actor may change the case). The search column follows the names; an
 * estimate is dated today so it advances from now. The audit names the fields, never the values.
 */
export async function updatePerson(
  ctx: Ctx,
  personId: string,
  b: PersonUpdateBody,
  dates: { today: string; latest: string },
) {
  const p = await ctx.db
    .selectFrom("persons")
    .selectAll()
    .where("id", "=", personId)
    .forUpdate()
    .executeTakeFirst();
  if (!p) throw new NotFound("person");
  const has = (k: keyof PersonUpdateBody) => Object.hasOwn(b, k);
  const dob = has("dateOfBirth") ? (b.dateOfBirth ?? null) : p.date_of_birth;
  const estimate = has("estimatedAgeYears")
    ? (b.estimatedAgeYears ?? null)
    : dob
      ? null
      : p.estimated_age_years;
  if (dob && dob > dates.latest)
    throw new Invalid("dateOfBirth", "A date of birth cannot be in the future", "date_in_future");
  if (dob && estimate !== null && Math.abs(yearsBetween(dob, dates.today) - estimate) > 1) {
    throw new Invalid(
      "estimatedAgeYears",
      `The date of birth gives an age of ${yearsBetween(dob, dates.today)}, not ${estimate}`,
      "age_contradicts_birth",
      { actual: yearsBetween(dob, dates.today), stated: estimate },
    );
  }
  const names = {
    givenName: has("givenName") ? (b.givenName as string) : p.given_name,
    familyName: has("familyName") ? (b.familyName ?? undefined) : (p.family_name ?? undefined),
    givenNameLatin: has("givenNameLatin")
      ? (b.givenNameLatin ?? undefined)
      : (p.given_name_latin ?? undefined),
    familyNameLatin: has("familyNameLatin")
      ? (b.familyNameLatin ?? undefined)
      : (p.family_name_latin ?? undefined),
    otherNames: has("otherNames") ? (b.otherNames ?? []) : p.other_names,
  };
  const estimateChanged = has("estimatedAgeYears") || has("dateOfBirth");
  await ctx.db
    .updateTable("persons")
    .set({
      given_name: names.givenName,
      family_name: names.familyName ?? null,
      given_name_latin: names.givenNameLatin ?? null,
      family_name_latin: names.familyNameLatin ?? null,
      other_names: names.otherNames,
      search_text: sql<string>`sahabat_unaccent(lower(${searchableNames(names)}))`,
      ...(has("nameOrder") ? { name_order: b.nameOrder } : {}),
      ...(has("sex") ? { sex: b.sex } : {}),
      ...(has("ageBasis") ? { age_basis: b.ageBasis } : {}),
      ...(has("isAgeDisputed") ? { is_age_disputed: b.isAgeDisputed } : {}),
      ...(has("languages") ? { languages: b.languages } : {}),
      ...(estimateChanged
        ? {
            date_of_birth: dob,
            estimated_age_years: dob ? null : estimate,
            age_estimated_on: dob || estimate === null ? null : dates.today,
          }
        : {}),
      updated_at: ctx.clock.now(),
    })
    .where("id", "=", personId)
    .execute();
  await refreshPersonMatchKeys(ctx.db, [personId], dates.today);
  await recordAudit(ctx, {
    action: "person.update",
    resourceType: "person",
    resourceId: personId,
    organisationId: p.organisation_id,
    details: { fields: Object.keys(b).sort() },
  });
}
