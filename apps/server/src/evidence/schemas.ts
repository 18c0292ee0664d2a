import { Id } from "@sahabat/shared";
import { z } from "zod";

/*
 * Wire schemas of the evidence routes. Strict: unknown fields are refused. The thumbnail's
 * reason is optional here on purpose: a request without one must reach the service, which
 * refuses it (400) and records the refusal; a schema error would refuse it unrecorded.
 */

export const EvidenceSourceKind = z.enum(["online_harm_upload"]);

export const EvidenceIdParams = z.strictObject({ id: Id });

export const EvidenceListQuery = z.strictObject({
  sourceKind: EvidenceSourceKind,
  sourceId: z.string().trim().min(1).max(200),
});

export const ThumbnailBody = z.strictObject({ reason: z.string().max(2000).optional() });

export const DestroyBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(5, "Say why, in at least 5 characters")
    .max(2000, "At most 2000 characters"),
});

export const CustodyEventView = z.object({
  id: z.string(),
  kind: z.enum([
    "acquired",
    "thumbnail_viewed",
    "thumbnail_refused",
    "integrity_checked",
    "destroyed",
  ]),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  occurredAt: z.string(),
  reason: z.string().nullable(),
  outcome: z.enum(["ok", "denied", "failed"]),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

export const EvidenceSummary = z.object({
  id: z.string(),
  organisationId: z.string(),
  sourceKind: EvidenceSourceKind,
  sourceId: z.string(),
  mediaType: z.string(),
  byteSize: z.number(),
  sha256: z.string(),
  md5: z.string(),
  legalBasis: z.string(),
  reason: z.string(),
  retainedBy: z.string(),
  retainedAt: z.string(),
  status: z.enum(["active", "destroyed"]),
  keyId: z.string(),
  keyVersion: z.number(),
  destroyedBy: z.string().nullable(),
  destroyedAt: z.string().nullable(),
  destructionReason: z.string().nullable(),
  can: z.object({ viewThumbnail: z.boolean(), destroy: z.boolean() }),
});
export type EvidenceSummary = z.infer<typeof EvidenceSummary>;

export const EvidenceView = EvidenceSummary.extend({ custody: z.array(CustodyEventView) });
export type EvidenceView = z.infer<typeof EvidenceView>;

/** The blurred JPEG, described for the OpenAPI document. */
export const ThumbnailResponse = z.string().meta({ description: "image/jpeg", format: "binary" });
