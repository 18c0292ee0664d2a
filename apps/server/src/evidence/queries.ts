import type { Db } from "../platform/db/database.ts";
import type { SealedEvidence } from "./envelope.ts";
import type { EvidenceFacts } from "./policy.ts";

/** The columns of an item's record: everything but the material and its key. */
const recordColumns = [
  "id",
  "organisation_id",
  "source_kind",
  "source_id",
  "media_type",
  "byte_size",
  "sha256",
  "md5",
  "legal_basis",
  "reason",
  "retained_by",
  "retained_at",
  "status",
  "key_id",
  "key_version",
  "destroyed_by",
  "destroyed_at",
  "destruction_reason",
] as const;

/** An item's record as read here. */
export type EvidenceRow = NonNullable<Awaited<ReturnType<typeof selectEvidenceItem>>>;

/**
 * The item's record, or undefined. `lock` takes the row for the rest of the transaction, so a
 * thumbnail and a destruction of one item do not interleave.
 */
export async function selectEvidenceItem(db: Db, id: string, lock = false) {
  const query = db.selectFrom("evidence_items").select(recordColumns).where("id", "=", id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The policy's view of an item. */
export function factsOf(row: { organisation_id: string; status: string }): EvidenceFacts {
  return { organisationId: row.organisation_id, status: row.status };
}

/** The item's encrypted material and wrapped key, or null once destroyed. */
export async function selectSealedEvidence(db: Db, id: string): Promise<SealedEvidence | null> {
  const row = await db
    .selectFrom("evidence_items")
    .select(["ciphertext", "iv", "auth_tag", "wrapped_key", "key_id", "key_version"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row?.ciphertext || !row.iv || !row.auth_tag || !row.wrapped_key) return null;
  return {
    ciphertext: row.ciphertext,
    iv: row.iv,
    authTag: row.auth_tag,
    wrappedKey: row.wrapped_key,
    keyId: row.key_id,
    keyVersion: row.key_version,
  };
}

/** The item's chain of custody, oldest first, with the actors' display names. */
export async function selectCustodyEvents(db: Db, itemId: string) {
  return db
    .selectFrom("evidence_custody_events as e")
    .leftJoin("users as u", "u.id", "e.actor_user_id")
    .select([
      "e.id",
      "e.kind",
      "e.actor_user_id",
      "u.display_name as actor_name",
      "e.occurred_at",
      "e.reason",
      "e.outcome",
      "e.details",
    ])
    .where("e.item_id", "=", itemId)
    .orderBy("e.id")
    .execute();
}

/** The items of an organisation kept from one source record, newest first. */
export async function selectEvidenceBySource(
  db: Db,
  organisationId: string,
  sourceKind: string,
  sourceId: string,
) {
  return db
    .selectFrom("evidence_items")
    .select(recordColumns)
    .where("organisation_id", "=", organisationId)
    .where("source_kind", "=", sourceKind)
    .where("source_id", "=", sourceId)
    .orderBy("retained_at", "desc")
    .orderBy("id")
    .limit(100)
    .execute();
}
