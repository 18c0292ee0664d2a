import { z } from "zod";
import { ReportUrl, reportCategories } from "./online-harm.ts";

/*
 * Wire schemas of takedown notices, shared by the server (validation, responses, OpenAPI) and
 * the web app (forms, parsing answers). A notice identifies content by its location and its
 * fingerprints only: there is no field for material, and an excerpt is accepted for adverts only.
 */

/** A notice's categories are an online-harm report's: a notice is often drafted from one. */
export const takedownCategories = reportCategories;
export const TakedownCategory = z.enum(takedownCategories);
export type TakedownCategory = z.infer<typeof TakedownCategory>;

export const takedownStatuses = ["draft", "sent", "acknowledged", "removed", "refused"] as const;
export const TakedownStatus = z.enum(takedownStatuses);
export type TakedownStatus = z.infer<typeof TakedownStatus>;

export const requestedActions = [
  "remove",
  "disable_access",
  "geo_block",
  "suspend_account",
  "preserve_evidence",
  "do_not_notify_user",
] as const;

/** Languages a notice may be written in (the interface languages). */
export const noticeLanguages = ["en", "vi", "th", "km", "id", "ms", "my", "lo", "fil"] as const;
export const NoticeLanguage = z.enum(noticeLanguages);

/** How the content was seen: by a crawler, a user's report, a hotline's referral, an officer. */
export const captureMethods = ["crawler", "user_report", "hotline_referral", "officer"] as const;

/** Fingerprints a notice may carry (never the material itself). */
export const fingerprintTypes = ["md5", "sha256", "pdq"] as const;

/** How a notice reaches a platform: by e-mail, or through its portal (recorded as sent). */
export const noticeChannels = ["email", "portal"] as const;

/** The steps recorded after sending, in any order the notice's status allows. */
export const noticeSteps = ["acknowledged", "removed", "refused", "police_referred"] as const;
export type NoticeStep = (typeof noticeSteps)[number];

/** An address (a target's, a response channel's): http or https, as a report's addresses. */
const HttpUrl = ReportUrl;

const Fingerprint = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("md5"), value: z.string().regex(/^[0-9a-f]{32}$/i) }),
  z.strictObject({ type: z.literal("sha256"), value: z.string().regex(/^[0-9a-f]{64}$/i) }),
  z.strictObject({ type: z.literal("pdq"), value: z.string().regex(/^[0-9a-f]{64}$/i) }),
]);

const Target = z.strictObject({
  url: HttpUrl,
  contentId: z.string().min(1).max(200).optional(),
  accountId: z.string().min(1).max(200).optional(),
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  captureMethod: z.enum(captureMethods),
  fingerprints: z.array(Fingerprint).max(16).default([]),
  /** A short excerpt of a recruitment advert's text (never of abuse material). */
  excerpt: z.string().min(1).max(500).optional(),
});

/** The body of a new draft, and of an edit (a new version). */
export const TakedownDraftBody = z.strictObject({
  language: NoticeLanguage,
  platform: z.string().min(1).max(60),
  category: TakedownCategory,
  issuer: z.strictObject({
    unit: z.string().min(1).max(200),
    contactName: z.string().min(1).max(200),
    contactEmail: z.email(),
    contactPhone: z.string().min(3).max(40).optional(),
  }),
  targets: z.array(Target).min(1).max(50),
  explanation: z.string().min(1).max(4000),
  decisionReference: z.string().min(1).max(200).optional(),
  requestedActions: z.array(z.enum(requestedActions)).min(1).max(6),
  preservationDays: z.number().int().min(1).max(730).optional(),
  redress: z.string().min(1).max(2000),
  responseChannel: z
    .strictObject({ email: z.email().optional(), url: HttpUrl.optional() })
    .optional(),
  reportReceivedAt: z.iso.datetime(),
});
export type TakedownDraftBody = z.infer<typeof TakedownDraftBody>;

const LegalBasisView = z.object({
  countryCode: z.string(),
  statute: z.string(),
  citation: z.string(),
  deadlineHours: z.number(),
  isStatutoryDeadline: z.boolean(),
  isIllustrative: z.boolean(),
  decisionReference: z.string().nullable(),
});

const TargetView = z.object({
  url: z.string(),
  contentId: z.string().nullable(),
  accountId: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  captureMethod: z.string(),
  fingerprints: z.array(z.object({ type: z.string(), value: z.string() })),
  excerpt: z.string().nullable(),
});

/** A takedown notice as the API returns it. */
export const TakedownView = z.object({
  id: z.string(),
  version: z.number(),
  cycle: z.number(),
  previousNoticeId: z.string().nullable(),
  status: TakedownStatus,
  language: z.string(),
  category: TakedownCategory,
  issuer: z.object({
    organisationId: z.string(),
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
    channel: z.enum(noticeChannels),
    abuseContact: z.string(),
    isIllustrative: z.boolean(),
  }),
  targets: z.array(TargetView),
  explanation: z.string(),
  legalBasis: LegalBasisView,
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
  sentChannel: z.enum(noticeChannels).nullable(),
  sentReference: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  refusedAt: z.string().nullable(),
  policeReferredAt: z.string().nullable(),
  remindersSent: z.number(),
  lastReminderAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), send: z.boolean(), step: z.boolean() }),
});
export type TakedownView = z.infer<typeof TakedownView>;

export const TakedownEventView = z.object({
  type: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  note: z.string().nullable(),
});

export const TakedownDetail = TakedownView.extend({
  events: z.array(TakedownEventView),
  checks: z.array(
    z.object({
      url: z.string(),
      checkedAt: z.string(),
      httpStatus: z.number().nullable(),
      outcome: z.string(),
    }),
  ),
});
export type TakedownDetail = z.infer<typeof TakedownDetail>;

export const TakedownSendBody = z.discriminatedUnion("channel", [
  z.strictObject({ channel: z.literal("email") }),
  z.strictObject({ channel: z.literal("portal"), reference: z.string().min(1).max(200) }),
]);
export type TakedownSendBody = z.infer<typeof TakedownSendBody>;

export const TakedownStepBody = z.strictObject({
  step: z.enum(noticeSteps),
  note: z.string().min(1).max(2000).optional(),
});
export type TakedownStepBody = z.infer<typeof TakedownStepBody>;

export const TakedownReuploadBody = z.strictObject({
  note: z.string().min(1).max(2000).optional(),
});

export const TakedownCheckResult = z.object({
  notice: TakedownView,
  checks: z.array(
    z.object({ url: z.string(), httpStatus: z.number().nullable(), outcome: z.string() }),
  ),
  reuploadNoticeId: z.string().nullable(),
});
export type TakedownCheckResult = z.infer<typeof TakedownCheckResult>;

export const TakedownListQuery = z.strictObject({
  status: TakedownStatus.optional(),
});

export const TakedownMetricsQuery = z.strictObject({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  platform: z.string().min(1).max(60).optional(),
  category: TakedownCategory.optional(),
  stillUpDays: z.coerce.number().int().min(1).max(365).default(7),
});
export type TakedownMetricsQuery = z.infer<typeof TakedownMetricsQuery>;

export const TakedownMetrics = z.object({
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
export type TakedownMetrics = z.infer<typeof TakedownMetrics>;
/** An entry of the platform directory (GET /api/takedowns/platforms). */
export const PlatformView = z.object({
  key: z.string(),
  name: z.string(),
  channel: z.enum(noticeChannels),
  abuseContact: z.string(),
  languages: z.array(z.string()),
  isIllustrative: z.boolean(),
});
export type PlatformView = z.infer<typeof PlatformView>;
