import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../platform/context.ts";

/** A confirm (the match was the listed material) or deconfirm (it was not) vote on an entry. */
export type EntryVote = "confirm" | "deconfirm";

/**
 * Records `userId`'s vote on an entry in the caller's transaction and keeps the entry's counts
 * in step. One vote per user and entry: a second replaces the first, so one reviewer deciding
 * many uploads that hit the same entry counts once — the counts say how many people vouched for
 * the entry, not how often it matched. `matchId` names the review decision the vote came from
 * (null for a vote cast directly on the list). Audited `hash_list.entry_vote` for the list's
 * owner organisation, with ids only.
 */
export async function castEntryVote(
  tx: Ctx,
  o: {
    entryId: string;
    userId: string;
    organisationId: string;
    vote: EntryVote;
    matchId: string | null;
  },
): Promise<void> {
  const now = tx.clock.now();
  await tx.db
    .insertInto("hash_list_entry_votes")
    .values({
      entry_id: o.entryId,
      user_id: o.userId,
      organisation_id: o.organisationId,
      vote: o.vote,
      voted_at: now,
      match_id: o.matchId,
    })
    .onConflict((oc) =>
      oc
        .columns(["entry_id", "user_id"])
        .doUpdateSet({ vote: o.vote, voted_at: now, match_id: o.matchId }),
    )
    .execute();
  const entry = await tx.db
    .updateTable("hash_list_entries as e")
    .set({
      confirm_votes: sql`(select count(*) from hash_list_entry_votes v where v.entry_id = ${o.entryId} and v.vote = 'confirm')`,
      deconfirm_votes: sql`(select count(*) from hash_list_entry_votes v where v.entry_id = ${o.entryId} and v.vote = 'deconfirm')`,
    })
    .from("hash_lists as l")
    .whereRef("l.id", "=", "e.list_id")
    .where("e.id", "=", o.entryId)
    .returning(["e.list_id", "l.owner_organisation_id"])
    .executeTakeFirstOrThrow();
  await recordAudit(tx, {
    action: "hash_list.entry_vote",
    resourceType: "hash_list_entry",
    resourceId: o.entryId,
    organisationId: entry.owner_organisation_id,
    details: { listId: entry.list_id, vote: o.vote, matchId: o.matchId },
  });
}
