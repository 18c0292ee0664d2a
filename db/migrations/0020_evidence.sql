-- Retained evidence (issue 7): an upload is hashed in memory and discarded, unless a permitted
-- role explicitly keeps it as evidence, with a legal basis and a reason. Then its bytes are kept
-- here only, encrypted (AES-256-GCM under a random key per item, that key wrapped under the
-- node's data key, which never enters the database), with the hashes taken on acquisition,
-- before encryption, so every later decryption is checked against them.
-- Every access is a custody event: the chain of custody a court asks for. Custody events are
-- append-only, like the audit trail (a trigger refuses update and delete). An item is never
-- deleted: destruction wipes the ciphertext and the wrapped key and keeps the metadata and its
-- custody, so the record of what was held, and what became of it, outlives the material.
-- The legal basis and reasons are free text and live here, never in the audit trail.
-- Forward only: never edited once merged.

create table evidence_items (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  -- Where the material came from. No foreign key: the source tables (online-harm uploads,
  -- migration 0019) belong to another capability and the evidence outlives their rows.
  source_kind text not null check (source_kind in ('online_harm_upload')),
  source_id text not null check (length(source_id) between 1 and 200),
  media_type text not null check (length(media_type) between 3 and 255),
  byte_size integer not null check (byte_size > 0),
  -- Acquisition hashes of the plaintext, computed in memory before encryption.
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  md5 text not null check (md5 ~ '^[0-9a-f]{32}$'),
  legal_basis text not null check (length(legal_basis) between 1 and 500),
  reason text not null check (length(reason) between 1 and 2000),
  retained_by uuid not null references users (id),
  retained_at timestamptz not null,
  status text not null default 'active' check (status in ('active', 'destroyed')),
  -- AES-256-GCM of the bytes under the item's key; the item id and sha256 are its associated
  -- data, so a ciphertext moved to another row does not open.
  ciphertext bytea,
  iv bytea check (octet_length(iv) = 12),
  auth_tag bytea check (octet_length(auth_tag) = 16),
  -- The item's key under the node's data key: iv (12) ‖ tag (16) ‖ encrypted key (32).
  wrapped_key bytea check (octet_length(wrapped_key) = 60),
  -- Which node key wrapped the item key (a fingerprint of it, never the key) and its version.
  key_id text not null check (length(key_id) between 1 and 64),
  key_version integer not null check (key_version >= 1),
  destroyed_by uuid references users (id),
  destroyed_at timestamptz,
  destruction_reason text check (length(destruction_reason) between 1 and 2000),
  check (
    (status = 'active' and ciphertext is not null and iv is not null and auth_tag is not null
      and wrapped_key is not null and destroyed_at is null)
    or (status = 'destroyed' and ciphertext is null and iv is null and auth_tag is null
      and wrapped_key is null and destroyed_at is not null and destroyed_by is not null
      and destruction_reason is not null)
  )
);
create index evidence_items_source_idx on evidence_items (organisation_id, source_kind, source_id);

create table evidence_custody_events (
  id bigint generated always as identity primary key,
  item_id uuid not null references evidence_items (id),
  kind text not null check (kind in ('acquired', 'thumbnail_viewed', 'thumbnail_refused',
    'integrity_checked', 'destroyed')),
  actor_user_id uuid references users (id),
  actor_organisation_id uuid references organisations (id),
  occurred_at timestamptz not null,
  -- The reason the actor gave (may be missing on a refusal: that can be why it was refused).
  reason text check (length(reason) <= 2000),
  outcome text not null check (outcome in ('ok', 'denied', 'failed')),
  -- Codes and ids only (why a request was refused, what an integrity check found).
  details jsonb not null default '{}'::jsonb
);
create index evidence_custody_events_item_idx on evidence_custody_events (item_id, id);

create function refuse_evidence_custody_change() returns trigger language plpgsql as $$
begin
  raise exception 'the chain of custody is append-only';
end;
$$;
create trigger evidence_custody_events_append_only
  before update or delete on evidence_custody_events
  for each row execute function refuse_evidence_custody_change();

-- An item is never deleted, its acquisition facts never change, and destruction is final: the
-- only update allowed is active → destroyed. (A superuser can bypass triggers; the GCM tag and
-- the acquisition hash still catch altered material on the next decryption.)
create function guard_evidence_item_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'evidence items are never deleted';
  end if;
  if old.status <> 'active' or new.status <> 'destroyed'
    or new.id <> old.id or new.organisation_id <> old.organisation_id
    or new.source_kind <> old.source_kind or new.source_id <> old.source_id
    or new.media_type <> old.media_type or new.byte_size <> old.byte_size
    or new.sha256 <> old.sha256 or new.md5 <> old.md5
    or new.legal_basis <> old.legal_basis or new.reason <> old.reason
    or new.retained_by <> old.retained_by or new.retained_at <> old.retained_at
    or new.key_id <> old.key_id or new.key_version <> old.key_version then
    raise exception 'an evidence item changes only by its destruction';
  end if;
  return new;
end;
$$;
create trigger evidence_items_guard before update or delete on evidence_items
  for each row execute function guard_evidence_item_change();
