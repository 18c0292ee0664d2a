import type { PersonInput } from "@sahabat/shared";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { refreshPersonMatchKeys } from "../linkage/index.ts";
import type { Db } from "../platform/db/database.ts";

/** Every name of a person in one string, for the search column. */
export function searchableNames(
  p: Pick<
    PersonInput,
    "givenName" | "familyName" | "givenNameLatin" | "familyNameLatin" | "otherNames"
  >,
): string {
  return [p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin, ...p.otherNames]
    .filter((n): n is string => !!n)
    .map((n) => n.normalize("NFKC"))
    .join(" ");
}

/**
 * Inserts a person with contacts, documents and matching keys; returns the id. Runs inside the
 * caller's transaction.
 */
export async function insertPerson(
  db: Db,
  p: PersonInput,
  organisationId: string,
  createdBy: string | null,
  today: string,
): Promise<string> {
  const { id } = await db
    .insertInto("persons")
    .values({
      organisation_id: organisationId,
      given_name: p.givenName,
      family_name: p.familyName ?? null,
      given_name_latin: p.givenNameLatin ?? null,
      family_name_latin: p.familyNameLatin ?? null,
      name_order: p.nameOrder,
      other_names: p.otherNames,
      search_text: sql<string>`sahabat_unaccent(lower(${searchableNames(p)}))`,
      sex: p.sex,
      date_of_birth: p.dateOfBirth ?? null,
      estimated_age_years: p.dateOfBirth ? null : (p.estimatedAgeYears ?? null),
      age_estimated_on: p.dateOfBirth || p.estimatedAgeYears === undefined ? null : today,
      age_basis: p.ageBasis,
      is_age_disputed: p.isAgeDisputed,
      nationality_status: p.nationalityStatus,
      nationality: p.nationality ?? null,
      languages: p.languages,
      created_by: createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (p.contacts.length) {
    await db
      .insertInto("person_contacts")
      .values(
        p.contacts.map((c) => ({
          person_id: id,
          relation: c.relation,
          name: c.name,
          phone: c.phone ?? null,
          is_legal_guardian: c.isLegalGuardian,
        })),
      )
      .execute();
  }
  if (p.documents.length) {
    await db
      .insertInto("person_documents")
      .values(
        p.documents.map((d) => ({
          person_id: id,
          document_type: d.documentType,
          number: d.number,
          issuing_country: d.issuingCountry ?? null,
        })),
      )
      .execute();
  }
  // The duplicate check finds her from the moment her registration commits.
  await refreshPersonMatchKeys(db, [id], today, { isNew: true });
  return id;
}

/**
 * A person's full record, identifying fields included.
 * WARNING: identifying data. Only the services that record the read in the audit trail may call this.
 */
export async function selectPersonIdentifying(db: Db, id: string) {
  // One round trip: the contacts and documents come along as JSON arrays.
  const row = await db
    .selectFrom("persons as p")
    .selectAll("p")
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("person_contacts as c")
          .select(["c.id", "c.relation", "c.name", "c.phone", "c.is_legal_guardian"])
          .whereRef("c.person_id", "=", "p.id"),
      ).as("contacts"),
      jsonArrayFrom(
        eb
          .selectFrom("person_documents as d")
          .select(["d.id", "d.document_type", "d.number", "d.issuing_country"])
          .whereRef("d.person_id", "=", "p.id"),
      ).as("documents"),
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { contacts, documents, ...person } = row;
  return { person, contacts, documents };
}
