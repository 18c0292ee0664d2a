import {
  type NoticeStep,
  PlatformView,
  TakedownCheckResult,
  TakedownDetail,
  TakedownMetrics,
  type TakedownSendBody,
  TakedownView,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/*
 * The takedown API as the web app calls it. The schemas are the server's own (@sahabat/shared),
 * so an answer is parsed with exactly what the server validated it against.
 */

export type { NoticeStep } from "@sahabat/shared";
export { noticeSteps, takedownStatuses } from "@sahabat/shared";

/** A notice in the list: only what the list shows is read. */
const TakedownSummary = TakedownView.pick({
  id: true,
  version: true,
  cycle: true,
  previousNoticeId: true,
  status: true,
  category: true,
  recipient: true,
  targets: true,
  sentAt: true,
  deadlineAt: true,
  removedAt: true,
  remindersSent: true,
  createdAt: true,
});
export type TakedownSummary = z.infer<typeof TakedownSummary>;

/** The organisation's takedown notices, newest first. */
export function takedownsQuery() {
  return queryOptions({
    queryKey: ["takedowns"],
    queryFn: () => apiRequest("GET", "/api/takedowns", { schema: z.array(TakedownSummary) }),
  });
}

export type Platform = PlatformView;

/** The platform directory (illustrative entries until a node replaces them). */
export function platformsQuery() {
  return queryOptions({
    // Not ["takedowns", "platforms"]: the online-harm pages cache a narrower view of the same
    // directory under that key (no abuse contact), and one key must hold one shape.
    queryKey: ["takedowns", "platform-directory"],
    queryFn: () => apiRequest("GET", "/api/takedowns/platforms", { schema: z.array(PlatformView) }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type Notice = TakedownView;
export type NoticeDetail = TakedownDetail;

/** One notice with its steps and removal checks. */
export function noticeQuery(id: string) {
  return queryOptions({
    queryKey: ["takedowns", "notice", id],
    queryFn: () =>
      apiRequest("GET", `/api/takedowns/${encodeURIComponent(id)}`, { schema: TakedownDetail }),
  });
}

/** The body of a draft as the server takes it (see notice-form-values.ts). */
export type NoticeBody = Record<string, unknown>;

export function createNotice(body: NoticeBody) {
  return apiRequest("POST", "/api/takedowns", { schema: TakedownView, body });
}

export function editNotice(id: string, body: NoticeBody) {
  return apiRequest("PUT", `/api/takedowns/${encodeURIComponent(id)}`, {
    schema: TakedownView,
    body,
  });
}

export type SendBody = TakedownSendBody;

export function sendNotice(id: string, body: SendBody) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/send`, {
    schema: TakedownView,
    body,
  });
}

export function recordNoticeStep(id: string, step: NoticeStep, note?: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/steps`, {
    schema: TakedownView,
    body: { step, ...(note ? { note } : {}) },
  });
}

export function reportReupload(id: string, note?: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/reupload`, {
    schema: TakedownView,
    body: note ? { note } : {},
  });
}

export type CheckResult = TakedownCheckResult;

/** Re-fetches every address of the notice and compares the fingerprints (nothing is kept). */
export function checkRemoval(id: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/checks`, {
    schema: TakedownCheckResult,
  });
}

export type Metrics = TakedownMetrics;

export type MetricsFilter = {
  from: string;
  to: string;
  platform?: string;
  category?: string;
  stillUpDays?: number;
};

/** The metrics of the organisation's notices sent in [from, to). */
export function metricsQuery(filter: MetricsFilter) {
  return queryOptions({
    queryKey: ["takedowns", "metrics", filter],
    queryFn: () =>
      apiRequest("GET", "/api/takedowns/metrics", {
        schema: TakedownMetrics,
        query: {
          from: filter.from,
          to: filter.to,
          platform: filter.platform,
          category: filter.category,
          stillUpDays: filter.stillUpDays,
        },
      }),
  });
}
