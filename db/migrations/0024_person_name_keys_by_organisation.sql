-- Name search within one organisation, keyed by organisation and trigram together (issue 4).
--
-- The search asks, word by word, whether each searched word is a substring of a person's
-- `search_text` (lower case, accents removed) in the searcher's organisation. The trigram
-- indexes of 0002 and 0007 hold one posting list per trigram for the whole node: with names
-- built from a few very common syllables ("nguyen", "thi"), each search decoded and intersected
-- lists of hundreds of thousands of persons of every organisation (0007's organisation column
-- is one more list to intersect, not a narrower one), then threw most of them away.
--
-- Here each key is one trigram *of one organisation*: the 64-bit hash of the organisation id's
-- first 8 characters followed by the three characters. A search intersects only its own
-- organisation's lists, tens of times shorter. The trigrams are every run of three characters of
-- the text, spaces included, so every substring of three characters or more of a matching
-- `search_text` has all its trigrams among the record's keys: the index never misses a match.
-- A hash collision (another organisation or trigram with the same key) only adds a candidate,
-- which the query's organisation and LIKE conditions then drop; results are those of the
-- substring match, exactly.
--
-- The two pg_trgm indexes are dropped: only the name search read them, and every person insert
-- paid for both.
-- Search texts written before the demo generator normalised names to NFKC, as registrations
-- always have and the search now does with what is typed, are normalised here (Thai SARA AM
-- among them), so both find the same persons. Lower case and accents stay removed.
-- Forward only: never edited once merged.

update persons set search_text = normalize(search_text, NFKC)
  where search_text is not nfkc normalized;

-- A SQL function: its per-row cost (tens of microseconds) is a small part of a registration.
-- Duplicate keys are left in: GIN removes them when it extracts a row's keys.
create function sahabat_name_keys(organisation_id uuid, search_text text) returns bigint[]
  language sql immutable parallel safe strict
  as $$
    select array(
      select hashtextextended(left(organisation_id::text, 8) || substr(search_text, i, 3), 0)
      from generate_series(1, length(search_text) - 2) as i)
  $$;

-- New persons' keys wait in GIN's pending list until it is merged, and every search reads that
-- whole list: with the default limit (4 MB, some 10,000 persons) a search cost 30 ms instead of
-- 0.3 ms at 200,000 persons. 128 kB (a few hundred persons) keeps that read short and each merge
-- small, and inserts still go to the list (turning it off made an insert about 0.8 ms dearer).
create index persons_org_name_keys_idx on persons
  using gin (sahabat_name_keys(organisation_id, search_text)) with (gin_pending_list_limit = 128);

drop index persons_org_search_trgm_idx;
drop index persons_search_trgm_idx;
