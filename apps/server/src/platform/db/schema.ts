import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the tables; keep in step with db/migrations. */
export interface Database {
  countries: { code: string; name: string; is_asean: boolean };
  organisations: {
    id: Generated<string>;
    name: string;
    agency_type: string;
    country_code: string;
    province: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  users: {
    id: Generated<string>;
    organisation_id: string;
    email: string;
    display_name: string;
    role: string;
    locale: Generated<string>;
    password_hash: string;
    password_changed_at: Generated<Date>;
    totp_secret_sealed: string | null;
    totp_pending_sealed: string | null;
    totp_enabled_at: Date | null;
    totp_last_step: ColumnType<string | null, number | null, number | null>;
    failed_sign_ins: Generated<number>;
    locked_until: Date | null;
    disabled_at: Date | null;
    is_demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  recovery_codes: {
    id: Generated<string>;
    user_id: string;
    code_hash: string;
    used_at: Date | null;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Date;
    last_seen_at: Date;
    second_factor_at: Date | null;
    revoked_at: Date | null;
  };
  audit_entries: {
    seq: ColumnType<string, number, never>;
    occurred_at: Date;
    actor_user_id: string | null;
    actor_organisation_id: string | null;
    action: string;
    resource_type: string;
    resource_id: string | null;
    organisation_id: string | null;
    purpose: string | null;
    client_address: string | null;
    request_id: string | null;
    outcome: string;
    details: ColumnType<unknown, string, never>;
    prev_hash: string;
    hash: string;
  };
  audit_head: {
    id: Generated<boolean>;
    seq: ColumnType<string, number, number>;
    hash: string;
    mac: string;
  };
  audit_checkpoints: {
    seq: ColumnType<string, number, never>;
    hash: string;
    mac: string;
    created_at: Date;
  };
  schema_migrations: { version: string; applied_at: Generated<Date> };
}
