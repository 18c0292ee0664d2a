import { parsePdqHex } from "@sahabat/pdq";
import type { HitQuery, VisibleHits } from "../hash-lists/index.ts";
import type { UploadFingerprint } from "./upload-content.ts";

/** A fingerprint of an upload to look up, with the dihedral variant it was computed for. */
export type UploadQuery = HitQuery & { variant: string };

/** A match to record for an upload (before it has an id). */
export type MatchToRecord = {
  listId: string;
  entryId: string;
  fingerprintType: string;
  distance: number;
  variant: string;
  kind: "exact" | "perceptual";
  status: "known_material" | "review" | "quarantined" | "suppressed";
};

/** The queries of an upload: MD5, SHA-256 and SHA-1 exactly, then PDQ in its 8 orientations. */
export function queriesOf(fingerprint: UploadFingerprint): UploadQuery[] {
  const queries: UploadQuery[] = [
    { type: "md5", value: fingerprint.md5, hash: null, variant: "original" },
    { type: "sha256", value: fingerprint.sha256, hash: null, variant: "original" },
    { type: "sha1", value: fingerprint.sha1, hash: null, variant: "original" },
  ];
  const orientations: Record<string, string> = fingerprint.image?.orientations ?? {};
  for (const [variant, value] of Object.entries(orientations)) {
    queries.push({
      type: "pdq",
      value,
      hash: parsePdqHex(value),
      quality: fingerprint.image!.quality,
      variant,
    });
  }
  return queries;
}

/**
 * What each hit means (issue 7, "Workflow"):
 * - the upload is on a negative list the organisation sees (known benign material) → every hit
 *   is recorded `suppressed`: kept for the record, never reviewed nor counted as known;
 * - a hit on a quarantined entry → `quarantined`: never known material, reviewed, marked;
 * - an exact hit on a verified list → `known_material`, recorded without review;
 * - a perceptual (PDQ) hit, or an exact hit on an unverified list → `review`.
 * One match per entry: the nearest of its hits (an exact one before a perceptual one; among the
 * orientations, the original first). Once an exact hit on a verified list has shown the upload
 * to be that list's known material, its perceptual hits on the same list are known material
 * too (kind still `perceptual`): a reviewer would only be asked what the exact hit settled.
 */
export function decideMatches(
  queries: readonly UploadQuery[],
  found: readonly VisibleHits[],
): MatchToRecord[] {
  const isSuppressed = found.some((f) => f.isSuppressed);
  const byEntry = new Map<string, MatchToRecord>();
  queries.forEach((q, i) => {
    for (const hit of found[i]!.hits) {
      const kind = q.type === "pdq" ? "perceptual" : "exact";
      const status = isSuppressed
        ? "suppressed"
        : hit.isQuarantined
          ? "quarantined"
          : kind === "exact" && hit.list.is_verified
            ? "known_material"
            : "review";
      const match: MatchToRecord = {
        listId: hit.listId,
        entryId: hit.entryId,
        fingerprintType: q.type,
        distance: hit.distance,
        variant: q.variant,
        kind,
        status,
      };
      const before = byEntry.get(hit.entryId);
      if (!before || match.distance < before.distance) byEntry.set(hit.entryId, match);
    }
  });
  const matches = [...byEntry.values()];
  const knownOn = new Set(
    matches.filter((m) => m.status === "known_material").map((m) => m.listId),
  );
  return matches.map((m) =>
    m.status === "review" && knownOn.has(m.listId) ? { ...m, status: "known_material" } : m,
  );
}
