-- Persons and cases: the caseworker's core records. Vocabulary follows the Human Trafficking Case
-- Data Standard (HTCDS v2.0) wherever it has a term, so export is a mapping.
-- Forward only: never edited once merged.

-- unaccent() is only STABLE (its dictionary could change), so it cannot back an index. This
-- wrapper pins the dictionary and is declared IMMUTABLE, the documented way to index it.
create function sahabat_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table persons (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  -- Names as the person gives them, in their own script, and in Latin script. A family name is
  -- optional (many people in the region have none); `name_order` says how to display them.
  given_name text not null check (length(given_name) between 1 and 200),
  family_name text check (length(family_name) <= 200),
  given_name_latin text check (length(given_name_latin) <= 200),
  family_name_latin text check (length(family_name_latin) <= 200),
  name_order text not null default 'given_first' check (name_order in ('given_first', 'family_first')),
  other_names text[] not null default '{}',
  -- Lower-cased, accent-free text of every name, for trigram search across scripts.
  search_text text not null,
  sex text not null default 'unknown' check (sex in ('female', 'male', 'intersex', 'unknown')),
  date_of_birth date,
  -- An estimated age advances with time: it is stored with the date it was estimated on.
  estimated_age_years smallint check (estimated_age_years between 0 and 120),
  age_estimated_on date,
  age_basis text not null default 'declared' check (age_basis in ('document', 'declared', 'assessed', 'presumed_minor', 'unknown')),
  is_age_disputed boolean not null default false,
  nationality_status text not null default 'unknown' check (nationality_status in ('known', 'stateless', 'unknown')),
  nationality char(2) references countries (code),
  languages text[] not null default '{}',
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((nationality_status = 'known') = (nationality is not null)),
  check ((estimated_age_years is null) = (age_estimated_on is null))
);
create index persons_organisation_idx on persons (organisation_id);
create index persons_search_trgm_idx on persons using gin (search_text gin_trgm_ops);

-- Guardians and contacts of a person (identifying).
create table person_contacts (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references persons (id),
  relation text not null check (relation in ('guardian', 'parent', 'relative', 'legal_representative', 'other')),
  name text not null check (length(name) between 1 and 200),
  phone text check (phone ~ '^\+?[1-9][0-9]{1,14}$'),
  is_legal_guardian boolean not null default false,
  created_at timestamptz not null default now()
);
create index person_contacts_person_idx on person_contacts (person_id);

-- Identity documents (identifying).
create table person_documents (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references persons (id),
  document_type text not null check (document_type in ('passport', 'national_id', 'birth_certificate', 'travel_document', 'other')),
  number text not null check (length(number) between 1 and 60),
  issuing_country char(2) references countries (code),
  created_at timestamptz not null default now()
);
create index person_documents_person_idx on person_documents (person_id);

create table cases (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  reference text not null unique,
  person_id uuid not null references persons (id),
  registered_on date not null,
  referral_source text not null check (referral_source in ('self', 'family', 'community', 'police', 'immigration', 'ngo', 'hotline', 'social_welfare', 'health', 'school', 'embassy', 'other')),
  found_country char(2) references countries (code),
  found_province text check (length(found_province) <= 120),
  found_place text check (length(found_place) <= 200),
  exploitation_types text[] not null default '{}',
  recruitment_methods text[] not null default '{}',
  recruiter_relation text check (recruiter_relation in ('Familial', 'Acquainted', 'Unaquainted')),
  recruitment_platforms text[] not null default '{}',
  origin_country char(2) references countries (code),
  origin_province text check (length(origin_province) <= 120),
  transit jsonb not null default '[]'::jsonb,
  destination_country char(2) references countries (code),
  destination_province text check (length(destination_province) <= 120),
  border_crossing text not null default 'unknown' check (border_crossing in ('none', 'regular', 'irregular', 'unknown')),
  risk_level text not null default 'medium' check (risk_level in ('low', 'medium', 'high')),
  risk_reason text check (length(risk_reason) <= 2000),
  status text not null default 'open' check (status in ('open', 'assessed', 'in_services', 'closure_requested', 'closed')),
  closure_outcome text check (closure_outcome in ('reintegrated', 'transferred', 'lost_contact', 'other')),
  closure_reason text check (length(closure_reason) <= 2000),
  closure_requested_by uuid references users (id),
  closure_approved_by uuid references users (id),
  closed_at timestamptz,
  assigned_user_id uuid references users (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'closed') = (closed_at is not null)),
  check (status not in ('closure_requested', 'closed') or closure_outcome is not null)
);
create index cases_organisation_idx on cases (organisation_id, created_at desc, id);
create index cases_person_idx on cases (person_id);
create index cases_assigned_idx on cases (assigned_user_id);
create index cases_status_idx on cases (organisation_id, status);

create table case_notes (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  author_id uuid references users (id),
  body text not null check (length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index case_notes_case_idx on case_notes (case_id, created_at);

create table case_tasks (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  title text not null check (length(title) between 1 and 200),
  due_on date,
  assigned_user_id uuid references users (id),
  done_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index case_tasks_case_idx on case_tasks (case_id);
create index case_tasks_assigned_idx on case_tasks (assigned_user_id, due_on) where done_at is null;

-- Consent and assent: to what, by whom (the child's own view and the guardian's), when, and its
-- withdrawal. A record is never deleted; withdrawal is a date.
create table consents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  scope text not null check (scope in ('registration', 'interview', 'data_processing', 'sharing_with_referrals', 'cross_border_sharing', 'research_use')),
  given_by text not null check (given_by in ('child', 'guardian')),
  decision text not null check (decision in ('given', 'refused')),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null,
  withdrawn_at timestamptz,
  note text check (length(note) <= 2000)
);
create index consents_case_idx on consents (case_id);

-- The case plan over the ASEAN minimum service package (MSP01 … MSP10).
create table case_plan_items (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  service_key text not null check (service_key ~ '^MSP(0[1-9]|10)$'),
  provider_organisation_id uuid references organisations (id),
  status text not null default 'planned' check (status in ('planned', 'referred', 'in_progress', 'delivered', 'not_needed', 'declined')),
  start_on date,
  end_on date,
  outcome text check (length(outcome) <= 2000),
  updated_at timestamptz not null default now(),
  unique (case_id, service_key)
);

create sequence case_reference_seq;
