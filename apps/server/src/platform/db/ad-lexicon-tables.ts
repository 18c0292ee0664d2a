import type { ColumnType, Generated } from "kysely";

type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the agencies' advert lexicon tables (db/migrations/0021_ad_lexicon_entries.sql). */
export interface AdLexiconTables {
  ad_lexicons: {
    organisation_id: string;
    language: string;
    revision: number;
    version: string;
    updated_at: Date;
  };
  ad_lexicon_entries: {
    id: Generated<string>;
    organisation_id: string;
    language: string;
    entry_id: string;
    category: string;
    entry: Json<unknown>;
    status: string;
    added_version: string;
    created_by: string | null;
    created_at: Date;
    retired_version: string | null;
    retired_by: string | null;
    retired_at: Date | null;
    retire_reason: string | null;
  };
}
