-- Selectors: the identifiers (phones, handles, URLs, e-mail, accounts, e-wallets, crypto addresses,
-- documents) that link cases and persons, the exclusion list that keeps helplines from linking
-- everyone, and the cross-agency hit/no-hit queries with their purpose.
-- Forward only: never edited once merged.

-- A selector as entered on a case, optionally naming the case's person (her own phone) rather than
-- the case (the recruiter's account). The value is kept exactly as entered; `correlation_key` is
-- null when it could not be parsed or failed its checksum, so it never links (issue 6).
create table selectors (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  case_id uuid references cases (id),
  person_id uuid references persons (id),
  kind text not null check (kind in ('phone', 'email', 'handle', 'url', 'bank_account', 'ewallet', 'crypto', 'document')),
  entered text not null check (length(entered) between 1 and 500),
  canonical text check (length(canonical) <= 600),
  platform text check (length(platform) <= 60),
  country char(2),
  correlation_key text check (length(correlation_key) <= 700),
  is_valid boolean not null,
  problem text check (length(problem) <= 40),
  note text check (length(note) <= 500),
  created_by uuid references users (id),
  created_at timestamptz not null,
  removed_by uuid references users (id),
  removed_at timestamptz,
  check (case_id is not null or person_id is not null),
  check (is_valid = (correlation_key is not null)),
  check (removed_at is not null or removed_by is null)
);
-- Correlation looks selectors up by key across every agency; the organisation is carried in the
-- index so the per-agency answer needs no visit to the table.
create index selectors_key_idx on selectors (correlation_key, organisation_id)
  where removed_at is null and correlation_key is not null;
create index selectors_case_idx on selectors (case_id, created_at) where removed_at is null;
create index selectors_person_idx on selectors (person_id) where removed_at is null;
-- One live copy of an identifier per case and subject: a second entry of the same value is a
-- conflict, not a second link.
create unique index selectors_unique_live_idx on selectors (
  case_id,
  coalesce(person_id, '00000000-0000-0000-0000-000000000000'::uuid),
  coalesce(correlation_key, kind || ':' || entered)
) where removed_at is null;

-- Values that must never link records: helplines, agencies' office numbers, placeholders. A row
-- without an organisation applies to the whole node.
create table selector_exclusions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid references organisations (id),
  correlation_key text not null check (length(correlation_key) <= 700),
  reason text not null check (length(reason) between 1 and 500),
  source text not null default 'manual' check (source in ('manual', 'directory')),
  provider_id uuid references service_providers (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create unique index selector_exclusions_key_idx
  on selector_exclusions (correlation_key, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Pre-filled with the directory's hotline numbers already in international form, canonicalised
-- as the selector engine does (E.164: '+' and digits). Numbers written nationally, and providers
-- listed later, are canonicalised by the server when it loads the list.
insert into selector_exclusions (correlation_key, reason, source, provider_id)
select distinct on (key) key, 'Hotline number in the service directory', 'directory', provider_id
from (
  select 'phone:+' || regexp_replace(n, '[^0-9]', '', 'g') as key, p.id as provider_id
  from service_providers p, unnest(p.hotline_numbers) as n
  where n ~ '^\+[1-9][0-9]{6,14}$'
) hotlines
on conflict do nothing;

-- A cross-agency hit/no-hit query: who asked, why, about what kind of identifier, and which
-- agencies answered "hit". The identifier itself is not stored: the holding agency learns who
-- asked and why, not what was asked about (it sees the match in its own records).
create table hit_queries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  purpose_code text not null check (purpose_code in ('child_protection', 'victim_identification', 'investigation', 'family_tracing', 'service_coordination')),
  purpose_text text not null check (length(purpose_text) between 1 and 500),
  selector_kinds text[] not null,
  hit_organisation_ids uuid[] not null default '{}',
  created_at timestamptz not null
);
create index hit_queries_user_idx on hit_queries (user_id, created_at desc);
create index hit_queries_hits_idx on hit_queries using gin (hit_organisation_ids);

-- The holding agency's notification points to the query that found its record.
alter table notifications add column hit_query_id uuid references hit_queries (id);
