import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the review and merge tables (db/migrations/0010_person_review_merge.sql). */
export interface ReviewTables {
  person_match_pairs: {
    id: Generated<string>;
    organisation_id: string;
    person_a_id: string;
    person_b_id: string;
    probability: number;
    weight: number;
    explanation: unknown;
    model_version: string;
    scored_at: Date;
    status: Generated<string>;
    version: Generated<number>;
  };
  person_match_decisions: {
    id: Generated<string>;
    seq: ColumnType<string, never, never>;
    pair_id: string;
    organisation_id: string;
    decision: string;
    note: string | null;
    decided_by: string | null;
    decided_at: Date;
    model_version: string;
    probability: number;
  };
  person_groups: { id: Generated<string>; organisation_id: string; created_at: Date };
  person_merges: {
    id: Generated<string>;
    seq: ColumnType<string, never, never>;
    organisation_id: string;
    group_id: string;
    joined_group_id: string | null;
    person_a_id: string;
    person_b_id: string;
    pair_id: string | null;
    reason: string;
    merged_by: string | null;
    merged_at: Date;
    unmerge_reason: string | null;
    unmerged_by: string | null;
    unmerged_at: Date | null;
  };
  person_group_members: {
    id: Generated<string>;
    group_id: string;
    person_id: string;
    organisation_id: string;
    added_by_merge_id: string;
    added_at: Date;
    removed_by_merge_id: string | null;
    removed_at: Date | null;
  };
}
