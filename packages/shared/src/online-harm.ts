import { z } from "zod";
import { PDQ_ORIENTATIONS } from "./pdq-orientations.ts";
import { freeText, Id, lineText } from "./text.ts";

/*
 * Wire schemas of online-harm reports, their uploads and matches (issue 7), shared by the
 * server and the web app. Strict: unknown fields are refused, never stripped. No response carries an image or any byte of an upload:
 * only its fingerprints, quality, size and type.
 *
 * Routes (caseworkers — a hotline's operators —, supervisors and investigators of the
 * organisation; analysts and other organisations get 404):
 *   POST /api/online-harm/reports                 ReportCreateBody → 201 ReportView
 *   GET  /api/online-harm/reports?cursor&limit    ReportListQuery → ReportPage (own organisation)
 *   GET  /api/online-harm/reports/:id             → ReportView (URLs, uploads' fingerprints, matches)
 *   POST /api/online-harm/reports/:id/uploads     UploadBody → 201 UploadResult (body ≤ 30 MB)
 *   GET  /api/online-harm/matches?status&cursor&limit  MatchListQuery → MatchPage, best first
 *        (`status=review`, the default, lists matches to review and quarantined ones, marked)
 *   POST /api/online-harm/matches/:id/decision    HashMatchDecisionBody → MatchView
 *        (supervisors and investigators; a caseworker 403; an already decided match 409)
 *   POST /api/online-harm/reports/:id/close       ReportCloseBody → ReportView
 *        (supervisors and investigators; a caseworker 403; closing twice 409; a closed report
 *        takes no upload: 409)
 *
 * Match statuses: `known_material` (an exact hit on a verified list), `review` (a perceptual
 * hit, or an exact hit on an unverified list), `quarantined` (a hit on an entry quarantined for
 * matching far above its usual rate: never counted as known, reviewed like `review`),
 * `suppressed` (the fingerprint is also on a negative list the organisation sees: recorded,
 * never reviewed nor counted), `confirmed` and `not_a_match` (a person's decision).
 */

export const reportCategories = [
  "abuse_material",
  "live_streamed_abuse",
  "grooming_sextortion",
  "recruitment_advert",
  "other",
] as const;
export const ReportCategory = z.enum(reportCategories);
export type ReportCategory = z.infer<typeof ReportCategory>;

export const reporterKinds = ["public", "agency", "platform", "hotline"] as const;
export const ReporterKind = z.enum(reporterKinds);
export type ReporterKind = z.infer<typeof ReporterKind>;

export const reportStatuses = ["open", "closed"] as const;
export const ReportStatus = z.enum(reportStatuses);

/** How a report ended (db/migrations/0022). */
export const closeOutcomes = [
  "content_removed",
  "referred_to_police",
  "referred_to_other_agency",
  "no_action_possible",
  "not_harmful",
  "duplicate",
  "other",
] as const;
export const CloseOutcome = z.enum(closeOutcomes);
export type CloseOutcome = z.infer<typeof CloseOutcome>;

/** The shortest closing reason, in characters beyond surrounding spaces. */
export const MIN_CLOSE_REASON = 5;

export const ReportCloseBody = z.strictObject({
  outcome: CloseOutcome,
  /** Why, for the record; kept on the report, never in the audit trail. */
  reason: freeText(2000).refine(
    (r) => r.trim().length >= MIN_CLOSE_REASON,
    `At least ${MIN_CLOSE_REASON} characters`,
  ),
});
export type ReportCloseBody = z.infer<typeof ReportCloseBody>;

/** How and when a closed report was closed, and by whom. */
export const ReportClosure = z.strictObject({
  outcome: CloseOutcome,
  reason: z.string(),
  closedBy: Id.nullable(),
  closedAt: z.string(),
});

export const matchStatuses = [
  "known_material",
  "review",
  "confirmed",
  "not_a_match",
  "quarantined",
  "suppressed",
] as const;
export const MatchStatus = z.enum(matchStatuses);
export type MatchStatus = z.infer<typeof MatchStatus>;

/** A page cursor handed out by the previous page (opaque). */
const Cursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, "A cursor from the previous page")
  .optional();
const Limit = z.coerce.number().int().min(1).max(100).default(25);

/** The exact address where the content was seen: http or https only. */
export const ReportUrl = z
  .url({ protocol: /^https?$/, error: "Must be an http or https URL" })
  .max(2048, "At most 2,048 characters");

/** A platform's key, as in the takedown platform directory when the platform is listed there. */
export const PlatformKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,59}$/, "Lower-case letters, digits, '.', '_' or '-' (≤ 60)");

export const Reporter = z
  .strictObject({
    kind: ReporterKind,
    /** An anonymous reporter leaves neither name nor contact. */
    anonymous: z.boolean(),
    name: lineText(200).optional(),
    contact: lineText(200).optional(),
  })
  .refine((r) => !(r.anonymous && (r.name !== undefined || r.contact !== undefined)), {
    message: "An anonymous reporter has no name or contact",
    path: ["anonymous"],
  });

export const ReportCreateBody = z.strictObject({
  category: ReportCategory,
  platform: PlatformKey,
  urls: z
    .array(ReportUrl)
    .max(50, "At most 50 URLs")
    .refine((urls) => new Set(urls).size === urls.length, "Each URL once")
    .default([]),
  reporter: Reporter,
  /** When the report reached the agency (UTC); not in the future (422). */
  reportedAt: z.iso.datetime({ offset: true }),
  /** A case the user may open; any other id is a 404. */
  caseId: Id.optional(),
});
export type ReportCreateBody = z.infer<typeof ReportCreateBody>;

export const ReportListQuery = z.strictObject({ cursor: Cursor, limit: Limit });
export type ReportListQuery = z.infer<typeof ReportListQuery>;

/** What an upload leaves behind: fingerprints, quality, size and type — never bytes. */
export const UploadView = z.strictObject({
  id: Id,
  mediaType: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  md5: z.string(),
  sha256: z.string(),
  /** Images only; null for video and other media (exact digests only, for now). */
  pdq: z.string().nullable(),
  quality: z.number().int().nullable(),
  /** Set when the upload was retained as evidence (encrypted, under chain of custody). */
  evidenceId: Id.nullable(),
  createdAt: z.string(),
});
export type UploadView = z.infer<typeof UploadView>;

/** A match: list, owner, classification, distance, variant, exact or perceptual; no image. */
export const MatchView = z.strictObject({
  id: Id,
  reportId: Id,
  uploadId: Id,
  listId: Id,
  listName: z.string(),
  isVerifiedList: z.boolean(),
  ownerOrganisationId: Id,
  ownerOrganisationName: z.string(),
  entryId: Id,
  classification: z.string().nullable(),
  fingerprintType: z.string(),
  distance: z.number().int(),
  variant: z.enum(PDQ_ORIENTATIONS as unknown as [string, ...string[]]),
  kind: z.enum(["exact", "perceptual"]),
  status: MatchStatus,
  decidedBy: Id.nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  can: z.strictObject({ decide: z.boolean() }),
});
export type MatchView = z.infer<typeof MatchView>;

export const ReportView = z.strictObject({
  id: Id,
  organisationId: Id,
  category: ReportCategory,
  platform: z.string(),
  reporter: z.strictObject({
    kind: ReporterKind,
    anonymous: z.boolean(),
    name: z.string().nullable(),
    contact: z.string().nullable(),
  }),
  reportedAt: z.string(),
  caseId: Id.nullable(),
  status: ReportStatus,
  createdBy: Id.nullable(),
  createdAt: z.string(),
  urls: z.array(z.string()),
  uploads: z.array(UploadView),
  matches: z.array(MatchView),
  /** Set once the report is closed. */
  closure: ReportClosure.nullable(),
  can: z.strictObject({ upload: z.boolean(), retain: z.boolean(), close: z.boolean() }),
});
export type ReportView = z.infer<typeof ReportView>;

/** A report in the list: counts only, no reporter's name or contact. */
export const ReportSummary = z.strictObject({
  id: Id,
  category: ReportCategory,
  platform: z.string(),
  reporterKind: ReporterKind,
  anonymous: z.boolean(),
  reportedAt: z.string(),
  caseId: Id.nullable(),
  status: ReportStatus,
  urls: z.number().int(),
  uploads: z.number().int(),
  knownMaterial: z.number().int(),
  toReview: z.number().int(),
  createdAt: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportPage = z.strictObject({
  items: z.array(ReportSummary),
  nextCursor: z.string().nullable(),
});
export type ReportPage = z.infer<typeof ReportPage>;

/** Largest upload accepted, in bytes (its base64 is a third longer). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Characters of base64 that hold {@link MAX_UPLOAD_BYTES}. */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
/** The upload route's body limit: the base64 plus room for the other fields. */
export const UPLOAD_BODY_LIMIT = 30 * 1024 * 1024;

export const UploadBody = z.strictObject({
  /** Only used to guess the media type; never stored (a file name can name a child). */
  filename: lineText(255).optional(),
  /** e.g. image/jpeg, video/mp4. Images are decoded and PDQ-hashed; other types get MD5/SHA-256. */
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]{1,100}$/, "A media type such as image/jpeg")
    .optional(),
  /**
   * The file, base64 (standard alphabet, padding optional). Checked in the service, not here,
   * so that a 400 never echoes a 27-million-character value; too long is a 413.
   */
  contentBase64: z.string().min(1, "Required"),
  /** Keep the file as evidence: only roles allowed to retain evidence (else 403). */
  retain: z
    .strictObject({ legalBasis: lineText(500), reason: freeText(2000).pipe(z.string().min(1)) })
    .optional(),
});
export type UploadBody = z.infer<typeof UploadBody>;

export const UploadResult = z.strictObject({
  upload: UploadView,
  /** The matches recorded for this upload (suppressed ones included, marked). */
  matches: z.array(MatchView),
});
export type UploadResult = z.infer<typeof UploadResult>;

export const MatchListQuery = z.strictObject({
  status: MatchStatus.default("review"),
  cursor: Cursor,
  limit: Limit,
});
export type MatchListQuery = z.infer<typeof MatchListQuery>;

export const MatchPage = z.strictObject({
  items: z.array(MatchView),
  nextCursor: z.string().nullable(),
});
export type MatchPage = z.infer<typeof MatchPage>;

export const HashMatchDecisionBody = z.strictObject({
  decision: z.enum(["confirmed", "not_a_match"]),
  note: freeText(1000).optional(),
});
export type HashMatchDecisionBody = z.infer<typeof HashMatchDecisionBody>;
