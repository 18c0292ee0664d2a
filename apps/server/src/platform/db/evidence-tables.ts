import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the retained-evidence tables (db/migrations/0020_evidence.sql). */
export interface EvidenceTables {
  evidence_items: {
    id: string;
    organisation_id: string;
    source_kind: string;
    source_id: string;
    media_type: string;
    byte_size: number;
    sha256: string;
    md5: string;
    legal_basis: string;
    reason: string;
    retained_by: string;
    retained_at: Date;
    status: Generated<string>;
    ciphertext: Buffer | null;
    iv: Buffer | null;
    auth_tag: Buffer | null;
    wrapped_key: Buffer | null;
    key_id: string;
    key_version: number;
    destroyed_by: string | null;
    destroyed_at: Date | null;
    destruction_reason: string | null;
  };
  evidence_custody_events: {
    id: ColumnType<string, never, never>;
    item_id: string;
    kind: string;
    actor_user_id: string | null;
    actor_organisation_id: string | null;
    occurred_at: Date;
    reason: string | null;
    outcome: string;
    details: ColumnType<unknown, string | undefined, never>;
  };
}
