import type { AgencyContact } from "@sahabat/shared";
import type { Db } from "../platform/db/database.ts";

/*
 * What an asker learns about another agency that holds a record: its name, kind and country,
 * its focal points (its supervisors) and the hotline numbers it lists in the directory. Nothing
 * about the record itself: no case id, no count, no score, no name (issue 6, hit/no-hit).
 */

const message = "Holds a record with this identifier; contact its focal point";

/** Contacts of the given organisations, by name. */
export async function loadAgencyContacts(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return [] as AgencyContact[];
  // One after another: inside a transaction the queries share one connection.
  const orgs = await db
    .selectFrom("organisations")
    .select(["id", "name", "agency_type", "country_code"])
    .where("id", "in", organisationIds)
    .orderBy("name")
    .execute();
  const focal = await db
    .selectFrom("users")
    .select(["organisation_id", "display_name", "email"])
    .where("organisation_id", "in", organisationIds)
    .where("role", "=", "supervisor")
    .where("disabled_at", "is", null)
    .orderBy("display_name")
    .execute();
  const providers = await db
    .selectFrom("service_providers")
    .select(["organisation_id", "hotline_numbers"])
    .where("organisation_id", "in", organisationIds)
    .execute();
  return orgs.map(
    (o): AgencyContact => ({
      organisationId: o.id,
      organisationName: o.name,
      agencyType: o.agency_type,
      countryCode: o.country_code.trim(),
      focalPoints: focal
        .filter((u) => u.organisation_id === o.id)
        .slice(0, 5)
        .map((u) => ({ name: u.display_name, email: u.email })),
      hotlineNumbers: [
        ...new Set(
          providers.filter((p) => p.organisation_id === o.id).flatMap((p) => p.hotline_numbers),
        ),
      ],
      message,
    }),
  );
}
