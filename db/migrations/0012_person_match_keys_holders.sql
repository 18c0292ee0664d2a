-- The duplicate check reads a key's holders from the index alone: person_id joins the look-up
-- index, so counting a key's holders and ranking them are index-only scans instead of one visit
-- to the table per holder (on a province office's 60,000 persons, most of a check's time went to
-- those visits). Same columns and order as before, so every other look-up by (rule, key,
-- organisation) keeps using it. Rebuilding it reads the whole table once.
-- Forward only: never edited once merged.

drop index person_match_keys_lookup_idx;
create index person_match_keys_lookup_idx
  on person_match_keys (rule, key, organisation_id) include (person_id);
