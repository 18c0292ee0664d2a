-- Name search within one organisation's persons. The trigram index alone does not know the
-- organisation, so a search walked all of a large office's cases; this index holds both.
-- Forward only: never edited once merged.
create extension if not exists btree_gin;
create index persons_org_search_trgm_idx on persons using gin (organisation_id, search_text gin_trgm_ops);
