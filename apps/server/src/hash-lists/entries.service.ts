import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import { castEntryVote } from "./entry-votes.ts";
import type { NodeHashIndex } from "./node-index.ts";
import { canImportList, canMatch, canReleaseQuarantinedEntry } from "./policy.ts";
import { factsOf } from "./queries.ts";
import type { HashListEntryState } from "./schemas.ts";
import { loadVisibleList } from "./service.ts";

async function loadEntry(ctx: Ctx, listId: string, entryId: string) {
  const entry = await ctx.db
    .selectFrom("hash_list_entries")
    .select(["id", "status", "fingerprint_type"])
    .where("id", "=", entryId)
    .where("list_id", "=", listId)
    .forUpdate()
    .executeTakeFirst();
  if (!entry) throw new NotFound("hash-list entry");
  return entry;
}

async function stateOf(ctx: Ctx, entryId: string): Promise<HashListEntryState> {
  const row = await ctx.db
    .selectFrom("hash_list_entries")
    .select(["id", "status", "confirm_votes", "deconfirm_votes"])
    .where("id", "=", entryId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    status: row.status as HashListEntryState["status"],
    confirmVotes: row.confirm_votes,
    deconfirmVotes: row.deconfirm_votes,
  };
}

/**
 * Disables, re-activates or tombstones one entry (the list's keepers). A disabled entry stops
 * matching at once and stays on the list; the change is audited and the node's index caught up
 * before the answer leaves. A quarantined entry changes only by the owner's supervisors and
 * investigators (policy.ts): anyone else's attempt is refused (403), changes nothing, and is
 * recorded as a denied `hash_list.entry_status`, committed before the refusal is answered.
 */
export async function setEntryStatus(
  ctx: Ctx,
  index: NodeHashIndex,
  listId: string,
  entryId: string,
  status: HashListEntryState["status"],
): Promise<HashListEntryState> {
  const list = await loadVisibleList(ctx, listId);
  if (!canImportList(ctx.actor, factsOf(list)))
    throw new Forbidden("Only the list's owner organisation changes its entries");
  const outcome = await inTransaction(ctx, async (tx) => {
    const entry = await loadEntry(tx, listId, entryId);
    const audit = {
      action: "hash_list.entry_status",
      resourceType: "hash_list_entry",
      resourceId: entryId,
      organisationId: list.owner_organisation_id,
    };
    if (
      entry.status === "quarantined" &&
      status !== "quarantined" &&
      !canReleaseQuarantinedEntry(tx.actor, factsOf(list))
    ) {
      await recordAudit(tx, {
        ...audit,
        outcome: "denied",
        details: { listId, from: entry.status, to: status, why: "role" },
      });
      return { refused: true } as const;
    }
    if (entry.status !== status) {
      await tx.db
        .updateTable("hash_list_entries")
        .set({
          status,
          updated_at: tx.clock.now(),
          revision: sql`nextval('hash_list_entry_revisions')`,
        })
        .where("id", "=", entryId)
        .execute();
      await recordAudit(tx, { ...audit, details: { listId, from: entry.status, to: status } });
    }
    return { refused: false, state: await stateOf(tx, entryId) } as const;
  });
  if (outcome.refused)
    throw new Forbidden(
      "Only the list's supervisors and investigators release a quarantined entry",
    );
  await index.refresh(ctx.db);
  return outcome.state;
}

/**
 * Records the actor's confirm or deconfirm vote on an entry of a list their organisation sees
 * (whoever may match); a second vote by the same user replaces the first. Audited.
 */
export async function voteOnEntry(
  ctx: Ctx,
  listId: string,
  entryId: string,
  vote: "confirm" | "deconfirm",
): Promise<HashListEntryState> {
  const actor = ctx.actor;
  await loadVisibleList(ctx, listId);
  if (actor.kind !== "user" || !canMatch(actor))
    throw new Forbidden("Your role may not vote on entries");
  return inTransaction(ctx, async (tx) => {
    await loadEntry(tx, listId, entryId);
    await castEntryVote(tx, {
      entryId,
      userId: actor.userId,
      organisationId: actor.organisationId,
      vote,
      matchId: null,
    });
    return stateOf(tx, entryId);
  });
}
