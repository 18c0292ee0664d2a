-- Confirm/deconfirm votes on hash-list entries (issue 7): whoever matched against an entry says
-- whether the match was the listed material (confirm) or not (deconfirm). One vote per user and
-- entry; a changed mind replaces the vote. The entry's counts are kept in step in the same
-- transaction, so a list's reliability reads without counting.
-- Forward only: never edited once merged.

create table hash_list_entry_votes (
  entry_id uuid not null references hash_list_entries (id),
  user_id uuid not null references users (id),
  organisation_id uuid not null references organisations (id),
  vote text not null check (vote in ('confirm', 'deconfirm')),
  voted_at timestamptz not null,
  primary key (entry_id, user_id)
);
