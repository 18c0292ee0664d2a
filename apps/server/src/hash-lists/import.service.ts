import { HashListError, type HashRecord, parseHashList } from "@sahabat/hash-lists";
import { sql } from "kysely";
import type { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { DomainError, Forbidden } from "../platform/errors.ts";
import type { NodeHashIndex } from "./node-index.ts";
import { canImportList } from "./policy.ts";
import { factsOf } from "./queries.ts";
import type { HashListImportBody, HashListImportSummary } from "./schemas.ts";
import { loadVisibleList } from "./service.ts";

/** A list file with bad rows: 400, each row named (`content.row.N`), nothing committed. */
export class ListRowsRefused extends DomainError {
  constructor(error: HashListError) {
    super(
      "invalid-list-file",
      400,
      "Invalid list file",
      `${error.problems.length} row(s) could not be read; nothing was imported`,
      error.problems.map((p) => ({ field: `content.row.${p.row}`, message: p.message })),
    );
  }
}

const CHUNK = 1000;

/**
 * Imports a list file in one transaction: every row is read first, and one bad row refuses the
 * whole file. Adds insert new entries or update existing ones (same type and value) with the
 * file's quality, classification and source id, reactivating a tombstone (an entry the owner
 * disabled stays disabled: the source's next file must not undo a local decision); tombstones (by value,
 * or by the source's id for NCMEC deletions) apply after the adds. The entries are matchable
 * once this returns: the node's index catches up before the answer leaves.
 */
export async function importList(
  ctx: Ctx,
  index: NodeHashIndex,
  listId: string,
  body: z.infer<typeof HashListImportBody>,
): Promise<HashListImportSummary> {
  const actor = ctx.actor;
  const list = await loadVisibleList(ctx, listId);
  if (actor.kind !== "user" || !canImportList(actor, factsOf(list)))
    throw new Forbidden("Only the list's owner organisation imports into it");
  let records: HashRecord[];
  try {
    records = parseHashList(body.format, body.content);
  } catch (error) {
    if (error instanceof HashListError) throw new ListRowsRefused(error);
    throw error;
  }
  const adds = new Map<string, HashRecord>();
  const byValue = new Map<string, HashRecord>();
  const bySource = new Set<string>();
  for (const r of records) {
    const key = `${r.type}:${r.value}`;
    if (r.action === "add") {
      adds.set(key, r);
      byValue.delete(key);
    } else if (r.type !== null) byValue.set(key, r);
    else if (r.sourceId) bySource.add(r.sourceId);
  }
  const summary = await inTransaction(ctx, async (tx) => {
    // One import at a time, so entry revisions commit in order and every node's poller sees them.
    await sql`lock table hash_list_entries in share row exclusive mode`.execute(tx.db);
    const now = tx.clock.now();
    const batch = await tx.db
      .insertInto("hash_list_imports")
      .values({
        list_id: listId,
        format: body.format,
        added: 0,
        updated: 0,
        tombstoned: 0,
        unchanged: 0,
        imported_by: actor.userId,
        imported_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const counts = { added: 0, updated: 0, tombstoned: 0 };
    const addList = [...adds.values()];
    for (let i = 0; i < addList.length; i += CHUNK) {
      const rows = await upsertEntries(
        tx,
        listId,
        batch.id,
        actor.userId,
        now,
        addList.slice(i, i + CHUNK),
      );
      for (const row of rows) counts[row.inserted ? "added" : "updated"]++;
    }
    counts.tombstoned += await tombstone(tx, listId, batch.id, now, "value", [...byValue.keys()]);
    counts.tombstoned += await tombstone(tx, listId, batch.id, now, "source", [...bySource]);
    const unchanged =
      adds.size + byValue.size + bySource.size - counts.added - counts.updated - counts.tombstoned;
    const result: HashListImportSummary = {
      batchId: batch.id,
      format: body.format,
      rows: records.length,
      ...counts,
      unchanged: Math.max(0, unchanged),
      refused: 0,
    };
    await tx.db
      .updateTable("hash_list_imports")
      .set({ ...counts, unchanged: result.unchanged })
      .where("id", "=", batch.id)
      .execute();
    await recordAudit(tx, {
      action: "hash_list.import",
      resourceType: "hash_list",
      resourceId: listId,
      organisationId: list.owner_organisation_id,
      details: { ...result },
    });
    return result;
  });
  await index.refresh(ctx.db);
  return summary;
}

async function upsertEntries(
  tx: Ctx,
  listId: string,
  batchId: string,
  userId: string,
  now: Date,
  records: HashRecord[],
) {
  return tx.db
    .insertInto("hash_list_entries")
    .values(
      records.map((r) => ({
        list_id: listId,
        fingerprint_type: r.type!,
        value: r.value!,
        quality: r.quality ?? null,
        classification: r.classification?.slice(0, 100) ?? null,
        batch_id: batchId,
        source_id: r.sourceId?.slice(0, 200) ?? null,
        added_by: userId,
        added_at: now,
        updated_at: now,
        status: "active",
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(["list_id", "fingerprint_type", "value"])
        .doUpdateSet((eb) => ({
          quality: eb.ref("excluded.quality"),
          classification: sql`coalesce(excluded.classification, hash_list_entries.classification)`,
          source_id: sql`coalesce(excluded.source_id, hash_list_entries.source_id)`,
          status: sql`case when hash_list_entries.status in ('disabled', 'quarantined') then hash_list_entries.status else 'active' end`,
          batch_id: eb.ref("excluded.batch_id"),
          updated_at: eb.ref("excluded.updated_at"),
          revision: sql`nextval('hash_list_entry_revisions')`,
        }))
        .where(
          sql<boolean>`(hash_list_entries.status, hash_list_entries.quality, hash_list_entries.classification, hash_list_entries.source_id) is distinct from (case when hash_list_entries.status in ('disabled', 'quarantined') then hash_list_entries.status else 'active' end, excluded.quality, coalesce(excluded.classification, hash_list_entries.classification), coalesce(excluded.source_id, hash_list_entries.source_id))`,
        ),
    )
    .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
    .execute();
}

async function tombstone(
  tx: Ctx,
  listId: string,
  batchId: string,
  now: Date,
  by: "value" | "source",
  keys: string[],
): Promise<number> {
  let total = 0;
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const result = await tx.db
      .updateTable("hash_list_entries")
      .set({
        status: "tombstoned",
        batch_id: batchId,
        updated_at: now,
        revision: sql`nextval('hash_list_entry_revisions')`,
      })
      .where("list_id", "=", listId)
      .where("status", "<>", "tombstoned")
      .where(
        by === "value"
          ? sql<boolean>`fingerprint_type || ':' || value = any(${chunk}::text[])`
          : sql<boolean>`source_id = any(${chunk}::text[])`,
      )
      .executeTakeFirst();
    total += Number(result.numUpdatedRows);
  }
  return total;
}
