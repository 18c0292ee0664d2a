import type { Generated } from "kysely";

/**
 * Kysely's view of the online-harm tables (db/migrations/0019_online_harm_reports.sql; the
 * closure columns 0022).
 */
export interface OnlineHarmTables {
  online_harm_reports: {
    id: Generated<string>;
    organisation_id: string;
    category: string;
    platform_key: string;
    reporter_kind: string;
    reporter_anonymous: boolean;
    reporter_name: string | null;
    reporter_contact: string | null;
    reported_at: Date;
    case_id: string | null;
    status: Generated<string>;
    created_by: string | null;
    created_at: Date;
    close_outcome: string | null;
    close_reason: string | null;
    closed_by: string | null;
    closed_at: Date | null;
  };
  online_harm_report_urls: {
    report_id: string;
    position: number;
    url: string;
  };
  online_harm_uploads: {
    id: Generated<string>;
    report_id: string;
    organisation_id: string;
    md5: string;
    sha256: string;
    pdq: string | null;
    quality: number | null;
    byte_size: number;
    media_type: string;
    width: number | null;
    height: number | null;
    evidence_id: string | null;
    created_by: string | null;
    created_at: Date;
  };
  online_harm_matches: {
    id: Generated<string>;
    upload_id: string;
    organisation_id: string;
    list_id: string;
    entry_id: string;
    fingerprint_type: string;
    distance: number;
    variant: string;
    kind: string;
    status: string;
    decided_by: string | null;
    decided_at: Date | null;
    note: string | null;
    created_at: Date;
  };
}
