-- Registration speed (issue 4): the matching keys no longer check foreign keys.
--
-- A registration inserts about 25 rows into person_match_keys, and each row ran two foreign-key
-- checks: a look-up of its person and a look-up of its organisation, each locking the row it
-- found (FOR KEY SHARE). Every registration of an organisation thus locked the same
-- organisation row some 25 times, shared with every other registration in flight (a multixact
-- grown and read again on each lock); measured 1.84 ms and 417 buffers per registration at
-- 300,000 persons. Both checks guard nothing the keys' writer does not already guarantee:
-- - the keys are derived data, written only from their person's row in the same statement or
--   transaction: by the registration's insert, from the row it inserts (persons/queries.ts), and
--   by refreshPersonMatchKeys (apps/server/src/linkage/match-keys.ts), from the row it reads,
--   so their person exists;
-- - their organisation is copied from that person row, whose own foreign key checks it.
-- person_match_key_sets keeps its foreign key (one row per person, not per key).
--
-- The delete cascade is kept by a trigger: deleting persons still deletes their keys, in the
-- same statement. (TRUNCATE persons no longer demands CASCADE for this table; nothing truncates
-- persons.)
-- Forward only: never edited once merged.

alter table person_match_keys drop constraint person_match_keys_person_id_fkey;
alter table person_match_keys drop constraint person_match_keys_organisation_id_fkey;

create function delete_person_match_keys() returns trigger language plpgsql as $$
begin
  delete from person_match_keys k using deleted_persons d where k.person_id = d.id;
  return null;
end;
$$;

-- One statement-level trigger (not one per row): a bulk delete removes the keys in one join.
create trigger persons_delete_match_keys
  after delete on persons
  referencing old table as deleted_persons
  for each statement execute function delete_person_match_keys();
