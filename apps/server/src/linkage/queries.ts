import { type RawBuilder, sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import type { MatchFields } from "./person-record.ts";

// The matching fields of persons, with their document numbers: one round trip, each person's
// document numbers come along as an array.
function matchRowsQuery(db: Db) {
  return db
    .selectFrom("persons")
    .select((eb) => [
      eb
        .fn<string[]>("array", [
          eb
            .selectFrom("person_documents as d")
            .select("d.number")
            .whereRef("d.person_id", "=", "persons.id")
            .orderBy("d.number"),
        ])
        .as("document_numbers"),
    ])
    .select([
      "persons.id",
      "organisation_id",
      "given_name",
      "family_name",
      "given_name_latin",
      "family_name_latin",
      "name_order",
      "other_names",
      "sex",
      "date_of_birth",
      "estimated_age_years",
      "age_estimated_on",
      "age_basis",
      "nationality",
    ]);
}

/**
 * The matching fields of these persons, with their document numbers.
 * WARNING: identifying data, read for comparison inside the server. Only the candidates a
 * duplicate check shows leave the server, and the service records each of them as read.
 */
export async function selectMatchRows(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return toMatchRows(await matchRowsQuery(db).where("persons.id", "in", personIds).execute());
}

/**
 * The matching fields of the persons a statement returns (its `person_id` column), in the same
 * round trip as that statement (the duplicate check's ranked candidates).
 * WARNING: as selectMatchRows; `persons` decides whose rows are read.
 */
export async function selectMatchRowsOf(db: Db, persons: RawBuilder<{ person_id: string }>) {
  const rows = await matchRowsQuery(db)
    .innerJoin(
      sql<{ person_id: string }>`(${persons})`.as("wanted_persons"),
      "wanted_persons.person_id",
      "persons.id",
    )
    .execute();
  return toMatchRows(rows);
}

type MatchRowColumns = Awaited<ReturnType<ReturnType<typeof matchRowsQuery>["execute"]>>;

function toMatchRows(persons: MatchRowColumns) {
  return persons.map((p) => ({
    id: p.id,
    organisationId: p.organisation_id,
    fields: {
      givenName: p.given_name,
      familyName: p.family_name,
      givenNameLatin: p.given_name_latin,
      familyNameLatin: p.family_name_latin,
      nameOrder: p.name_order,
      otherNames: p.other_names,
      sex: p.sex,
      dateOfBirth: p.date_of_birth,
      estimatedAgeYears: p.estimated_age_years,
      ageEstimatedOn: p.age_estimated_on,
      ageBasis: p.age_basis,
      nationality: p.nationality,
      documents: p.document_numbers,
    } satisfies MatchFields,
  }));
}
