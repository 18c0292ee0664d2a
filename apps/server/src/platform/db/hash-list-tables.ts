import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the hash-list tables (db/migrations/0016_hash_lists.sql, 0017, 0019). */
export interface HashListTables {
  hash_lists: {
    id: Generated<string>;
    name: string;
    owner_organisation_id: string;
    source: string;
    licence: string;
    permitted_use: string;
    export_policy: string;
    sharing_level: string;
    sharing_group_organisation_ids: ColumnType<string[], string[] | undefined, string[]>;
    tlp: string;
    threshold: number;
    is_negative: boolean;
    /** Migration 0019: an exact hit on a verified list is known material without review. */
    is_verified: Generated<boolean>;
    created_by: string | null;
    created_at: Date;
    updated_at: Date;
  };
  hash_list_imports: {
    id: Generated<string>;
    list_id: string;
    format: string;
    added: number;
    updated: number;
    tombstoned: number;
    unchanged: number;
    imported_by: string | null;
    imported_at: Date;
  };
  hash_list_entries: {
    id: Generated<string>;
    list_id: string;
    fingerprint_type: string;
    value: string;
    quality: number | null;
    classification: string | null;
    batch_id: string;
    source_id: string | null;
    added_by: string | null;
    added_at: Date;
    updated_at: Date;
    status: string;
    confirm_votes: Generated<number>;
    deconfirm_votes: Generated<number>;
    /** bigint: read as a string, so revisions stay exact. */
    revision: ColumnType<string, never, string>;
  };
  hash_list_entry_votes: {
    entry_id: string;
    user_id: string;
    organisation_id: string;
    vote: string;
    voted_at: Date;
    /** The review decision the vote came from (migration 0022); null for a direct vote. */
    match_id: string | null;
  };
}
