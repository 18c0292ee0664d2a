import type { ColumnType, Generated } from "kysely";
import type { AdLexiconTables } from "./ad-lexicon-tables.ts";
import type { EvidenceTables } from "./evidence-tables.ts";
import type { HashListTables } from "./hash-list-tables.ts";
import type { OnlineHarmTables } from "./online-harm-tables.ts";
import type { ReviewTables } from "./review-tables.ts";
import type { ScreeningTables } from "./screening-tables.ts";
import type { SelectorTables } from "./selector-tables.ts";
import type { TakedownTables } from "./takedown-tables.ts";

/** Kysely's view of the tables; keep in step with db/migrations. */
export interface Database
  extends SelectorTables,
    ReviewTables,
    ScreeningTables,
    HashListTables,
    TakedownTables,
    AdLexiconTables,
    EvidenceTables,
    OnlineHarmTables {
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
    /** Insertion order (a sequence); equals `seq` for entries chained before migration 0013. */
    id: ColumnType<string, never, never>;
    /** Position in the chain: null until the chainer links the entry (migration 0013). */
    seq: ColumnType<string | null, never, never>;
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
    prev_hash: ColumnType<string | null, never, never>;
    hash: ColumnType<string | null, never, never>;
    /** The canonical content to hash, kept only until the entry is chained. */
    content: ColumnType<string | null, string, never>;
  };
  audit_head: {
    id: Generated<boolean>;
    seq: ColumnType<string, number, number>;
    hash: string;
  };
  audit_checkpoints: {
    seq: ColumnType<string, number, never>;
    hash: string;
    mac: string;
    created_at: Date;
  };
  persons: {
    id: Generated<string>;
    organisation_id: string;
    given_name: string;
    family_name: string | null;
    given_name_latin: string | null;
    family_name_latin: string | null;
    name_order: string;
    other_names: string[];
    search_text: string;
    sex: string;
    date_of_birth: string | null;
    estimated_age_years: number | null;
    age_estimated_on: string | null;
    age_basis: string;
    is_age_disputed: boolean;
    nationality_status: string;
    nationality: string | null;
    languages: string[];
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  person_contacts: {
    id: Generated<string>;
    person_id: string;
    relation: string;
    name: string;
    phone: string | null;
    is_legal_guardian: boolean;
    created_at: Generated<Date>;
  };
  person_documents: {
    id: Generated<string>;
    person_id: string;
    document_type: string;
    number: string;
    issuing_country: string | null;
    created_at: Generated<Date>;
  };
  cases: {
    id: Generated<string>;
    organisation_id: string;
    reference: string;
    person_id: string;
    registered_on: string;
    referral_source: string;
    found_country: string | null;
    found_province: string | null;
    found_place: string | null;
    exploitation_types: string[];
    recruitment_methods: string[];
    recruiter_relation: string | null;
    recruitment_platforms: string[];
    origin_country: string | null;
    origin_province: string | null;
    transit: ColumnType<{ country: string; province?: string }[], string, string>;
    destination_country: string | null;
    destination_province: string | null;
    border_crossing: string;
    risk_level: string;
    risk_reason: string | null;
    status: Generated<string>;
    closure_outcome: string | null;
    closure_reason: string | null;
    closure_requested_by: string | null;
    closure_approved_by: string | null;
    closed_at: Date | null;
    closure_refusal_reason: string | null;
    closure_refused_by: string | null;
    closure_refused_at: Date | null;
    assigned_user_id: string | null;
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_notes: {
    id: Generated<string>;
    case_id: string;
    author_id: string | null;
    body: string;
    created_at: Generated<Date>;
  };
  case_tasks: {
    id: Generated<string>;
    case_id: string;
    title: string;
    due_on: string | null;
    assigned_user_id: string | null;
    done_at: Date | null;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  consents: {
    id: Generated<string>;
    case_id: string;
    scope: string;
    given_by: string;
    decision: string;
    recorded_by: string | null;
    recorded_at: Date;
    withdrawn_at: Date | null;
    note: string | null;
  };
  case_plan_items: {
    id: Generated<string>;
    case_id: string;
    service_key: string;
    provider_organisation_id: string | null;
    status: Generated<string>;
    start_on: string | null;
    end_on: string | null;
    outcome: string | null;
    updated_at: Generated<Date>;
  };
  service_providers: {
    id: Generated<string>;
    organisation_id: string | null;
    name: string;
    services: string[];
    languages: string[];
    country_code: string;
    province: string | null;
    latitude: number | null;
    longitude: number | null;
    min_age: number;
    max_age: number;
    sexes: string[];
    hours: string | null;
    hotline_numbers: string[];
    bed_capacity: number | null;
    beds_available: number | null;
    availability_updated_at: Date | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  referrals: {
    id: Generated<string>;
    case_id: string;
    from_organisation_id: string;
    provider_id: string;
    to_organisation_id: string;
    service_key: string;
    shared_fields: string[];
    reason: string;
    legal_basis: string;
    status: Generated<string>;
    decline_reason: string | null;
    outcome: string | null;
    created_by: string | null;
    created_at: Date;
    decided_by: string | null;
    decided_at: Date | null;
    closed_at: Date | null;
  };
  referral_events: {
    id: Generated<string>;
    referral_id: string;
    status: string;
    actor_user_id: string | null;
    note: string | null;
    occurred_at: Date;
  };
  notifications: {
    id: Generated<string>;
    organisation_id: string;
    user_id: string | null;
    kind: string;
    referral_id: string | null;
    case_id: string | null;
    hit_query_id: Generated<string | null>;
    created_at: Date;
    read_at: Date | null;
  };
  person_match_keys: { person_id: string; organisation_id: string; rule: string; key: string };
  person_match_key_sets: { person_id: string; keys_version: string; computed_at: Generated<Date> };
  schema_migrations: { version: string; applied_at: Generated<Date> };
}
