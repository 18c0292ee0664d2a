-- A supervisor who refuses a closure request says why, and the case's workers read it on the
-- case until closure is asked again. Kept on the case (not in the audit trail, which never
-- holds free text).
-- Forward only: never edited once merged.
alter table cases
  add column closure_refusal_reason text check (length(closure_refusal_reason) between 1 and 2000),
  add column closure_refused_by uuid references users (id),
  add column closure_refused_at timestamptz,
  add check ((closure_refusal_reason is null) = (closure_refused_at is null));
