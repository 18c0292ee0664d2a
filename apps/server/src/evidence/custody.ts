import type { Ctx } from "../platform/context.ts";

/** What can happen to an item; the chain of custody lists them in order. */
export type CustodyKind =
  | "acquired"
  | "thumbnail_viewed"
  | "thumbnail_refused"
  | "integrity_checked"
  | "destroyed";

/**
 * Appends a custody event in the caller's transaction (the table refuses update and delete).
 * `details` holds codes and ids only; the reason is the actor's own words, kept here and never
 * in the audit trail or the logs.
 */
export async function appendCustodyEvent(
  tx: Ctx,
  event: {
    itemId: string;
    kind: CustodyKind;
    reason: string | null;
    outcome: "ok" | "denied" | "failed";
    details?: Record<string, string | number | boolean>;
  },
): Promise<void> {
  const actor = tx.actor;
  await tx.db
    .insertInto("evidence_custody_events")
    .values({
      item_id: event.itemId,
      kind: event.kind,
      actor_user_id: actor.kind === "user" ? actor.userId : null,
      actor_organisation_id: actor.kind === "user" ? actor.organisationId : null,
      occurred_at: tx.clock.now(),
      reason: event.reason,
      outcome: event.outcome,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
