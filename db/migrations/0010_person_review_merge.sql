-- Reviewing possible duplicates and merging person records (issue 6): candidate pairs found by the
-- blocking keys (0008) and scored by the linkage engine, the decisions people take on them, and
-- merges that group records as one person while every original row stays as it was.
-- Forward only: never edited once merged.

-- One row per unordered pair of persons of one organisation (the smaller id first). The score,
-- weight and explanation are those of `model_version`; an open pair is rescored when the model
-- changes, a decided one keeps the score it was decided on, so decisions stay usable as labels.
create table person_match_pairs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  person_a_id uuid not null references persons (id),
  person_b_id uuid not null references persons (id),
  probability double precision not null check (probability between 0 and 1),
  weight double precision not null,
  explanation jsonb not null,
  model_version text not null check (length(model_version) between 1 and 100),
  scored_at timestamptz not null,
  -- open: in the review queue; unsure: in the supervisors' queue; match / not_match: decided.
  status text not null default 'open' check (status in ('open', 'unsure', 'match', 'not_match')),
  -- Raised by every decision: a decision names the version it saw, so a second decision taken on
  -- a stale screen finds another version and is refused (409) instead of overwriting the first.
  version integer not null default 1,
  check (person_a_id < person_b_id),
  unique (person_a_id, person_b_id)
);
create index person_match_pairs_queue_idx on person_match_pairs (organisation_id, status, probability desc);
create index person_match_pairs_b_idx on person_match_pairs (person_b_id);

-- Every decision and reopening, append-only: who, when, on which model's score, and why.
create table person_match_decisions (
  id uuid primary key default gen_random_uuid(),
  -- The order decisions were taken in, even when two share a timestamp.
  seq bigint generated always as identity,
  pair_id uuid not null references person_match_pairs (id),
  organisation_id uuid not null references organisations (id),
  decision text not null check (decision in ('match', 'not_match', 'unsure', 'reopened')),
  note text check (length(note) <= 1000),
  decided_by uuid references users (id),
  decided_at timestamptz not null,
  model_version text not null,
  probability double precision not null
);
create index person_match_decisions_pair_idx on person_match_decisions (pair_id, seq);

-- A group of person records that are one child. The person rows are never rewritten: membership
-- is a history of intervals, each opened and closed by a merge or an unmerge.
create table person_groups (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  created_at timestamptz not null
);

create table person_merges (
  id uuid primary key default gen_random_uuid(),
  -- Merges of a group are undone latest first; timestamps can tie, this order cannot.
  seq bigint generated always as identity,
  organisation_id uuid not null references organisations (id),
  group_id uuid not null references person_groups (id),
  -- When the merge joined two groups: the one whose members moved into `group_id`.
  joined_group_id uuid references person_groups (id),
  person_a_id uuid not null references persons (id),
  person_b_id uuid not null references persons (id),
  -- The "match" decision it rests on, or null when the user merged explicitly with a reason.
  pair_id uuid references person_match_pairs (id),
  reason text not null check (length(reason) between 1 and 1000),
  merged_by uuid references users (id),
  merged_at timestamptz not null,
  unmerge_reason text check (length(unmerge_reason) between 1 and 1000),
  unmerged_by uuid references users (id),
  unmerged_at timestamptz,
  check (person_a_id <> person_b_id),
  check ((unmerged_at is null) = (unmerge_reason is null))
);
create index person_merges_group_idx on person_merges (group_id, seq);
create index person_merges_joined_idx on person_merges (joined_group_id, seq);

create table person_group_members (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references person_groups (id),
  person_id uuid not null references persons (id),
  organisation_id uuid not null references organisations (id),
  added_by_merge_id uuid not null references person_merges (id),
  added_at timestamptz not null,
  removed_by_merge_id uuid references person_merges (id),
  removed_at timestamptz,
  check ((removed_at is null) = (removed_by_merge_id is null))
);
-- A person belongs to at most one group at a time.
create unique index person_group_members_live_idx on person_group_members (person_id) where removed_at is null;
create index person_group_members_group_idx on person_group_members (group_id) where removed_at is null;
