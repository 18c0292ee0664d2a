-- Online-harm reports (issue 7): URLs and uploads reported to an agency (by the public, another
-- agency, a platform or a hotline), the fingerprints each upload left behind, and its matches
-- against the node's hash lists with their review. An upload's bytes are hashed in memory and
-- dropped: no column here holds material, base64 or a file name. Keeping an upload is a separate,
-- explicit act (retained evidence, migration 0020) that this table only points to.
-- Hash lists gain a "verified" mark (an exact hit on a verified list is known material without
-- review) and entries a `quarantined` status (an entry matching far above its usual rate).
-- Forward only: never edited once merged.

alter table hash_lists add column is_verified boolean not null default false;

alter table hash_list_entries drop constraint hash_list_entries_status_check;
alter table hash_list_entries add constraint hash_list_entries_status_check
  check (status in ('active', 'disabled', 'tombstoned', 'quarantined'));

create table online_harm_reports (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  category text not null check (category in
    ('abuse_material', 'live_streamed_abuse', 'grooming_sextortion', 'recruitment_advert', 'other')),
  platform_key text not null check (length(platform_key) between 1 and 60),
  reporter_kind text not null check (reporter_kind in ('public', 'agency', 'platform', 'hotline')),
  reporter_anonymous boolean not null,
  reporter_name text check (length(reporter_name) <= 200),
  reporter_contact text check (length(reporter_contact) <= 200),
  reported_at timestamptz not null,
  case_id uuid references cases (id),
  status text not null default 'open' check (status in ('open', 'closed')),
  created_by uuid references users (id),
  created_at timestamptz not null,
  -- An anonymous reporter leaves nothing that names or reaches them.
  check (not reporter_anonymous or (reporter_name is null and reporter_contact is null))
);
create index online_harm_reports_organisation_idx
  on online_harm_reports (organisation_id, created_at desc, id desc);

create table online_harm_report_urls (
  report_id uuid not null references online_harm_reports (id),
  position smallint not null,
  url text not null check (url ~ '^https?://' and length(url) <= 2048),
  primary key (report_id, position)
);

create table online_harm_uploads (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references online_harm_reports (id),
  organisation_id uuid not null references organisations (id),
  md5 text not null check (md5 ~ '^[0-9a-f]{32}$'),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Images only: video and other media keep their exact digests alone, for now.
  pdq text check (pdq ~ '^[0-9a-f]{64}$'),
  quality smallint check (quality between 0 and 100),
  byte_size integer not null check (byte_size > 0),
  media_type text not null check (length(media_type) <= 127),
  width integer check (width > 0),
  height integer check (height > 0),
  -- The retained evidence item, when a permitted user chose to keep the upload. No foreign key:
  -- evidence has its own lifecycle (destruction) and its own migration (0020).
  evidence_id uuid,
  created_by uuid references users (id),
  created_at timestamptz not null
);
create index online_harm_uploads_report_idx on online_harm_uploads (report_id, created_at);

create table online_harm_matches (
  id uuid primary key default gen_random_uuid(),
  upload_id uuid not null references online_harm_uploads (id),
  -- Denormalised from the upload so that the review queue filters one table.
  organisation_id uuid not null references organisations (id),
  list_id uuid not null references hash_lists (id),
  entry_id uuid not null references hash_list_entries (id),
  fingerprint_type text not null,
  distance smallint not null check (distance between 0 and 256),
  variant text not null,
  kind text not null check (kind in ('exact', 'perceptual')),
  status text not null check (status in
    ('known_material', 'review', 'confirmed', 'not_a_match', 'quarantined', 'suppressed')),
  decided_by uuid references users (id),
  decided_at timestamptz,
  note text check (length(note) <= 1000),
  created_at timestamptz not null,
  unique (upload_id, entry_id)
);
create index online_harm_matches_upload_idx on online_harm_matches (upload_id);
-- The review queue: best (smallest distance) first, per organisation and status.
create index online_harm_matches_queue_idx
  on online_harm_matches (organisation_id, status, distance, created_at, id);
-- Quarantine statistics: an entry's hits over the last hour and the 30 days before, counted
-- from its recorded matches (every organisation's: the rate is the entry's, not an agency's).
create index online_harm_matches_entry_time_idx on online_harm_matches (entry_id, created_at);
