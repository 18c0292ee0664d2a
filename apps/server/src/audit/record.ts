import { type Actor, actorUserId, type Ctx } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import { checkpointInterval, genesisHash, hashEntry, macChainPosition } from "./chain.ts";

/** What happened, to what, for whom. `details` holds ids and field names only, never values. */
export type AuditEvent = {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** The organisation whose record it is (so its supervisors see the entry). */
  organisationId?: string | null;
  purpose?: string | null;
  outcome?: "ok" | "denied" | "failed";
  details?: Record<string, unknown>;
  /** For events before anyone is signed in (a failed sign-in names the account it targeted). */
  actorOverride?: { userId: string | null; organisationId: string | null };
};

function actorOrganisationId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.organisationId : null;
}

/**
 * Appends one entry to the audit chain inside the caller's transaction, so the entry commits
 * with the change it records or not at all. The head row is locked `for update`: appends are
 * serialised, which is what makes the chain a chain.
 * WARNING: every read of identifying data and every write must call this; changing it needs a
 * security review.
 */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error("recordAudit must run inside a transaction");
  const head = await ctx.db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .forUpdate()
    .executeTakeFirstOrThrow();
  const seq = Number(head.seq) + 1;
  const fields = {
    seq,
    occurredAt: new Date(ctx.clock.now().getTime()),
    actorUserId: event.actorOverride ? event.actorOverride.userId : actorUserId(ctx.actor),
    actorOrganisationId: event.actorOverride
      ? event.actorOverride.organisationId
      : actorOrganisationId(ctx.actor),
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId ?? null,
    organisationId: event.organisationId ?? null,
    purpose: event.purpose ?? null,
    clientAddress: ctx.clientAddress,
    requestId: ctx.requestId,
    outcome: event.outcome ?? "ok",
    details: {
      ...(event.details ?? {}),
      ...(ctx.actor.kind === "system" ? { system: ctx.actor.label } : {}),
    },
  };
  const hash = hashEntry(head.hash, fields);
  await ctx.db
    .insertInto("audit_entries")
    .values({
      seq,
      occurred_at: fields.occurredAt,
      actor_user_id: fields.actorUserId,
      actor_organisation_id: fields.actorOrganisationId,
      action: fields.action,
      resource_type: fields.resourceType,
      resource_id: fields.resourceId,
      organisation_id: fields.organisationId,
      purpose: fields.purpose,
      client_address: fields.clientAddress,
      request_id: fields.requestId,
      outcome: fields.outcome,
      details: JSON.stringify(fields.details),
      prev_hash: head.hash,
      hash,
    })
    .execute();
  const mac = macChainPosition(ctx.secrets.auditKey, seq, hash);
  await ctx.db.updateTable("audit_head").set({ seq, hash, mac }).execute();
  if (seq % checkpointInterval === 0) {
    await ctx.db
      .insertInto("audit_checkpoints")
      .values({ seq, hash, mac, created_at: fields.occurredAt })
      .execute();
  }
}

/** Creates the chain's head (position 0) once, at start-up. */
export async function initialiseAuditChain(db: Db, auditKey: Buffer): Promise<void> {
  await db
    .insertInto("audit_head")
    .values({ seq: 0, hash: genesisHash, mac: macChainPosition(auditKey, 0, genesisHash) })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
