import type { PersonInput } from "@sahabat/shared";
import { type Insertable, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { type PersonMatchRow, refreshPersonMatchKeys } from "../linkage/index.ts";
import { compileOnce } from "../platform/db/compile-once.ts";
import type { Db } from "../platform/db/database.ts";
import type { Database } from "../platform/db/schema.ts";

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
  return (await insertPersonRecord(db, p, organisationId, createdBy, today)).person.id;
}

type PersonValues = Omit<Insertable<Database["persons"]>, "search_text"> & {
  search_names: string;
  contacts: string;
  documents: string;
};

// Every column is always given (null when absent), and the lists travel as one JSON parameter
// each, so the statement's SQL never changes and is compiled once (compile-once.ts).
const personColumns = [
  "organisation_id",
  "given_name",
  "family_name",
  "given_name_latin",
  "family_name_latin",
  "name_order",
  "other_names",
  "search_names",
  "sex",
  "date_of_birth",
  "estimated_age_years",
  "age_estimated_on",
  "age_basis",
  "is_age_disputed",
  "nationality_status",
  "nationality",
  "languages",
  "created_by",
  "contacts",
  "documents",
] as const satisfies readonly (keyof PersonValues)[];

// The person, contacts and documents go in as one statement (data-modifying CTEs) that also
// answers the record; the lists are inserted in their order, and an empty list inserts nothing.
const runPersonInsert = compileOnce(personColumns, (db, v: PersonValues) => {
  const { search_names, contacts, documents, ...person } = v;
  return db
    .with("p", (q) =>
      q
        .insertInto("persons")
        .values({ ...person, search_text: sql<string>`sahabat_unaccent(lower(${search_names}))` })
        .returningAll(),
    )
    .with("c", (q) =>
      q
        .insertInto("person_contacts")
        .columns(["person_id", "relation", "name", "phone", "is_legal_guardian"])
        .expression(
          sql`select p.id, x.relation, x.name, x.phone, x.is_legal_guardian from p
            cross join jsonb_to_recordset(${contacts}::jsonb)
              as x(relation text, name text, phone text, is_legal_guardian boolean)`,
        )
        .returning(["id", "relation", "name", "phone", "is_legal_guardian"]),
    )
    .with("d", (q) =>
      q
        .insertInto("person_documents")
        .columns(["person_id", "document_type", "number", "issuing_country"])
        .expression(
          sql`select p.id, x.document_type, x.number, x.issuing_country from p
            cross join jsonb_to_recordset(${documents}::jsonb)
              as x(document_type text, number text, issuing_country text)`,
        )
        .returning(["id", "document_type", "number", "issuing_country"]),
    )
    .selectFrom("p")
    .selectAll("p")
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom("c")
          .select(["c.id", "c.relation", "c.name", "c.phone", "c.is_legal_guardian"]),
      ).as("contacts"),
      jsonArrayFrom(
        eb.selectFrom("d").select(["d.id", "d.document_type", "d.number", "d.issuing_country"]),
      ).as("documents"),
    ]);
});

/**
 * Inserts a person with contacts, documents and matching keys, and returns the stored record as
 * selectPersonIdentifying reads it, in one statement: a registration's round trips are most of
 * its cost on a busy server. Runs inside the caller's transaction.
 * WARNING: identifying data. A caller that shows the record must record the read in the audit
 * trail (recordPersonRead).
 */
export async function insertPersonRecord(
  db: Db,
  p: PersonInput,
  organisationId: string,
  createdBy: string | null,
  today: string,
): Promise<PersonIdentifyingRecord> {
  const [row] = await runPersonInsert(db, {
    organisation_id: organisationId,
    given_name: p.givenName,
    family_name: p.familyName ?? null,
    given_name_latin: p.givenNameLatin ?? null,
    family_name_latin: p.familyNameLatin ?? null,
    name_order: p.nameOrder,
    other_names: p.otherNames,
    search_names: searchableNames(p),
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
    contacts: JSON.stringify(
      p.contacts.map((c) => ({
        relation: c.relation,
        name: c.name,
        phone: c.phone ?? null,
        is_legal_guardian: c.isLegalGuardian,
      })),
    ),
    documents: JSON.stringify(
      p.documents.map((d) => ({
        document_type: d.documentType,
        number: d.number,
        issuing_country: d.issuingCountry ?? null,
      })),
    ),
  });
  if (!row) throw new Error("the person insert returned no row");
  const { contacts, documents, ...person } = row;
  // The duplicate check finds her from the moment her registration commits. Her matching
  // fields are those just stored and returned: not read back (a quarter of a registration's
  // server CPU went to that read and its keys).
  const matchRow: PersonMatchRow = {
    id: person.id,
    organisationId: person.organisation_id,
    fields: {
      givenName: person.given_name,
      familyName: person.family_name,
      givenNameLatin: person.given_name_latin,
      familyNameLatin: person.family_name_latin,
      nameOrder: person.name_order,
      otherNames: person.other_names,
      sex: person.sex,
      dateOfBirth: person.date_of_birth,
      estimatedAgeYears: person.estimated_age_years,
      ageEstimatedOn: person.age_estimated_on,
      ageBasis: person.age_basis,
      nationality: person.nationality,
      documents: documents.map((d) => d.number),
    },
  };
  await refreshPersonMatchKeys(db, [person.id], today, { isNew: true, rows: [matchRow] });
  return { person, contacts, documents };
}

// One round trip: the contacts and documents come along as JSON arrays. Read by every case
// detail: compiled once (compile-once.ts).
const runSelectPerson = compileOnce(["id"], (db, k: { id: string }) =>
  db
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
    .where("p.id", "=", k.id),
);

/**
 * A person's full record, identifying fields included.
 * WARNING: identifying data. Only the services that record the read in the audit trail may call this.
 */
export async function selectPersonIdentifying(db: Db, id: string) {
  const [row] = await runSelectPerson(db, { id });
  if (!row) return undefined;
  const { contacts, documents, ...person } = row;
  return { person, contacts, documents };
}

/** A person's full record as selectPersonIdentifying reads it. */
export type PersonIdentifyingRecord = NonNullable<
  Awaited<ReturnType<typeof selectPersonIdentifying>>
>;
