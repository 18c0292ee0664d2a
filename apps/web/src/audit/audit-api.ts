import { AuditPage } from "@sahabat/shared";
import { infiniteQueryOptions } from "@tanstack/react-query";
import { apiRequest } from "../app/api-client.ts";

/** Filters of the trail, as kept in the page's URL. */
export type AuditFilters = { action?: string | undefined; organisationId?: string | undefined };

const pageSize = 50;

/** The trail, newest first, a page at a time: each page continues before the last seq seen. */
export function auditPagesQuery(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) =>
      apiRequest("GET", "/api/audit", {
        schema: AuditPage,
        query: { ...filters, before: pageParam, limit: pageSize },
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/**
 * Actions the server records today, each with a label in every language. The API offers no
 * list of them (gap, reported); an action not named here is shown by its code.
 */
export const knownActions = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.second_factor",
  "auth.second_factor_failed",
  "auth.enrolment_start",
  "auth.enrolment_confirm",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "auth.password_change",
  "user.create",
  "user.update",
  "user.preferences",
  "organisation.create",
  "organisation.update",
  "person.create",
  "person.read",
  "person.list",
  "case.create",
  "case.update",
  "case.status",
  "case.assign",
  "case.closure_request",
  "case.close",
  "case.closure_refused",
  "case.note",
  "case.task",
  "case.task_done",
  "case.consent",
  "case.consent_withdrawn",
  "case.plan",
  "referral.create",
  "referral.accepted",
  "referral.declined",
  "referral.completed",
  "referral.withdrawn",
  "provider.create",
  "provider.availability",
] as const;
export type KnownAction = (typeof knownActions)[number];

/** Whether the web app has a label for this action. */
export function isKnownAction(action: string): action is KnownAction {
  return (knownActions as readonly string[]).includes(action);
}
