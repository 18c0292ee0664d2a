-- A case's own audit trail (who looked at the child's record, who changed what) is read by
-- resource id and by the case and person ids the entries carry in their details.
-- Forward only: never edited once merged.
create index audit_entries_resource_idx on audit_entries (resource_id) where resource_id is not null;
create index audit_entries_details_idx on audit_entries using gin (details jsonb_path_ops);
