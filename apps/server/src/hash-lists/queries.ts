import { type ExpressionBuilder, sql } from "kysely";
import type { Actor } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import type { Database } from "../platform/db/schema.ts";
import { canSeeHashLists, type ListFacts } from "./policy.ts";

/** A list row with its owner's name, as the services read it. */
export type ListRow = {
  id: string;
  name: string;
  owner_organisation_id: string;
  owner_organisation_name: string;
  source: string;
  licence: string;
  permitted_use: string;
  export_policy: string;
  sharing_level: string;
  sharing_group_organisation_ids: string[];
  tlp: string;
  threshold: number;
  is_negative: boolean;
  is_verified: boolean;
  created_at: Date;
};

/**
 * The lists the actor's organisation sees: the query form of `canSeeList` in policy.ts.
 * WARNING: keep the two in step; a change needs the same review as the policy.
 */
export function visibleLists(eb: ExpressionBuilder<Database, "hash_lists">, actor: Actor) {
  if (!canSeeHashLists(actor)) return sql<boolean>`false`;
  return eb.or([
    eb("hash_lists.owner_organisation_id", "=", actor.organisationId),
    eb("hash_lists.sharing_level", "in", ["national", "connected_nodes"]),
    eb.and([
      eb("hash_lists.sharing_level", "=", "sharing_group"),
      sql<boolean>`${actor.organisationId}::uuid = any(hash_lists.sharing_group_organisation_ids)`,
    ]),
  ]);
}

function selectLists(db: Db) {
  return db
    .selectFrom("hash_lists")
    .innerJoin("organisations", "organisations.id", "hash_lists.owner_organisation_id")
    .select([
      "hash_lists.id",
      "hash_lists.name",
      "hash_lists.owner_organisation_id",
      "organisations.name as owner_organisation_name",
      "hash_lists.source",
      "hash_lists.licence",
      "hash_lists.permitted_use",
      "hash_lists.export_policy",
      "hash_lists.sharing_level",
      "hash_lists.sharing_group_organisation_ids",
      "hash_lists.tlp",
      "hash_lists.threshold",
      "hash_lists.is_negative",
      "hash_lists.is_verified",
      "hash_lists.created_at",
    ]);
}

/** Every list the actor sees, by name. */
export async function selectVisibleLists(db: Db, actor: Actor): Promise<ListRow[]> {
  return selectLists(db)
    .where((eb) => visibleLists(eb, actor))
    .orderBy("hash_lists.name")
    .orderBy("hash_lists.id")
    .execute();
}

/** One list by id when the actor sees it. */
export async function selectVisibleList(
  db: Db,
  actor: Actor,
  id: string,
): Promise<ListRow | undefined> {
  return selectLists(db)
    .where("hash_lists.id", "=", id)
    .where((eb) => visibleLists(eb, actor))
    .executeTakeFirst();
}

/** Active entries per list. */
export async function countActiveEntries(db: Db, listIds: string[]): Promise<Map<string, number>> {
  if (listIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("hash_list_entries")
    .select(["list_id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("list_id", "in", listIds)
    .where("status", "=", "active")
    .groupBy("list_id")
    .execute();
  return new Map(rows.map((r) => [r.list_id, Number(r.n)]));
}

/** The policy's view of a list row. */
export function factsOf(row: ListRow): ListFacts {
  return {
    ownerOrganisationId: row.owner_organisation_id,
    sharingLevel: row.sharing_level,
    sharingGroupOrganisationIds: row.sharing_group_organisation_ids,
    exportPolicy: row.export_policy,
    tlp: row.tlp,
  };
}
