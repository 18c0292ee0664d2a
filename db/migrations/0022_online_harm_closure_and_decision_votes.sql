-- Online-harm follow-up (issue 7).
-- 1. A report is closed with an outcome and a reason, by whom and when. Closed reports take no
--    more uploads. The reason is free text kept here, never in the audit trail.
-- 2. A review decision on a match is also a vote on the matched hash-list entry (confirmed →
--    confirm, not a match → deconfirm). The vote names the decision it came from; a vote cast
--    directly on the list has none. No foreign key: the votes belong to hash lists, which must
--    not depend on the online-harm tables that build on them.
-- Forward only: never edited once merged.

alter table online_harm_reports
  add column close_outcome text check (close_outcome in
    ('content_removed', 'referred_to_police', 'referred_to_other_agency', 'no_action_possible',
     'not_harmful', 'duplicate', 'other')),
  add column close_reason text check (length(close_reason) between 1 and 2000),
  add column closed_by uuid references users (id),
  add column closed_at timestamptz;

-- A closed report says how and when; an open one has no closure.
alter table online_harm_reports add constraint online_harm_reports_closure_check check (
  (status = 'closed') = (close_outcome is not null and close_reason is not null and closed_at is not null)
);

alter table hash_list_entry_votes add column match_id uuid;
