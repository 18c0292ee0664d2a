-- Advert lexicon entries added by agencies (issue 7: lexicons "extended by the team and by
-- agencies (audited)"). The team extends the shipped lexicons in the repository; an agency adds
-- its own phrases here, and they apply to its users' screenings on top of the shipped ones.
-- Each entry is the package's LexiconEntry as validated; an entry is never edited, only retired,
-- so an indicator naming an entry and its lexicon revision can always be traced to its phrase.
-- Forward only: never edited once merged.

create table ad_lexicons (
  organisation_id uuid not null references organisations (id),
  language text not null,
  -- Raised on every change; the version is "<year of the change>.<revision>" (2026.3).
  revision integer not null check (revision >= 1),
  version text not null,
  updated_at timestamptz not null,
  primary key (organisation_id, language)
);

create table ad_lexicon_entries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  language text not null,
  -- The package's id of the entry (vi-B-500); agencies number from 500.
  entry_id text not null,
  category text not null check (category in ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  entry jsonb not null,
  status text not null check (status in ('active', 'retired')),
  added_version text not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  retired_version text,
  retired_by uuid references users (id),
  retired_at timestamptz,
  retire_reason text check (length(retire_reason) <= 500),
  unique (organisation_id, entry_id),
  foreign key (organisation_id, language) references ad_lexicons (organisation_id, language)
);
create index ad_lexicon_entries_active_idx on ad_lexicon_entries (organisation_id)
  where status = 'active';
