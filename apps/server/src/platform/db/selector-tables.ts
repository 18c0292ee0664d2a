import type { Generated } from "kysely";

/** Kysely's view of the selector tables (db/migrations/0009_selectors.sql). */
export interface SelectorTables {
  selectors: {
    id: Generated<string>;
    organisation_id: string;
    case_id: string | null;
    person_id: string | null;
    kind: string;
    entered: string;
    canonical: string | null;
    platform: string | null;
    country: string | null;
    correlation_key: string | null;
    is_valid: boolean;
    problem: string | null;
    note: string | null;
    created_by: string | null;
    created_at: Date;
    removed_by: string | null;
    removed_at: Date | null;
  };
  selector_exclusions: {
    id: Generated<string>;
    organisation_id: string | null;
    correlation_key: string;
    reason: string;
    source: Generated<string>;
    provider_id: string | null;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  hit_queries: {
    id: Generated<string>;
    organisation_id: string;
    user_id: string;
    purpose_code: string;
    purpose_text: string;
    selector_kinds: string[];
    hit_organisation_ids: string[];
    created_at: Date;
  };
}
