import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { type DomainError, Forbidden, NotFound } from "../platform/errors.ts";
import { appendCustodyEvent } from "./custody.ts";
import { EvidenceIntegrityError, openEvidence } from "./envelope.ts";
import { EvidenceGone, EvidenceIntegrityFailed, NoThumbnail, ReasonRequired } from "./errors.ts";
import { canSeeEvidence, canViewThumbnail } from "./policy.ts";
import { factsOf, selectEvidenceItem, selectSealedEvidence } from "./queries.ts";
import { MIN_REASON_LENGTH } from "./retain.service.ts";
import { makeBlurredThumbnail } from "./thumbnail.ts";

type Outcome = { thumbnail: Buffer } | { error: DomainError };

/** The reason as given, when it is one: long enough, and no control characters but line breaks. */
function usableReason(given: string | undefined): string | null {
  const reason = given?.trim() ?? "";
  if (reason.length < MIN_REASON_LENGTH || /[^\P{Cc}\t\n\r]/u.test(reason)) return null;
  return reason;
}

/**
 * A small blurred JPEG of a retained image, for a supervisor or investigator of its organisation
 * who gives a reason. Every request is recorded, granted or refused: a refusal commits its audit
 * entry (and, when the item is in the asker's scope, a `thumbnail_refused` custody event) before
 * the error is reported, as a failed sign-in does. The material is decrypted in memory, checked
 * against its acquisition hash (a failure is a custody event too), blurred, and wiped.
 */
export async function viewThumbnail(
  ctx: Ctx,
  id: string,
  givenReason: string | undefined,
): Promise<Buffer> {
  const reason = usableReason(givenReason);
  const outcome = await inTransaction(ctx, async (tx): Promise<Outcome> => {
    const row = await selectEvidenceItem(tx.db, id, true);
    const inScope = row !== undefined && canSeeEvidence(tx.actor, factsOf(row));
    const refuse = async (why: string, error: DomainError): Promise<Outcome> => {
      if (inScope) {
        // Kept as given, for the record, with control characters (a NUL cannot even be
        // stored) replaced.
        const kept = givenReason?.replace(/[^\P{Cc}\t\n\r]/gu, "\uFFFD").trim() || null;
        await appendCustodyEvent(tx, {
          itemId: id,
          kind: "thumbnail_refused",
          reason: kept,
          outcome: "denied",
          details: { why },
        });
      }
      await recordAudit(tx, {
        action: "evidence.thumbnail",
        resourceType: "evidence",
        resourceId: id,
        // The owner organisation's supervisors see who asked for their evidence, in scope or not.
        organisationId: row?.organisation_id ?? null,
        outcome: "denied",
        details: { why },
      });
      return { error };
    };
    if (!row || !inScope) return refuse("out_of_scope", new NotFound("evidence"));
    if (!canViewThumbnail(tx.actor, factsOf(row)))
      return refuse("role", new Forbidden("Your role may not view evidence thumbnails"));
    if (reason === null) return refuse("reason_missing", new ReasonRequired());
    if (row.status !== "active") return refuse("destroyed", new EvidenceGone());
    if (!row.media_type.startsWith("image/")) return refuse("not_an_image", new NoThumbnail());
    const sealed = await selectSealedEvidence(tx.db, id);
    if (!sealed) return refuse("destroyed", new EvidenceGone());
    let plaintext: Buffer;
    try {
      plaintext = openEvidence(tx.secrets.dataKey, id, row.sha256, sealed);
    } catch (err) {
      if (!(err instanceof EvidenceIntegrityError)) throw err;
      await appendCustodyEvent(tx, {
        itemId: id,
        kind: "integrity_checked",
        reason,
        outcome: "failed",
        details: { failure: err.failure },
      });
      await recordAudit(tx, {
        action: "evidence.integrity_check",
        resourceType: "evidence",
        resourceId: id,
        organisationId: row.organisation_id,
        outcome: "failed",
        details: { failure: err.failure },
      });
      return { error: new EvidenceIntegrityFailed() };
    }
    let thumbnail: Buffer;
    try {
      thumbnail = await makeBlurredThumbnail(plaintext);
    } catch {
      return refuse("undecodable", new NoThumbnail());
    } finally {
      plaintext.fill(0);
    }
    await appendCustodyEvent(tx, {
      itemId: id,
      kind: "thumbnail_viewed",
      reason,
      outcome: "ok",
      details: { integrity: "verified", thumbnailBytes: thumbnail.byteLength },
    });
    await recordAudit(tx, {
      action: "evidence.thumbnail",
      resourceType: "evidence",
      resourceId: id,
      organisationId: row.organisation_id,
    });
    return { thumbnail };
  });
  if ("error" in outcome) throw outcome.error;
  return outcome.thumbnail;
}
