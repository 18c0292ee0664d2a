import type { ColumnType, Generated } from "kysely";

type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the takedown tables (db/migrations/0018_takedowns.sql). */
export interface TakedownTables {
  takedown_notices: {
    id: Generated<string>;
    organisation_id: string;
    previous_notice_id: string | null;
    cycle: Generated<number>;
    version: number;
    status: string;
    platform_key: string;
    category: string;
    country_code: string;
    content: Json<unknown>;
    report_received_at: Date;
    deadline_hours: number;
    sent_at: Date | null;
    sent_channel: string | null;
    sent_reference: string | null;
    deadline_at: Date | null;
    acknowledged_at: Date | null;
    removed_at: Date | null;
    refused_at: Date | null;
    police_referred_at: Date | null;
    reminders_sent: Generated<number>;
    last_reminder_at: Date | null;
    created_by: string | null;
    created_at: Date;
    updated_at: Date;
  };
  takedown_notice_versions: {
    notice_id: string;
    version: number;
    content: Json<unknown>;
    created_by: string | null;
    created_at: Date;
  };
  takedown_events: {
    id: Generated<string>;
    notice_id: string;
    type: string;
    occurred_at: Date;
    actor_user_id: string | null;
    note: string | null;
    details: ColumnType<unknown, string | undefined, never>;
  };
  takedown_checks: {
    id: Generated<string>;
    notice_id: string;
    url: string;
    checked_at: Date;
    http_status: number | null;
    outcome: string;
    checked_by: string | null;
  };
}
