import type { CanonicalSelector } from "@sahabat/linkage";
import type { Db } from "../platform/db/database.ts";

const viewColumns = [
  "s.id",
  "s.organisation_id",
  "s.case_id",
  "s.person_id",
  "s.kind",
  "s.entered",
  "s.canonical",
  "s.platform",
  "s.country",
  "s.correlation_key",
  "s.is_valid",
  "s.problem",
  "s.note",
  "s.created_by",
  "s.created_at",
] as const;

/** One live selector by id. */
export function selectSelector(db: Db, id: string) {
  return db
    .selectFrom("selectors as s")
    .select(viewColumns)
    .where("s.id", "=", id)
    .where("s.removed_at", "is", null)
    .executeTakeFirst();
}

export type SelectorRow = NonNullable<Awaited<ReturnType<typeof selectSelector>>>;

/**
 * One live selector by id with its case's policy facts (the columns of the cases capability's
 * selectCaseFacts), in one round trip: a look-up is a few milliseconds, of which each statement
 * of a transaction is a good part.
 */
export function selectSelectorWithCase(db: Db, id: string) {
  return db
    .selectFrom("selectors as s")
    .leftJoin("cases as c", "c.id", "s.case_id")
    .select(viewColumns)
    .select([
      "c.id as case_fact_id",
      "c.organisation_id as case_organisation_id",
      "c.assigned_user_id as case_assigned_user_id",
      "c.created_by as case_created_by",
      "c.status as case_status",
      "c.closure_requested_by as case_closure_requested_by",
      "c.person_id as case_person_id",
    ])
    .where("s.id", "=", id)
    .where("s.removed_at", "is", null)
    .executeTakeFirst();
}

/** A case's live selectors, oldest first. */
export function selectCaseSelectors(db: Db, caseId: string) {
  return db
    .selectFrom("selectors as s")
    .select(viewColumns)
    .where("s.case_id", "=", caseId)
    .where("s.removed_at", "is", null)
    .orderBy("s.created_at")
    .orderBy("s.id")
    .limit(500)
    .execute();
}

/** Inserts a canonicalised selector; a live duplicate on the same case and subject returns null. */
export async function insertSelector(
  db: Db,
  s: CanonicalSelector,
  at: {
    organisationId: string;
    caseId: string;
    personId: string | null;
    note: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<string | null> {
  const row = await db
    .insertInto("selectors")
    .values({
      organisation_id: at.organisationId,
      case_id: at.caseId,
      person_id: at.personId,
      kind: s.kind,
      entered: s.entered,
      canonical: s.canonical,
      platform: s.platform ?? null,
      country: s.country ?? null,
      correlation_key: s.correlationKey,
      is_valid: s.valid,
      problem: s.problem ?? null,
      note: at.note,
      created_by: at.createdBy,
      created_at: at.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Marks a selector removed; it stays in the table (nothing is lost). */
export async function markSelectorRemoved(db: Db, id: string, by: string, now: Date) {
  await db
    .updateTable("selectors")
    .set({ removed_at: now, removed_by: by })
    .where("id", "=", id)
    .where("removed_at", "is", null)
    .execute();
}

/** How many live records hold a correlation key, across every agency of the node. */
export async function countHolders(db: Db, key: string): Promise<number> {
  const row = await db
    .selectFrom("selectors")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("correlation_key", "=", key)
    .where("removed_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The organisations holding any of these keys, with which keys each holds. */
export async function selectHoldingOrganisations(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom("selectors")
    .select(["organisation_id", "correlation_key"])
    .distinct()
    .where("correlation_key", "in", keys)
    .where("removed_at", "is", null)
    .execute();
}

/**
 * The records of one organisation holding a key, with the case facts the case policy needs and
 * the person's name. One query for up to the over-correlation limit of records, rather than one
 * per record through the cases capability.
 */
export function selectOwnHolders(db: Db, key: string, organisationId: string, limit: number) {
  return db
    .selectFrom("selectors as s")
    .leftJoin("cases as c", "c.id", "s.case_id")
    .leftJoin("persons as p", "p.id", "s.person_id")
    .leftJoin("persons as cp", "cp.id", "c.person_id")
    .select([
      "s.id",
      "s.case_id",
      "s.person_id",
      "s.entered",
      "c.reference",
      "c.organisation_id as case_organisation_id",
      "c.assigned_user_id",
      "c.created_by as case_created_by",
      "c.status",
      "c.closure_requested_by",
      "c.person_id as case_person_id",
      "p.given_name as person_given_name",
      "p.family_name as person_family_name",
      "p.name_order as person_name_order",
      "cp.given_name as case_person_given_name",
      "cp.family_name as case_person_family_name",
      "cp.name_order as case_person_name_order",
    ])
    .where("s.correlation_key", "=", key)
    .where("s.organisation_id", "=", organisationId)
    .where("s.removed_at", "is", null)
    .orderBy("s.created_at")
    .limit(limit)
    .execute();
}

export type OwnHolderRow = Awaited<ReturnType<typeof selectOwnHolders>>[number];
