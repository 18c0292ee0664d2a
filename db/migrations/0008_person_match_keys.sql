-- Duplicate check at registration: the blocking keys of every person, computed by the linkage
-- engine (packages/linkage) in the application, so a new registration is compared only with the
-- persons that share a key with it instead of with every person of the node.
-- Forward only: never edited once merged.

-- One row per (person, blocking rule, key). The organisation is copied from the person so a
-- look-up can be limited to the persons an actor may see without reading the persons table.
create table person_match_keys (
  person_id uuid not null references persons (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  rule text not null check (length(rule) between 1 and 60),
  key text not null check (length(key) between 1 and 400),
  primary key (person_id, rule, key)
);
-- Equi-join look-up by (rule, key); the organisation narrows it to one agency's persons.
create index person_match_keys_lookup_idx on person_match_keys (rule, key, organisation_id);

-- Which version of the key derivation each person's keys come from. A person without a row, or
-- with an older version (names normalisation or blocking rules changed), is (re)computed by the
-- backfill the server runs after migrating.
create table person_match_key_sets (
  person_id uuid primary key references persons (id) on delete cascade,
  keys_version text not null,
  computed_at timestamptz not null default now()
);
create index person_match_key_sets_version_idx on person_match_key_sets (keys_version);
