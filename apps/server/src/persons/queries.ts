import type { PersonInput } from "@sahabat/shared";
import { type Insertable, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { MATCH_KEYS_VERSION, storedKeysOf } from "../linkage/index.ts";
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

/** A person's insert parameters (personInsertValues). */
export type PersonValues = Omit<Insertable<Database["persons"]>, "search_text"> & {
  search_names: string;
  contacts: string;
  documents: string;
  match_keys: string;
  keys_version: string;
};

// Every column is always given (null when absent), and the lists travel as one JSON parameter
// each, so the statement's SQL never changes and is compiled once (compile-once.ts).
export const personColumns = [
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
  "match_keys",
  "keys_version",
] as const satisfies readonly (keyof PersonValues)[];

/**
 * The person, contacts, documents and matching keys as data-modifying CTEs (`p` answers the
 * person's row, `c` and `d` her contacts and documents); the caller selects from them, and may
 * add CTEs that read `p` (a registration adds her case: cases/queries.ts). The lists are inserted
 * in their order, and an empty list inserts nothing. Every value passes through untouched, as
 * compileOnce requires.
 */
export function withPersonInsert(db: Db, v: PersonValues) {
  const { search_names, contacts, documents, match_keys, keys_version, ...person } = v;
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
    .with("k", (q) =>
      q
        .insertInto("person_match_keys")
        .columns(["person_id", "organisation_id", "rule", "key"])
        .expression(
          sql`select p.id, p.organisation_id, x.rule, x.key from p
          cross join jsonb_to_recordset(${match_keys}::jsonb) as x(rule text, key text)`,
        ),
    )
    .with("ks", (q) =>
      q
        .insertInto("person_match_key_sets")
        .columns(["person_id", "keys_version"])
        .expression(sql`select p.id, ${keys_version}::text from p`),
    );
}

// The person's insert alone, answering her record. A named prepared statement on a PostgreSQL
// server (compile-once.ts): an insert's plan does not depend on its values.
const runPersonInsert = compileOnce(
  personColumns,
  (db, v: PersonValues) =>
    withPersonInsert(db, v)
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
      ]),
  { prepare: true },
);

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
  const [row] = await runPersonInsert(db, personInsertValues(p, organisationId, createdBy, today));
  if (!row) throw new Error("the person insert returned no row");
  const { contacts, documents, ...person } = row;
  return { person, contacts, documents };
}

/** The parameters of a person's insert (withPersonInsert), her matching keys computed. */
export function personInsertValues(
  p: PersonInput,
  organisationId: string,
  createdBy: string | null,
  today: string,
): PersonValues {
  const values = {
    organisation_id: organisationId,
    given_name: p.givenName,
    family_name: p.familyName ?? null,
    given_name_latin: p.givenNameLatin ?? null,
    family_name_latin: p.familyNameLatin ?? null,
    name_order: p.nameOrder,
    other_names: p.otherNames,
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
  };
  // The duplicate check finds her from the moment her registration commits. Her matching keys
  // are computed from the values the statement stores (stored as given: text, a 'YYYY-MM-DD'
  // date, a two-letter code), so they go in with her, not after a read back or a second
  // statement (linkage/queries.test.ts checks they equal the keys of her record read back).
  const keys = storedKeysOf(
    {
      givenName: values.given_name,
      familyName: values.family_name,
      givenNameLatin: values.given_name_latin,
      familyNameLatin: values.family_name_latin,
      nameOrder: values.name_order,
      otherNames: values.other_names,
      sex: values.sex,
      dateOfBirth: values.date_of_birth,
      estimatedAgeYears: values.estimated_age_years,
      ageEstimatedOn: values.age_estimated_on,
      ageBasis: values.age_basis,
      nationality: values.nationality,
      documents: p.documents.map((d) => d.number),
    },
    today,
  );
  return {
    ...values,
    search_names: searchableNames(p),
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
    match_keys: JSON.stringify(keys),
    keys_version: MATCH_KEYS_VERSION,
  };
}

// One round trip: the contacts and documents come along as JSON arrays. Read by every case
// detail: compiled once (compile-once.ts), and prepared (a read by primary key).
const runSelectPerson = compileOnce(
  ["id"],
  (db, k: { id: string }) =>
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
  { prepare: true },
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
