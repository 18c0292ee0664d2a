import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

export const takedownStatuses = ["draft", "sent", "acknowledged", "removed", "refused"] as const;

const TakedownSummary = z.object({
  id: z.string(),
  version: z.number(),
  cycle: z.number(),
  previousNoticeId: z.string().nullable(),
  status: z.enum(takedownStatuses),
  category: z.string(),
  recipient: z.object({ name: z.string(), isIllustrative: z.boolean() }),
  targets: z.array(z.object({ url: z.string() })),
  sentAt: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  remindersSent: z.number(),
  createdAt: z.string(),
});
export type TakedownSummary = z.infer<typeof TakedownSummary>;

/** The organisation's takedown notices, newest first. */
export function takedownsQuery() {
  return queryOptions({
    queryKey: ["takedowns"],
    queryFn: () => apiRequest("GET", "/api/takedowns", { schema: z.array(TakedownSummary) }),
  });
}

const Platform = z.object({
  key: z.string(),
  name: z.string(),
  channel: z.enum(["email", "portal"]),
  abuseContact: z.string(),
  languages: z.array(z.string()),
  isIllustrative: z.boolean(),
});
export type Platform = z.infer<typeof Platform>;

/** The platform directory (illustrative entries until a node replaces them). */
export function platformsQuery() {
  return queryOptions({
    // Not ["takedowns", "platforms"]: the online-harm pages cache a narrower view of the same
    // directory under that key (no abuse contact), and one key must hold one shape.
    queryKey: ["takedowns", "platform-directory"],
    queryFn: () => apiRequest("GET", "/api/takedowns/platforms", { schema: z.array(Platform) }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const Fingerprint = z.object({ type: z.string(), value: z.string() });

const Notice = z.object({
  id: z.string(),
  version: z.number(),
  cycle: z.number(),
  previousNoticeId: z.string().nullable(),
  status: z.enum(takedownStatuses),
  language: z.string(),
  category: z.string(),
  issuer: z.object({
    agency: z.string(),
    countryCode: z.string(),
    unit: z.string(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
  }),
  recipient: z.object({
    platform: z.string(),
    name: z.string(),
    channel: z.enum(["email", "portal"]),
    abuseContact: z.string(),
    isIllustrative: z.boolean(),
  }),
  targets: z.array(
    z.object({
      url: z.string(),
      contentId: z.string().nullable(),
      accountId: z.string().nullable(),
      firstSeenAt: z.string(),
      lastSeenAt: z.string(),
      captureMethod: z.string(),
      fingerprints: z.array(Fingerprint),
      excerpt: z.string().nullable(),
    }),
  ),
  explanation: z.string(),
  legalBasis: z.object({
    countryCode: z.string(),
    statute: z.string(),
    citation: z.string(),
    deadlineHours: z.number(),
    isStatutoryDeadline: z.boolean(),
    isIllustrative: z.boolean(),
    decisionReference: z.string().nullable(),
  }),
  requestedActions: z.array(z.string()),
  preservationDays: z.number().nullable(),
  redress: z.string(),
  responseChannel: z.object({
    email: z.string().nullable(),
    url: z.string().nullable(),
    reference: z.string(),
  }),
  reportReceivedAt: z.string(),
  sentAt: z.string().nullable(),
  sentChannel: z.enum(["email", "portal"]).nullable(),
  sentReference: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  refusedAt: z.string().nullable(),
  policeReferredAt: z.string().nullable(),
  remindersSent: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), send: z.boolean(), step: z.boolean() }),
});
export type Notice = z.infer<typeof Notice>;

const NoticeDetail = Notice.extend({
  events: z.array(
    z.object({
      type: z.string(),
      occurredAt: z.string(),
      actorUserId: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  checks: z.array(
    z.object({
      url: z.string(),
      checkedAt: z.string(),
      httpStatus: z.number().nullable(),
      outcome: z.string(),
    }),
  ),
});
export type NoticeDetail = z.infer<typeof NoticeDetail>;

/** One notice with its steps and removal checks. */
export function noticeQuery(id: string) {
  return queryOptions({
    queryKey: ["takedowns", "notice", id],
    queryFn: () =>
      apiRequest("GET", `/api/takedowns/${encodeURIComponent(id)}`, { schema: NoticeDetail }),
  });
}

/** The body of a draft as the server takes it (see notice-form-values.ts). */
export type NoticeBody = Record<string, unknown>;

export function createNotice(body: NoticeBody) {
  return apiRequest("POST", "/api/takedowns", { schema: Notice, body });
}

export function editNotice(id: string, body: NoticeBody) {
  return apiRequest("PUT", `/api/takedowns/${encodeURIComponent(id)}`, { schema: Notice, body });
}

export type SendBody = { channel: "email" } | { channel: "portal"; reference: string };

export function sendNotice(id: string, body: SendBody) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/send`, {
    schema: Notice,
    body,
  });
}

export const noticeSteps = ["acknowledged", "removed", "refused", "police_referred"] as const;
export type NoticeStep = (typeof noticeSteps)[number];

export function recordNoticeStep(id: string, step: NoticeStep, note?: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/steps`, {
    schema: Notice,
    body: { step, ...(note ? { note } : {}) },
  });
}

export function reportReupload(id: string, note?: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/reupload`, {
    schema: Notice,
    body: note ? { note } : {},
  });
}

const CheckResult = z.object({
  notice: Notice,
  checks: z.array(
    z.object({ url: z.string(), httpStatus: z.number().nullable(), outcome: z.string() }),
  ),
  reuploadNoticeId: z.string().nullable(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Re-fetches every address of the notice and compares the fingerprints (nothing is kept). */
export function checkRemoval(id: string) {
  return apiRequest("POST", `/api/takedowns/${encodeURIComponent(id)}/checks`, {
    schema: CheckResult,
  });
}

const Metrics = z.object({
  from: z.string(),
  to: z.string(),
  platform: z.string().nullable(),
  category: z.string().nullable(),
  noticesSent: z.number(),
  removed: z.number(),
  refused: z.number(),
  medianHoursToRemoval: z.number().nullable(),
  p90HoursToRemoval: z.number().nullable(),
  shareRemovedWithin24h: z.number().nullable(),
  shareRemovedWithin72h: z.number().nullable(),
  shareRemovedWithin7d: z.number().nullable(),
  stillUpAfterDays: z.number(),
  shareStillUpAfterDays: z.number().nullable(),
  remindersSent: z.number(),
  reuploadRate: z.number().nullable(),
  nonResponseRate: z.number().nullable(),
  medianHoursToPoliceReferral: z.number().nullable(),
  definitions: z.record(z.string(), z.string()),
});
export type Metrics = z.infer<typeof Metrics>;

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
        schema: Metrics,
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
