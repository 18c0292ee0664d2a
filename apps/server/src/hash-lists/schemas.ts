import { FINGERPRINT_TYPES, HASH_LIST_FORMATS } from "@sahabat/hash-lists";
import { ORIENTATIONS } from "@sahabat/pdq";
import { Id, lineText } from "@sahabat/shared";
import { z } from "zod";

/*
 * Wire schemas of the hash-list routes. Strict: unknown fields are refused, never stripped. A
 * list file travels as text inside JSON (`content`), up to 16 MiB, so the route's body limit is
 * raised for imports only.
 */

export const SharingLevel = z.enum([
  "organisation",
  "national",
  "connected_nodes",
  "sharing_group",
]);
/** Traffic Light Protocol 2.0 markings. */
export const Tlp = z.enum(["clear", "green", "amber", "amber_strict", "red"]);
export const ExportPolicy = z.enum(["none", "owner", "audience"]);
export const HashListFormat = z.enum(HASH_LIST_FORMATS);
export const FingerprintType = z.enum(FINGERPRINT_TYPES);

export const HashListCreateBody = z.strictObject({
  name: lineText(200),
  source: lineText(200),
  licence: lineText(500),
  permittedUse: lineText(500),
  exportPolicy: ExportPolicy,
  sharingLevel: SharingLevel,
  sharingGroupOrganisationIds: z.array(Id).max(200).optional(),
  tlp: Tlp,
  threshold: z.number().int().min(0).max(64).optional(),
  isNegative: z.boolean().optional(),
  /**
   * The list's entries have been checked by its source (e.g. triple-vetted): an exact hit on it
   * is recorded as known material without review. Default false.
   */
  isVerified: z.boolean().optional(),
});
export type HashListCreateBody = z.infer<typeof HashListCreateBody>;

export const HashListView = z.strictObject({
  id: Id,
  name: z.string(),
  ownerOrganisationId: Id,
  ownerOrganisationName: z.string(),
  source: z.string(),
  licence: z.string(),
  permittedUse: z.string(),
  exportPolicy: ExportPolicy,
  sharingLevel: SharingLevel,
  sharingGroupOrganisationIds: z.array(Id),
  tlp: Tlp,
  threshold: z.number().int(),
  isNegative: z.boolean(),
  isVerified: z.boolean(),
  activeEntries: z.number().int(),
  createdAt: z.string(),
  can: z.strictObject({ import: z.boolean(), export: z.boolean() }),
});
export type HashListView = z.infer<typeof HashListView>;

/** Largest list file one import takes (characters). */
export const MAX_IMPORT_CHARACTERS = 16 * 1024 * 1024;

export const HashListImportBody = z.strictObject({
  format: HashListFormat,
  content: z.string().min(1, "Required").max(MAX_IMPORT_CHARACTERS, "At most 16 MiB"),
});

export const HashListImportSummary = z.strictObject({
  batchId: Id,
  format: HashListFormat,
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  tombstoned: z.number().int(),
  /** Tombstones naming nothing on the list, and adds identical to what the list holds. */
  unchanged: z.number().int(),
  /** Always 0 on success: one bad row refuses the whole file. */
  refused: z.literal(0),
});
export type HashListImportSummary = z.infer<typeof HashListImportSummary>;

export const HashListExportQuery = z.strictObject({ format: HashListFormat });

export const HashListExport = z.strictObject({
  format: HashListFormat,
  contentType: z.string(),
  entries: z.number().int(),
  content: z.string(),
});

/** One fingerprint to match: its type, value, PDQ quality and which dihedral variant it is. */
export const MatchFingerprint = z.strictObject({
  type: FingerprintType,
  value: z.string().min(1).max(4096),
  quality: z.number().int().min(0).max(100).optional(),
  variant: z.enum(ORIENTATIONS as unknown as [string, ...string[]]).optional(),
});

export const HashListMatchBody = z.strictObject({
  fingerprints: z.array(MatchFingerprint).min(1).max(64),
});
export type HashListMatchBody = z.infer<typeof HashListMatchBody>;

export const HashListMatch = z.strictObject({
  listId: Id,
  listName: z.string(),
  ownerOrganisationId: Id,
  ownerOrganisationName: z.string(),
  entryId: Id,
  classification: z.string().nullable(),
  fingerprintType: FingerprintType,
  distance: z.number().int(),
  variant: z.string(),
  kind: z.enum(["exact", "perceptual"]),
  tlp: Tlp,
});
export type HashListMatch = z.infer<typeof HashListMatch>;

export const HashListMatchResult = z.strictObject({
  results: z.array(
    z.strictObject({
      /** Position of the fingerprint in the request. */
      fingerprint: z.number().int(),
      /** True when a negative list holds it: its matches are withheld. */
      isSuppressed: z.boolean(),
      matches: z.array(HashListMatch),
    }),
  ),
});
export type HashListMatchResult = z.infer<typeof HashListMatchResult>;

export const HashListEntryParams = z.strictObject({ id: Id, entryId: Id });

export const HashListEntryStatusBody = z.strictObject({
  status: z.enum(["active", "disabled", "tombstoned"]),
});

export const HashListEntryVoteBody = z.strictObject({ vote: z.enum(["confirm", "deconfirm"]) });

export const HashListEntryState = z.strictObject({
  id: Id,
  /** `quarantined`: set by the node when the entry matched far above its usual rate. */
  status: z.enum(["active", "disabled", "tombstoned", "quarantined"]),
  confirmVotes: z.number().int(),
  deconfirmVotes: z.number().int(),
});
export type HashListEntryState = z.infer<typeof HashListEntryState>;
