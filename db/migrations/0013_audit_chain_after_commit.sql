-- The audit chain is linked after commit instead of inside every request's transaction.
--
-- Until now each transaction appended its entries under the chain head's row lock
-- (sahabat_append_audit), so every audited request on the node waited for the one before it to
-- commit, its WAL flush included. Now a request's transaction only inserts its entries,
-- unchained: the content and an insertion-order id, with no position and no hash. An entry still
-- commits with the change it records or not at all. A chainer (sahabat_chain_audit, run by the
-- server after such commits and every second) then links committed entries in id order, one
-- chainer at a time under the head's row lock.
--
-- What changes for the guarantee: an entry is protected by the chain from the moment it is
-- chained (normally within a second of its commit). Before that, only the database's access
-- control and the append-only trigger protect it; a superuser could alter or remove it unseen.
--
-- Entries chained before this migration keep their positions and hashes; their id is their
-- position, so the trail keeps its order. The hash is unchanged: SHA-256 over the previous
-- entry's hash, a newline, the position, a newline, and the canonical JSON of the content
-- (computed by the application, kept in `content` until the entry is chained).
-- Forward only: never edited once merged.

drop trigger audit_entries_append_only on audit_entries;

alter table audit_entries add column id bigint, add column content text;
update audit_entries set id = seq;
create sequence audit_entries_id_seq owned by audit_entries.id;
select setval('audit_entries_id_seq', coalesce((select max(seq) from audit_entries), 0) + 1, false);
alter table audit_entries
  alter column id set default nextval('audit_entries_id_seq'),
  alter column id set not null,
  drop constraint audit_entries_pkey,
  add primary key (id),
  add constraint audit_entries_seq_key unique (seq),
  alter column seq drop not null,
  alter column prev_hash drop not null,
  alter column hash drop not null,
  -- Unchained: no position, no link, and the content to hash. Chained: all three, and no content.
  add constraint audit_entries_chained_check check (
    (seq is null and prev_hash is null and hash is null and content is not null)
    or (seq is not null and prev_hash is not null and hash is not null and content is null));

-- The trail views read newest first in insertion order; the chainer reads the unchained in order.
drop index audit_entries_org_idx;
drop index audit_entries_actor_org_idx;
create index audit_entries_org_idx on audit_entries (organisation_id, id desc);
create index audit_entries_actor_org_idx on audit_entries (actor_organisation_id, id desc);
create index audit_entries_unchained_idx on audit_entries (id) where seq is null;

drop function sahabat_append_audit(jsonb);

-- Still append-only. The one change allowed is chaining an unchained entry: setting its
-- position, link and hash and dropping its content, with every recorded field unchanged.
create function refuse_audit_change_but_chaining() returns trigger language plpgsql as $$
declare
  chained audit_entries;
begin
  if tg_op = 'UPDATE' and old.seq is null and new.seq is not null then
    chained := old;
    chained.seq := new.seq;
    chained.prev_hash := new.prev_hash;
    chained.hash := new.hash;
    chained.content := null;
    if new is not distinct from chained then
      return new;
    end if;
  end if;
  raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_entries_append_only before update or delete on audit_entries
  for each row execute function refuse_audit_change_but_chaining();

-- Links up to `max_entries` committed unchained entries, oldest id first, after the head, and
-- moves the head. Returns each new position and hash (the application signs every 1,000th as a
-- checkpoint in the same transaction). The head's row lock makes chainers of every process run
-- one at a time; requests never take it.
create function sahabat_chain_audit(max_entries integer) returns table (seq bigint, hash text)
language plpgsql as $$
declare
  head_seq bigint;
  head_hash text;
  r record;
  new_hash text;
begin
  select h.seq, h.hash into head_seq, head_hash from audit_head h for update;
  for r in
    select a.id, a.content from audit_entries a where a.seq is null order by a.id limit max_entries
  loop
    head_seq := head_seq + 1;
    new_hash := encode(sha256(convert_to(head_hash || E'\n' || head_seq::text || E'\n' || r.content, 'UTF8')), 'hex');
    update audit_entries a
      set seq = head_seq, prev_hash = head_hash, hash = new_hash, content = null
      where a.id = r.id;
    seq := head_seq;
    hash := new_hash;
    return next;
    head_hash := new_hash;
  end loop;
  update audit_head set seq = head_seq, hash = head_hash;
end;
$$;
