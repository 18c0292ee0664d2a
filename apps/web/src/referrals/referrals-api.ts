import {
  type ReferralBody,
  type ReferralListQuery,
  ReferralSummary,
  ReferralView,
  type ShareableField,
  SharedData,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

export type { ReferralSummary };

/** The list's filters, as GET /api/referrals takes them. */
export type ReferralFilters = ReferralListQuery;

/** Referrals received by the reader's organisation, or sent from the cases they can read. */
export function referralsQuery(filters: ReferralFilters) {
  return queryOptions({
    queryKey: ["referrals", "list", filters],
    queryFn: () =>
      apiRequest("GET", "/api/referrals", { schema: z.array(ReferralSummary), query: filters }),
  });
}

/** One referral as the reader's side sees it (the receiver: only the fields shared). */
export function referralQuery(id: string) {
  return queryOptions({
    queryKey: ["referrals", id],
    queryFn: () => apiRequest("GET", `/api/referrals/${id}`, { schema: ReferralView }),
  });
}

/** Exactly what the receiver would see if these fields were shared. */
export function previewReferral(caseId: string, sharedFields: ShareableField[]) {
  return apiRequest("POST", `/api/cases/${caseId}/referrals/preview`, {
    schema: SharedData,
    body: { sharedFields },
  });
}

/** Sends the referral. */
export function createReferral(caseId: string, body: z.output<typeof ReferralBody>) {
  return apiRequest("POST", `/api/cases/${caseId}/referrals`, { schema: ReferralView, body });
}

/** The receiver accepts, or declines with a reason. */
export function decideReferral(id: string, body: { accept: boolean; reason?: string | undefined }) {
  return apiRequest("POST", `/api/referrals/${id}/decision`, { schema: ReferralView, body });
}

/** The receiver records the service as delivered; their access to the shared fields ends. */
export function completeReferral(id: string, outcome: string) {
  return apiRequest("POST", `/api/referrals/${id}/completion`, {
    schema: ReferralView,
    body: { outcome },
  });
}

/** The sender withdraws an open referral. */
export function withdrawReferral(id: string) {
  return apiRequest("POST", `/api/referrals/${id}/withdrawal`, { schema: ReferralView });
}
