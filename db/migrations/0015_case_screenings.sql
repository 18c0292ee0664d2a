-- Victim identification screenings stored with a case (issue 5): the answers to a version of the
-- instrument, the determination and its explanation, and the engine's full result. A draft
-- holds a partial screening and never a determination. Anonymous screenings (hotline, border)
-- are not stored at all.
-- Forward only: never edited once merged.

create table case_screenings (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  organisation_id uuid not null references organisations (id),
  instrument_version text not null check (length(instrument_version) between 1 and 40),
  status text not null check (status in ('draft', 'completed')),
  answers jsonb not null,
  -- The age facts the screening was evaluated with (the age in whole years, null when unknown).
  age smallint check (age between 0 and 130),
  age_estimated boolean not null,
  age_disputed boolean not null,
  profile char(2),
  interview_language text check (length(interview_language) <= 10),
  determination text check (determination in ('presumed_victim', 'possible_victim', 'no_indication')),
  -- The engine's result: elements, missing elements, national result, indicators, other harms.
  result jsonb,
  explanation jsonb,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_by uuid references users (id),
  updated_at timestamptz not null,
  completed_by uuid references users (id),
  completed_at timestamptz,
  check ((status = 'draft') = (determination is null)),
  check ((status = 'completed') = (completed_at is not null))
);
create index case_screenings_case_idx on case_screenings (case_id, created_at);
-- At most one open draft per case and author: a later save continues it.
create unique index case_screenings_one_draft_idx on case_screenings (case_id, created_by)
  where status = 'draft';
