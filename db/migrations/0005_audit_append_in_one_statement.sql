-- Appending to the audit chain in one statement. The chain head stays locked only for this
-- statement and the commit after it, instead of several round trips from the application, so
-- concurrent writers queue for far less time.
--
-- Each entry's hash is SHA-256 over: the previous entry's hash, a newline, the entry's position,
-- a newline, and the canonical JSON of its content (computed by the application, which also
-- recomputes it when verifying). The head is no longer signed on every write; signed checkpoints
-- (every 1,000 entries, and periodically) carry the MAC instead, under a key the database never sees.
-- Forward only: never edited once merged.

alter table audit_head drop column mac;

create function sahabat_append_audit(events jsonb) returns table (seq bigint, hash text)
language plpgsql as $$
declare
  head_seq bigint;
  head_hash text;
  e jsonb;
  new_hash text;
begin
  select h.seq, h.hash into head_seq, head_hash from audit_head h for update;
  for e in select value from jsonb_array_elements(events) loop
    head_seq := head_seq + 1;
    new_hash := encode(digest(head_hash || E'\n' || head_seq::text || E'\n' || (e->>'content'), 'sha256'), 'hex');
    insert into audit_entries (seq, occurred_at, actor_user_id, actor_organisation_id, action, resource_type,
      resource_id, organisation_id, purpose, client_address, request_id, outcome, details, prev_hash, hash)
    values (head_seq, (e->>'occurredAt')::timestamptz, (e->>'actorUserId')::uuid, (e->>'actorOrganisationId')::uuid,
      e->>'action', e->>'resourceType', e->>'resourceId', (e->>'organisationId')::uuid, e->>'purpose',
      e->>'clientAddress', e->>'requestId', e->>'outcome', e->'details', head_hash, new_hash);
    seq := head_seq;
    hash := new_hash;
    return next;
    head_hash := new_hash;
  end loop;
  update audit_head set seq = head_seq, hash = head_hash;
end;
$$;
