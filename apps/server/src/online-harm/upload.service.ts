import type { UploadBody, UploadResult } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { canRetainEvidence, retainEvidence } from "../evidence/index.ts";
import { findVisibleHits, type NodeHashIndex } from "../hash-lists/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden } from "../platform/errors.ts";
import type { HashPool } from "./hash-pool.ts";
import { decideMatches, type MatchToRecord, queriesOf } from "./match-outcome.ts";
import { selectMatchRows, toMatchView } from "./match-views.ts";
import { quarantineFloodingEntries } from "./quarantine.ts";
import { loadVisibleReport, toUploadView } from "./reports.service.ts";
import { decodeBase64, fingerprintUpload, type UploadFingerprint } from "./upload-content.ts";

/**
 * Takes an upload to a report: decodes the base64 in memory, fingerprints it on the hash pool,
 * matches the fingerprints against the node's index, and records only the fingerprints, size,
 * type and matches — never the bytes, the base64 or the file name. The bytes are zeroed before
 * this returns, whatever happens. Keeping the file as evidence (`retain`) is a permitted role's
 * explicit choice (else 403 before anything is read) and goes to the evidence capability, in
 * the same transaction. One transaction with the audit entry (ids and counts, never hashes).
 */
export async function uploadToReport(
  ctx: Ctx,
  deps: { pool: HashPool; index: NodeHashIndex },
  reportId: string,
  body: UploadBody,
): Promise<UploadResult> {
  const actor = ctx.actor;
  const report = await loadVisibleReport(ctx, reportId);
  if (body.retain && !canRetainEvidence(actor))
    throw new Forbidden("Your role may not keep material as evidence");
  if (report.status !== "open") throw new ReportClosed();
  const bytes = decodeBase64(body.contentBase64);
  try {
    const fingerprint = await fingerprintUpload(deps.pool, bytes, body);
    const queries = queriesOf(fingerprint);
    const matches = decideMatches(queries, await findVisibleHits(ctx, deps.index, queries));
    const { uploadId, quarantined } = await inTransaction(ctx, async (tx) => {
      await lockOpenReport(tx, reportId);
      const uploadId = await insertUpload(tx, report, fingerprint);
      const evidenceId = body.retain
        ? await retainUpload(tx, { bytes, uploadId, fingerprint, retain: body.retain })
        : null;
      await insertMatches(tx, uploadId, report.organisation_id, matches);
      const quarantined = await quarantineFloodingEntries(
        tx,
        matches
          .filter((m) => m.status === "known_material" || m.status === "review")
          .map((m) => m.entryId),
      );
      if (quarantined.length > 0)
        await tx.db
          .updateTable("online_harm_matches")
          .set({ status: "quarantined" })
          .where("upload_id", "=", uploadId)
          .where("entry_id", "in", quarantined)
          .execute();
      await recordAudit(tx, {
        action: "online_harm.upload",
        resourceType: "online_harm_upload",
        resourceId: uploadId,
        organisationId: report.organisation_id,
        details: {
          reportId,
          mediaType: fingerprint.mediaType,
          byteSize: fingerprint.byteSize,
          matches: countByStatus(matches, quarantined),
          listIds: [...new Set(matches.map((m) => m.listId))],
          retained: evidenceId !== null,
          quarantinedEntryIds: quarantined,
        },
      });
      return { uploadId, quarantined };
    });
    if (quarantined.length > 0) await deps.index.refresh(ctx.db);
    return readUploadResult(ctx, uploadId);
  } finally {
    bytes.fill(0);
  }
}

class ReportClosed extends Conflict {
  constructor() {
    super("This report is closed: it takes no more uploads", [
      { field: "contentBase64", message: "The report is closed", code: "report_closed" },
    ]);
  }
}

/**
 * Holds the report open for the rest of the transaction (a shared lock: uploads run side by
 * side, a closure waits), so an upload that was hashing while someone closed it is refused.
 */
async function lockOpenReport(tx: Ctx, reportId: string): Promise<void> {
  const row = await tx.db
    .selectFrom("online_harm_reports")
    .select("status")
    .where("id", "=", reportId)
    .forShare()
    .executeTakeFirstOrThrow();
  if (row.status !== "open") throw new ReportClosed();
}

async function insertUpload(
  tx: Ctx,
  report: { id: string; organisation_id: string },
  f: UploadFingerprint,
): Promise<string> {
  const { id } = await tx.db
    .insertInto("online_harm_uploads")
    .values({
      report_id: report.id,
      organisation_id: report.organisation_id,
      md5: f.md5,
      sha256: f.sha256,
      pdq: f.image?.pdq ?? null,
      quality: f.image?.quality ?? null,
      byte_size: f.byteSize,
      media_type: f.mediaType,
      width: f.image?.width ?? null,
      height: f.image?.height ?? null,
      created_by: tx.actor.kind === "user" ? tx.actor.userId : null,
      created_at: tx.clock.now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

async function retainUpload(
  tx: Ctx,
  o: {
    bytes: Uint8Array;
    uploadId: string;
    fingerprint: UploadFingerprint;
    retain: NonNullable<UploadBody["retain"]>;
  },
): Promise<string> {
  const actor = tx.actor;
  if (actor.kind !== "user") throw new Forbidden("Only a user keeps evidence");
  const { evidenceId } = await retainEvidence(tx, {
    bytes: o.bytes,
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    legalBasis: o.retain.legalBasis,
    reason: o.retain.reason,
    mediaType: o.fingerprint.mediaType,
    sourceKind: "online_harm_upload",
    sourceId: o.uploadId,
  });
  await tx.db
    .updateTable("online_harm_uploads")
    .set({ evidence_id: evidenceId })
    .where("id", "=", o.uploadId)
    .execute();
  return evidenceId;
}

async function insertMatches(
  tx: Ctx,
  uploadId: string,
  organisationId: string,
  matches: MatchToRecord[],
): Promise<void> {
  if (matches.length === 0) return;
  const now = tx.clock.now();
  await tx.db
    .insertInto("online_harm_matches")
    .values(
      matches.map((m) => ({
        upload_id: uploadId,
        organisation_id: organisationId,
        list_id: m.listId,
        entry_id: m.entryId,
        fingerprint_type: m.fingerprintType,
        distance: m.distance,
        variant: m.variant,
        kind: m.kind,
        status: m.status,
        created_at: now,
      })),
    )
    .execute();
}

function countByStatus(matches: MatchToRecord[], quarantined: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of matches) {
    const status = quarantined.includes(m.entryId) ? "quarantined" : m.status;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

async function readUploadResult(ctx: Ctx, uploadId: string): Promise<UploadResult> {
  const upload = await ctx.db
    .selectFrom("online_harm_uploads")
    .selectAll()
    .where("id", "=", uploadId)
    .executeTakeFirstOrThrow();
  const matches = await selectMatchRows(ctx.db)
    .where("m.upload_id", "=", uploadId)
    .orderBy("m.distance")
    .orderBy("m.id")
    .execute();
  return {
    upload: toUploadView(upload),
    matches: matches.map((m) => toMatchView(ctx.actor, m)),
  };
}
