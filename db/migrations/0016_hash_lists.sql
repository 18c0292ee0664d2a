-- Hash lists (issue 7): lists of fingerprints of known material (MD5, SHA-1, SHA-256, PDQ,
-- PhotoDNA kept opaque), who owns each list, under which licence and with whom it is shared,
-- and each entry's provenance, status and votes. Imports are batches; every entry names its
-- batch. Nothing here is an image: only hashes.
-- Forward only: never edited once merged.

create table hash_lists (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  owner_organisation_id uuid not null references organisations (id),
  source text not null check (length(source) between 1 and 200),
  licence text not null check (length(licence) between 1 and 500),
  permitted_use text not null check (length(permitted_use) between 1 and 500),
  -- Who may export entries: nobody (a licence forbidding redistribution), the owner only, or
  -- every organisation that sees the list.
  export_policy text not null check (export_policy in ('none', 'owner', 'audience')),
  sharing_level text not null
    check (sharing_level in ('organisation', 'national', 'connected_nodes', 'sharing_group')),
  -- The organisations of the sharing group (sharing_level 'sharing_group' only).
  sharing_group_organisation_ids uuid[] not null default '{}',
  tlp text not null check (tlp in ('clear', 'green', 'amber', 'amber_strict', 'red')),
  threshold smallint not null check (threshold between 0 and 64),
  is_negative boolean not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index hash_lists_owner_idx on hash_lists (owner_organisation_id);

create table hash_list_imports (
  id uuid primary key default gen_random_uuid(),
  list_id uuid not null references hash_lists (id),
  format text not null,
  added integer not null,
  updated integer not null,
  tombstoned integer not null,
  unchanged integer not null,
  imported_by uuid references users (id),
  imported_at timestamptz not null
);
create index hash_list_imports_list_idx on hash_list_imports (list_id, imported_at);

-- Every change to an entry takes the next revision, so each server's in-memory index catches up
-- with changes made by other processes by reading the revisions it has not seen.
create sequence hash_list_entry_revisions;

create table hash_list_entries (
  id uuid primary key default gen_random_uuid(),
  list_id uuid not null references hash_lists (id),
  fingerprint_type text not null check (fingerprint_type in ('md5', 'sha1', 'sha256', 'pdq', 'photodna')),
  value text not null check (length(value) between 1 and 4096),
  quality smallint check (quality between 0 and 100),
  classification text check (length(classification) <= 100),
  batch_id uuid not null references hash_list_imports (id),
  source_id text check (length(source_id) <= 200),
  added_by uuid references users (id),
  added_at timestamptz not null,
  updated_at timestamptz not null,
  status text not null check (status in ('active', 'disabled', 'tombstoned')),
  confirm_votes integer not null default 0 check (confirm_votes >= 0),
  deconfirm_votes integer not null default 0 check (deconfirm_votes >= 0),
  revision bigint not null default nextval('hash_list_entry_revisions'),
  unique (list_id, fingerprint_type, value)
);
create index hash_list_entries_source_idx on hash_list_entries (list_id, source_id);
create index hash_list_entries_exact_idx on hash_list_entries (fingerprint_type, value)
  where status = 'active';
create index hash_list_entries_revision_idx on hash_list_entries (revision);
