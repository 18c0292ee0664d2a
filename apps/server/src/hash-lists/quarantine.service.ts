import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../platform/context.ts";

/** The figures behind a quarantine, kept in its audit entry so the decision can be checked. */
export type QuarantineEvidence = {
  hitsLastHour: number;
  trailingDailyAverage: number;
  threshold: number;
};

/**
 * Quarantines an active entry in the caller's transaction: it stays on its list and in the node's
 * index, but its hits are no longer counted as known material (they go to review, marked) and
 * the hash-list match route leaves it out, until the list's keepers set it active again
 * (PATCH …/entries/{entryId}). Audited `hash_list.entry_quarantine` with the counts that
 * triggered it, attributed to the
 * actor whose request tipped the rate. Returns false when the entry was not active (already
 * quarantined, disabled or tombstoned): nothing changes then. The caller refreshes the index
 * after the commit.
 */
export async function quarantineEntry(
  tx: Ctx,
  entryId: string,
  evidence: QuarantineEvidence,
): Promise<boolean> {
  const updated = await tx.db
    .updateTable("hash_list_entries")
    .set({
      status: "quarantined",
      updated_at: tx.clock.now(),
      revision: sql`nextval('hash_list_entry_revisions')`,
    })
    .where("id", "=", entryId)
    .where("status", "=", "active")
    .returning(["list_id"])
    .executeTakeFirst();
  if (!updated) return false;
  const list = await tx.db
    .selectFrom("hash_lists")
    .select("owner_organisation_id")
    .where("id", "=", updated.list_id)
    .executeTakeFirstOrThrow();
  await recordAudit(tx, {
    action: "hash_list.entry_quarantine",
    resourceType: "hash_list_entry",
    resourceId: entryId,
    organisationId: list.owner_organisation_id,
    details: { listId: updated.list_id, from: "active", to: "quarantined", ...evidence },
  });
  return true;
}
