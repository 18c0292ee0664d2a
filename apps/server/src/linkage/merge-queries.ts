import type { MergeView } from "@sahabat/shared";
import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";

const mergeColumns = [
  "id",
  "seq",
  "organisation_id",
  "group_id",
  "joined_group_id",
  "person_a_id",
  "person_b_id",
  "pair_id",
  "reason",
  "merged_by",
  "merged_at",
  "unmerge_reason",
  "unmerged_by",
  "unmerged_at",
] as const;

export async function selectMerge(db: Db, mergeId: string) {
  return db
    .selectFrom("person_merges")
    .select(mergeColumns)
    .where("id", "=", mergeId)
    .executeTakeFirst();
}

export type MergeRow = NonNullable<Awaited<ReturnType<typeof selectMerge>>>;

/** The group's latest merge still in force: the only one that can be undone. */
export async function selectLatestLiveMerge(db: Db, groupId: string) {
  return db
    .selectFrom("person_merges")
    .select(mergeColumns)
    .where("group_id", "=", groupId)
    .where("unmerged_at", "is", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * A merge still in force, taken after `m`, that changed m's group (joined into it or joined it
 * elsewhere): undoing `m` first would not give back the state before `m`, so that one goes first.
 */
export async function selectLaterLiveMerge(db: Db, m: MergeRow) {
  return db
    .selectFrom("person_merges")
    .select("id")
    .where("unmerged_at", "is", null)
    .where("seq", ">", m.seq)
    .where((eb) =>
      eb.or([eb("group_id", "in", [m.group_id]), eb("joined_group_id", "in", [m.group_id])]),
    )
    .limit(1)
    .executeTakeFirst();
}

/** The persons in a group now. */
export async function selectLiveMembers(db: Db, groupId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("person_group_members")
    .select("person_id")
    .where("group_id", "=", groupId)
    .where("removed_at", "is", null)
    .execute();
  return rows.map((r) => r.person_id);
}

/** A "not a match" decided between someone of `xs` and someone of `ys`, if there is one. */
export async function selectNotMatchBetween(db: Db, xs: readonly string[], ys: readonly string[]) {
  return db
    .selectFrom("person_match_pairs")
    .select("id")
    .where("status", "=", "not_match")
    .where((eb) =>
      eb.or([
        eb.and([eb("person_a_id", "in", xs), eb("person_b_id", "in", ys)]),
        eb.and([eb("person_a_id", "in", ys), eb("person_b_id", "in", xs)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
}

/**
 * Serialises merges and unmerges within one organisation until the transaction ends, so two
 * supervisors joining overlapping groups at once cannot both pass the "not a match" check.
 */
export async function lockOrganisationMerges(db: Db, organisationId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`person_merge:${organisationId}`}))`.execute(
    db,
  );
}

export function toMergeView(m: MergeRow): MergeView {
  return {
    id: m.id,
    groupId: m.group_id,
    personIds: [m.person_a_id, m.person_b_id],
    pairId: m.pair_id,
    reason: m.reason,
    mergedBy: m.merged_by,
    mergedAt: m.merged_at.toISOString(),
    unmergeReason: m.unmerge_reason,
    unmergedBy: m.unmerged_by,
    unmergedAt: m.unmerged_at ? m.unmerged_at.toISOString() : null,
  };
}
