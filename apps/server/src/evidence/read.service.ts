import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import { canReadEvidenceRecords, canSeeEvidence } from "./policy.ts";
import {
  factsOf,
  selectCustodyEvents,
  selectEvidenceBySource,
  selectEvidenceItem,
} from "./queries.ts";
import type { EvidenceSummary, EvidenceView } from "./schemas.ts";
import { toEvidenceSummary, toEvidenceView } from "./views.ts";

/** An item's record and chain of custody, when in the actor's scope (else 404); audited. */
export async function getEvidence(ctx: Ctx, id: string): Promise<EvidenceView> {
  return inTransaction(ctx, async (tx) => {
    const row = await selectEvidenceItem(tx.db, id);
    if (!row || !canSeeEvidence(tx.actor, factsOf(row))) throw new NotFound("evidence");
    const custody = await selectCustodyEvents(tx.db, id);
    await recordAudit(tx, {
      action: "evidence.read",
      resourceType: "evidence",
      resourceId: id,
      organisationId: row.organisation_id,
    });
    return toEvidenceView(tx.actor, row, custody);
  });
}

/** The actor's organisation's items kept from one source record (an upload); audited. */
export async function listEvidenceBySource(
  ctx: Ctx,
  query: { sourceKind: string; sourceId: string },
): Promise<EvidenceSummary[]> {
  const actor = ctx.actor;
  if (!canReadEvidenceRecords(actor)) throw new Forbidden("Your role does not work with evidence");
  return inTransaction(ctx, async (tx) => {
    const rows = await selectEvidenceBySource(
      tx.db,
      actor.organisationId,
      query.sourceKind,
      query.sourceId,
    );
    await recordAudit(tx, {
      action: "evidence.list",
      resourceType: "evidence",
      organisationId: actor.organisationId,
      details: { sourceKind: query.sourceKind, sourceId: query.sourceId, items: rows.length },
    });
    return rows.map((r) => toEvidenceSummary(actor, r));
  });
}
