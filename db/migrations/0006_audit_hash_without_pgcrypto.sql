-- The chain hash uses PostgreSQL's built-in sha256() (core since 11) instead of pgcrypto's
-- digest(): the embedded engine's pgcrypto could fail intermittently to initialise its cipher
-- ("Cannot use \"sha256\": Cipher cannot be initialized"), which refused the write. Same bytes,
-- same hash: SHA-256 of the UTF-8 text.
-- Forward only: never edited once merged.

create or replace function sahabat_append_audit(events jsonb) returns table (seq bigint, hash text)
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
    new_hash := encode(sha256(convert_to(head_hash || E'\n' || head_seq::text || E'\n' || (e->>'content'), 'UTF8')), 'hex');
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
