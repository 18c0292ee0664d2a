import type { CaseCreateBody } from "@sahabat/shared";
import { type Insertable, sql } from "kysely";
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

type CaseValues = Omit<Insertable<Database["cases"]>, "reference" | "transit"> & {
  reference_prefix: string;
  transit: string;
};

// Every column is always given (null when absent), so the statement's SQL never changes and is
// compiled once (compile-once.ts).
const caseColumns = [
  "organisation_id",
  "reference_prefix",
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
  "assigned_user_id",
  "created_by",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof CaseValues)[];

// The reference is drawn and the whole row returned in the insert itself: no round trip before
// it for the number, none after it to read the row back (or the assignee's name) for the answer.
// A named prepared statement on a PostgreSQL server: an insert's plan does not depend on values.
const runCaseInsert = compileOnce(
  caseColumns,
  (db, v: CaseValues) => {
    const { reference_prefix, ...values } = v;
    return db
      .insertInto("cases")
      .values({ ...values, reference: nextCaseReference(reference_prefix) })
      .returningAll()
      .returning(
        sql<
          string | null
        >`(select u.display_name from users u where u.id = cases.assigned_user_id)`.as(
          "assignee_display_name",
        ),
      );
  },
  { prepare: true },
);

/**
 * Inserts the case row of a registration; returns the row and its assignee's display name (a
 * colleague's name staff know them by, read in the same statement).
 */
export async function insertCase(
  db: Db,
  b: CaseCreateBody,
  ids: {
    organisationId: string;
    personId: string;
    countryCode: string;
    year: number;
    createdBy: string | null;
    now: Date;
  },
): Promise<{ row: CaseRow; assigneeDisplayName: string | null }> {
  const [inserted] = await runCaseInsert(db, {
    organisation_id: ids.organisationId,
    reference_prefix: `${ids.countryCode}-${ids.year}-`,
    person_id: ids.personId,
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
    created_by: ids.createdBy,
    // Millisecond precision from the service clock keeps the list's keyset cursor exact.
    created_at: ids.now,
    updated_at: ids.now,
  });
  if (!inserted) throw new Error("the case insert returned no row");
  const { assignee_display_name, ...row } = inserted;
  return { row, assigneeDisplayName: assignee_display_name };
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
