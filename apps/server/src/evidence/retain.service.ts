import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid } from "../platform/errors.ts";
import { appendCustodyEvent } from "./custody.ts";
import { acquisitionHashes, sealEvidence } from "./envelope.ts";
import { canRetainEvidence } from "./policy.ts";

/** What the uploading capability hands over when a permitted user keeps an upload. */
export type RetainEvidenceInput = {
  bytes: Uint8Array;
  organisationId: string;
  actorUserId: string;
  legalBasis: string;
  reason: string;
  mediaType: string;
  sourceKind: "online_harm_upload";
  sourceId: string;
};

/** The largest item kept: the upload limit of online-harm images. */
export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;
/** The fewest characters a reason (to keep, view or destroy) may have. */
export const MIN_REASON_LENGTH = 5;

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

function checkedText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  // The schema's own codes: a length checked after trimming is still a length.
  if (text.length < min)
    throw new Invalid(field, `Give at least ${min} characters`, "too_small", {
      origin: "string",
      minimum: min,
    });
  if (text.length > max)
    throw new Invalid(field, `Give at most ${max} characters`, "too_big", {
      origin: "string",
      maximum: max,
    });
  return text;
}

/**
 * Keeps uploaded bytes as evidence: hashed (SHA-256, MD5) in memory, encrypted (envelope.ts) and
 * stored with who kept it, when, on what legal basis and why; the custody starts with
 * `acquired`, and the audit trail records `evidence.retain` (ids and sizes, no free text).
 * Runs in the caller's transaction when one is open, so the upload and its evidence commit
 * together. The acting user must be the one named and may keep evidence for their own
 * organisation only (policy.ts). Nothing about the bytes is logged; they never touch the disk.
 */
export async function retainEvidence(
  tx: Ctx,
  input: RetainEvidenceInput,
): Promise<{ evidenceId: string; sha256: string }> {
  const actor = tx.actor;
  if (
    !canRetainEvidence(actor) ||
    actor.userId !== input.actorUserId ||
    actor.organisationId !== input.organisationId
  )
    throw new Forbidden("Your role may not keep material as evidence");
  if (input.sourceKind !== "online_harm_upload")
    throw new Invalid("sourceKind", "Unknown evidence source", "invalid_value");
  if (input.bytes.byteLength === 0) throw new Invalid("file", "The file is empty", "file_empty");
  if (input.bytes.byteLength > MAX_EVIDENCE_BYTES)
    throw new Invalid("file", "The file is larger than evidence may be", "file_too_large");
  const mediaType = input.mediaType.trim().toLowerCase();
  // Said as a schema's malformed value: the web words `invalid_format` of an unnamed format.
  if (!MEDIA_TYPE.test(mediaType))
    throw new Invalid("mediaType", "Not a media type", "invalid_format", { format: "media_type" });
  const sourceId = checkedText("sourceId", input.sourceId, 1, 200);
  const legalBasis = checkedText("legalBasis", input.legalBasis, 3, 500);
  const reason = checkedText("reason", input.reason, MIN_REASON_LENGTH, 2000);

  const { sha256, md5 } = acquisitionHashes(input.bytes);
  const id = randomUUID();
  const sealed = sealEvidence(tx.secrets.dataKey, id, sha256, input.bytes);
  return inTransaction(tx, async (t) => {
    await t.db
      .insertInto("evidence_items")
      .values({
        id,
        organisation_id: input.organisationId,
        source_kind: input.sourceKind,
        source_id: sourceId,
        media_type: mediaType,
        byte_size: input.bytes.byteLength,
        sha256,
        md5,
        legal_basis: legalBasis,
        reason,
        retained_by: actor.userId,
        retained_at: t.clock.now(),
        ciphertext: sealed.ciphertext,
        iv: sealed.iv,
        auth_tag: sealed.authTag,
        wrapped_key: sealed.wrappedKey,
        key_id: sealed.keyId,
        key_version: sealed.keyVersion,
      })
      .execute();
    await appendCustodyEvent(t, {
      itemId: id,
      kind: "acquired",
      reason,
      outcome: "ok",
      details: { byteSize: input.bytes.byteLength, keyVersion: sealed.keyVersion },
    });
    await recordAudit(t, {
      action: "evidence.retain",
      resourceType: "evidence",
      resourceId: id,
      organisationId: input.organisationId,
      details: {
        sourceKind: input.sourceKind,
        sourceId,
        mediaType,
        byteSize: input.bytes.byteLength,
      },
    });
    return { evidenceId: id, sha256 };
  });
}
