import type { Actor } from "../platform/context.ts";
import { canDestroyEvidence, canViewThumbnail } from "./policy.ts";
import { type EvidenceRow, factsOf, type selectCustodyEvents } from "./queries.ts";
import type { EvidenceSummary, EvidenceView } from "./schemas.ts";

/** An item's record for the wire, with what the actor may do with it. */
export function toEvidenceSummary(actor: Actor, row: EvidenceRow): EvidenceSummary {
  const facts = factsOf(row);
  const isActive = row.status === "active";
  return {
    id: row.id,
    organisationId: row.organisation_id,
    sourceKind: row.source_kind as EvidenceSummary["sourceKind"],
    sourceId: row.source_id,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    md5: row.md5,
    legalBasis: row.legal_basis,
    reason: row.reason,
    retainedBy: row.retained_by,
    retainedAt: row.retained_at.toISOString(),
    status: row.status as EvidenceSummary["status"],
    keyId: row.key_id,
    keyVersion: row.key_version,
    destroyedBy: row.destroyed_by,
    destroyedAt: row.destroyed_at?.toISOString() ?? null,
    destructionReason: row.destruction_reason,
    can: {
      viewThumbnail: isActive && canViewThumbnail(actor, facts),
      destroy: isActive && canDestroyEvidence(actor, facts),
    },
  };
}

/** The record with its chain of custody. */
export function toEvidenceView(
  actor: Actor,
  row: EvidenceRow,
  custody: Awaited<ReturnType<typeof selectCustodyEvents>>,
): EvidenceView {
  return {
    ...toEvidenceSummary(actor, row),
    custody: custody.map((e) => ({
      id: String(e.id),
      kind: e.kind as EvidenceView["custody"][number]["kind"],
      actorUserId: e.actor_user_id,
      actorName: e.actor_name,
      occurredAt: e.occurred_at.toISOString(),
      reason: e.reason,
      outcome: e.outcome as EvidenceView["custody"][number]["outcome"],
      details: (e.details ?? {}) as Record<string, string | number | boolean>,
    })),
  };
}
