import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import { appendCustodyEvent } from "./custody.ts";
import { EvidenceGone } from "./errors.ts";
import { canDestroyEvidence, canSeeEvidence } from "./policy.ts";
import { factsOf, selectCustodyEvents, selectEvidenceItem } from "./queries.ts";
import type { EvidenceView } from "./schemas.ts";
import { toEvidenceView } from "./views.ts";

/**
 * Destroys an item's material: a supervisor of its organisation, with a reason. The ciphertext
 * and the wrapped item key are wiped in one update (without the key, no backup of the database
 * opens the material either); the record, its acquisition hashes and its custody stay, and the
 * custody ends with `destroyed`. Audited. A second destruction answers 410, changing nothing.
 */
export async function destroyEvidence(ctx: Ctx, id: string, reason: string): Promise<EvidenceView> {
  return inTransaction(ctx, async (tx) => {
    const actor = tx.actor;
    const row = await selectEvidenceItem(tx.db, id, true);
    if (!row || !canSeeEvidence(actor, factsOf(row))) throw new NotFound("evidence");
    if (!canDestroyEvidence(actor, factsOf(row)))
      throw new Forbidden("Only a supervisor may destroy evidence");
    if (row.status !== "active") throw new EvidenceGone();
    const now = tx.clock.now();
    await tx.db
      .updateTable("evidence_items")
      .set({
        status: "destroyed",
        ciphertext: null,
        iv: null,
        auth_tag: null,
        wrapped_key: null,
        destroyed_by: actor.userId,
        destroyed_at: now,
        destruction_reason: reason,
      })
      .where("id", "=", id)
      .execute();
    await appendCustodyEvent(tx, { itemId: id, kind: "destroyed", reason, outcome: "ok" });
    await recordAudit(tx, {
      action: "evidence.destroy",
      resourceType: "evidence",
      resourceId: id,
      organisationId: row.organisation_id,
    });
    const after = await selectEvidenceItem(tx.db, id);
    if (!after) throw new NotFound("evidence");
    return toEvidenceView(actor, after, await selectCustodyEvents(tx.db, id));
  });
}
