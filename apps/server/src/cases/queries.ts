import type { CaseCreateBody } from "@sahabat/shared";
import { type Insertable, type Selectable, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import {
  type PersonIdentifyingRecord,
  type PersonValues,
  personColumns,
  personInsertValues,
  withPersonInsert,
} from "../persons/index.ts";
import { compileOnce } from "../platform/db/compile-once.ts";
import type { Db } from "../platform/db/database.ts";
import type { Database } from "../platform/db/schema.ts";

/** The facts the policy needs, locked for update when asked. */
export function selectCaseFacts(db: Db, id: string, isForUpdate = false) {
  let q = db
    .selectFrom("cases")
    .select([
      "id",
      "organisation_id as organisationId",
      "assigned_user_id as assignedUserId",
      "created_by as createdBy",
      "status",
      "closure_requested_by as closureRequestedBy",
      "person_id as personId",
    ])
    .where("id", "=", id);
  if (isForUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/**
 * The next human-readable case reference, e.g. VN-2026-000042, as an SQL expression: the
 * sequence's number padded to six digits (never cut when it has more). `prefix`: "VN-2026-".
 */
function nextCaseReference(prefix: string) {
  return sql<string>`${prefix} || (select lpad(s.n, greatest(6, length(s.n)), '0') from (select nextval('case_reference_seq')::text as n) s)`;
}

type CaseValues = Omit<
  Insertable<Database["cases"]>,
  "reference" | "transit" | "person_id" | "organisation_id" | "created_by"
> & {
  reference_prefix: string;
  transit: string;
};

// Every column is always given (null when absent), so the statement's SQL never changes and is
// compiled once (compile-once.ts). The case's person, organisation and author are her insert's
// (a registration's person and case are one organisation's, by one user): no parameter of the
// person's has a case column's name.
const caseColumns = [
  "reference_prefix",
  "registered_on",
  "referral_source",
  "found_country",
  "found_province",
  "found_place",
  "exploitation_types",
  "recruitment_methods",
  "recruiter_relation",
  "recruitment_platforms",
  "origin_country",
  "origin_province",
  "transit",
  "destination_country",
  "destination_province",
  "border_crossing",
  "risk_level",
  "risk_reason",
  "assigned_user_id",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof CaseValues)[];

// Every column of a case row, each answered by the registration under its own name with a
// `case_` prefix, so that the pg and PGlite drivers parse each by its type (a Date stays a Date,
// a date its 'YYYY-MM-DD' string), which a JSON column would not.
const caseRowColumns = [
  "id",
  "organisation_id",
  "reference",
  "person_id",
  "registered_on",
  "referral_source",
  "found_country",
  "found_province",
  "found_place",
  "exploitation_types",
  "recruitment_methods",
  "recruiter_relation",
  "recruitment_platforms",
  "origin_country",
  "origin_province",
  "transit",
  "destination_country",
  "destination_province",
  "border_crossing",
  "risk_level",
  "risk_reason",
  "status",
  "closure_outcome",
  "closure_reason",
  "closure_requested_by",
  "closure_approved_by",
  "closed_at",
  "closure_refusal_reason",
  "closure_refused_by",
  "closure_refused_at",
  "assigned_user_id",
  "created_by",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof Selectable<Database["cases"]>)[];
// A column added to the table and not to the list fails the type check here.
const everyCaseColumn: Exclude<
  keyof Selectable<Database["cases"]>,
  (typeof caseRowColumns)[number]
> extends never
  ? true
  : false = true;
void everyCaseColumn;

type RegistrationValues = PersonValues & CaseValues;

// A registration is one statement: the person's CTEs (persons/queries.ts), then her case, whose
// reference is drawn and whose assignee's name is read in the insert itself; the answer is her
// record and the case row, so nothing is read back. Each statement is a round trip and a socket
// write, the largest remaining cost of a registration on a busy server. A named prepared
// statement on a PostgreSQL server: an insert's plan does not depend on its values.
const runRegistrationInsert = compileOnce(
  [...personColumns, ...caseColumns],
  (db, v: RegistrationValues) => {
    const { reference_prefix, ...caseValues } = pick(v, caseColumns);
    return withPersonInsert(db, pick(v, personColumns))
      .with("cs", (q) =>
        q
          .insertInto("cases")
          .values({
            ...caseValues,
            person_id: sql<string>`(select p.id from p)`,
            organisation_id: sql<string>`(select p.organisation_id from p)`,
            created_by: sql<string | null>`(select p.created_by from p)`,
            reference: nextCaseReference(reference_prefix),
          })
          .returningAll()
          .returning(
            sql<
              string | null
            >`(select u.display_name from users u where u.id = cases.assigned_user_id)`.as(
              "assignee_display_name",
            ),
          ),
      )
      .selectFrom(["p", "cs"])
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
        "cs.assignee_display_name",
        ...caseRowColumns.map((c) => sql.ref(`cs.${c}`).as(`case_${c}`)),
      ]);
  },
  { prepare: true },
);

/** The values of `v` under `keys` (passed through untouched, as compileOnce requires). */
function pick<T, K extends keyof T>(v: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, v[k]])) as Pick<T, K>;
}

/**
 * Inserts a registration, the person (with contacts, documents and matching keys) and her case,
 * in one statement; returns her record as selectPersonIdentifying reads it, the case row as
 * selectCase reads it, and the assignee's display name (a colleague's name staff know them by).
 * Runs inside the caller's transaction.
 * WARNING: identifying data. A caller that shows the record must record the read in the audit
 * trail (recordPersonRead).
 */
export async function insertRegistration(
  db: Db,
  b: CaseCreateBody,
  ids: {
    organisationId: string;
    countryCode: string;
    today: string;
    createdBy: string | null;
    now: Date;
  },
): Promise<{
  person: PersonIdentifyingRecord;
  row: CaseRow;
  assigneeDisplayName: string | null;
}> {
  const [inserted] = await runRegistrationInsert(db, {
    ...personInsertValues(b.person, ids.organisationId, ids.createdBy, ids.today),
    reference_prefix: `${ids.countryCode}-${ids.today.slice(0, 4)}-`,
    registered_on: b.registeredOn,
    referral_source: b.referralSource,
    found_country: b.foundCountry ?? null,
    found_province: b.foundProvince ?? null,
    found_place: b.foundPlace ?? null,
    exploitation_types: b.exploitationTypes,
    recruitment_methods: b.recruitmentMethods,
    recruiter_relation: b.recruiterRelation ?? null,
    recruitment_platforms: b.recruitmentPlatforms,
    origin_country: b.origin?.country ?? null,
    origin_province: b.origin?.province ?? null,
    transit: JSON.stringify(b.transit),
    destination_country: b.destination?.country ?? null,
    destination_province: b.destination?.province ?? null,
    border_crossing: b.borderCrossing,
    risk_level: b.riskLevel,
    risk_reason: b.riskReason ?? null,
    assigned_user_id: b.assignedUserId ?? ids.createdBy,
    // The service clock, so tests set the time; the list's cursor keeps any precision.
    created_at: ids.now,
    updated_at: ids.now,
  });
  if (!inserted) throw new Error("the registration insert returned no row");
  const fields = inserted as unknown as Record<string, unknown>;
  const row = Object.fromEntries(caseRowColumns.map((c) => [c, fields[`case_${c}`]])) as CaseRow;
  const person = Object.fromEntries(
    Object.entries(fields).filter(
      ([k]) =>
        !k.startsWith("case_") &&
        k !== "contacts" &&
        k !== "documents" &&
        k !== "assignee_display_name",
    ),
  ) as PersonIdentifyingRecord["person"];
  return {
    person: { person, contacts: inserted.contacts, documents: inserted.documents },
    row,
    assigneeDisplayName: inserted.assignee_display_name,
  };
}

// Read by every case detail and referral: compiled once (compile-once.ts), plain and locked;
// prepared, as a read by primary key has one plan whatever the key.
const caseById = (db: Db, p: { id: string }) =>
  db.selectFrom("cases").selectAll().where("id", "=", p.id);
const runSelectCase = compileOnce(["id"], caseById, { prepare: true });
const runSelectCaseForUpdate = compileOnce(
  ["id"],
  (db, p: { id: string }) => caseById(db, p).forUpdate(),
  { prepare: true },
);

/** The full case row, locked for update when asked. */
export async function selectCase(db: Db, id: string, isForUpdate = false) {
  const [row] = await (isForUpdate ? runSelectCaseForUpdate : runSelectCase)(db, { id });
  return row;
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof selectCase>>>;

// Read by every case detail: compiled once (compile-once.ts).
const runSelectUserName = compileOnce(
  ["id"],
  (db, k: { id: string }) =>
    db.selectFrom("users").select(["id", "display_name as displayName"]).where("id", "=", k.id),
  { prepare: true },
);

/** A colleague's display name by id (one primary-key read), for the case's assignee. */
export async function selectUserName(db: Db, id: string | null) {
  if (!id) return null;
  const [user] = await runSelectUserName(db, { id });
  return user ?? null;
}

// The list's page query lives in page-query.ts; these names stay importable from here.
export { type CaseListFilter, escapeLike, selectCasePage } from "./page-query.ts";
