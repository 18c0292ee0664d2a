-- Takedown notices (issue 7): notices to platforms asking them to remove abuse material or
-- trafficking adverts, each version of a notice, every step of its life (sent, acknowledged,
-- reminded, removed, refused, referred to the police, re-uploaded) and every removal check.
-- A notice identifies content by location and fingerprints only: no material is ever stored
-- (an advert's short text excerpt is the one exception, it is not abuse material). A removal
-- check keeps the HTTP status and whether a fingerprint still matched, never what was fetched.
-- Forward only: never edited once merged.

create table takedown_notices (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  -- A re-upload after removal opens a new cycle: a new notice linked to the one before.
  previous_notice_id uuid references takedown_notices (id),
  cycle smallint not null default 1 check (cycle >= 1),
  version integer not null check (version >= 1),
  status text not null
    check (status in ('draft', 'sent', 'acknowledged', 'removed', 'refused')),
  platform_key text not null,
  category text not null check (category in
    ('abuse_material', 'live_streamed_abuse', 'grooming_sextortion', 'recruitment_advert', 'other')),
  country_code text not null references countries (code),
  -- The notice as validated (targets, fingerprints, legal basis, actions, issuer unit…).
  content jsonb not null,
  report_received_at timestamptz not null,
  deadline_hours integer not null check (deadline_hours > 0),
  sent_at timestamptz,
  sent_channel text check (sent_channel in ('email', 'portal')),
  sent_reference text,
  deadline_at timestamptz,
  acknowledged_at timestamptz,
  removed_at timestamptz,
  refused_at timestamptz,
  police_referred_at timestamptz,
  reminders_sent integer not null default 0,
  last_reminder_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index takedown_notices_organisation_idx on takedown_notices (organisation_id, created_at);
create index takedown_notices_open_idx on takedown_notices (status)
  where status in ('sent', 'acknowledged');

create table takedown_notice_versions (
  notice_id uuid not null references takedown_notices (id),
  version integer not null,
  content jsonb not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  primary key (notice_id, version)
);

create table takedown_events (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references takedown_notices (id),
  type text not null check (type in ('created', 'edited', 'sent', 'acknowledged', 'reminded',
    'removed', 'refused', 'police_referred', 'reuploaded', 'checked')),
  occurred_at timestamptz not null,
  actor_user_id uuid references users (id),
  note text check (length(note) <= 2000),
  details jsonb not null default '{}'
);
create index takedown_events_notice_idx on takedown_events (notice_id, occurred_at);

create table takedown_checks (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references takedown_notices (id),
  url text not null,
  checked_at timestamptz not null,
  http_status integer,
  -- gone: 404/410; changed: served, but no fingerprint matches; still_up: a fingerprint matches;
  -- inconclusive: an error, a timeout, a redirect or another status.
  outcome text not null check (outcome in ('gone', 'changed', 'still_up', 'inconclusive')),
  checked_by uuid references users (id)
);
create index takedown_checks_notice_idx on takedown_checks (notice_id, checked_at);
