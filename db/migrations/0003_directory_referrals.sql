-- Service directory, referrals between agencies, and in-app notifications.
-- Forward only: never edited once merged.

create table service_providers (
  id uuid primary key default gen_random_uuid(),
  -- The organisation that runs it and keeps its availability current; null for an external
  -- service listed by a node administrator (it cannot receive in-app referrals).
  organisation_id uuid references organisations (id),
  name text not null check (length(name) between 1 and 200),
  services text[] not null check (cardinality(services) between 1 and 10),
  languages text[] not null default '{}',
  country_code char(2) not null references countries (code),
  province text check (length(province) <= 120),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  min_age smallint not null default 0 check (min_age between 0 and 120),
  max_age smallint not null default 120 check (max_age between 0 and 120),
  sexes text[] not null default '{female,male,intersex,unknown}',
  hours text check (length(hours) <= 200),
  hotline_numbers text[] not null default '{}',
  bed_capacity integer check (bed_capacity >= 0),
  beds_available integer check (beds_available >= 0 and beds_available <= bed_capacity),
  availability_updated_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (min_age <= max_age),
  check ((latitude is null) = (longitude is null))
);
create index service_providers_services_idx on service_providers using gin (services);
create index service_providers_languages_idx on service_providers using gin (languages);
create index service_providers_place_idx on service_providers (country_code, province);

create table referrals (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  from_organisation_id uuid not null references organisations (id),
  provider_id uuid not null references service_providers (id),
  to_organisation_id uuid not null references organisations (id),
  service_key text not null check (service_key ~ '^MSP(0[1-9]|10)$'),
  -- The need-to-know choice: exactly these fields are shown to the receiver, and only while the
  -- referral is open.
  shared_fields text[] not null,
  reason text not null check (length(reason) between 1 and 2000),
  legal_basis text not null check (length(legal_basis) between 1 and 200),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn', 'completed')),
  decline_reason text check (length(decline_reason) <= 2000),
  outcome text check (length(outcome) <= 2000),
  created_by uuid references users (id),
  created_at timestamptz not null,
  decided_by uuid references users (id),
  decided_at timestamptz,
  closed_at timestamptz,
  check (status <> 'declined' or decline_reason is not null),
  check ((status in ('declined', 'withdrawn', 'completed')) = (closed_at is not null))
);
create index referrals_case_idx on referrals (case_id);
create index referrals_to_idx on referrals (to_organisation_id, created_at desc);
create index referrals_from_idx on referrals (from_organisation_id, created_at desc);

create table referral_events (
  id uuid primary key default gen_random_uuid(),
  referral_id uuid not null references referrals (id),
  status text not null,
  actor_user_id uuid references users (id),
  note text check (length(note) <= 2000),
  occurred_at timestamptz not null
);
create index referral_events_referral_idx on referral_events (referral_id, occurred_at);

-- In-app notifications to an organisation (all its case staff) or to one user. They name
-- records by id and kind only, never a child's name.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid references users (id),
  kind text not null,
  referral_id uuid references referrals (id),
  case_id uuid references cases (id),
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_org_idx on notifications (organisation_id, created_at desc);
