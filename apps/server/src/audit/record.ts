import { type Actor, actorUserId, type Ctx } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import { entryContent, genesisHash, macChainPosition } from "./chain.ts";

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

type PreparedEntry = ReturnType<typeof prepare>;

function actorOrganisationId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.organisationId : null;
}

function prepare(ctx: Ctx, event: AuditEvent) {
  const fields = {
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
  return { ...fields, content: entryContent(fields) };
}

/**
 * Inserts entries unchained, in one statement: their fields, the content string to hash, and an
 * insertion-order id from a sequence, but no position or hash. Nothing here locks the chain
 * head, so concurrent requests do not wait for each other; the chainer (chainer.ts) links the
 * entries once their transaction committed.
 */
async function insertUnchained(db: Db, entries: PreparedEntry[]) {
  await db
    .insertInto("audit_entries")
    .values(
      entries.map((e) => ({
        occurred_at: e.occurredAt,
        actor_user_id: e.actorUserId,
        actor_organisation_id: e.actorOrganisationId,
        action: e.action,
        resource_type: e.resourceType,
        resource_id: e.resourceId,
        organisation_id: e.organisationId,
        purpose: e.purpose,
        client_address: e.clientAddress,
        request_id: e.requestId,
        outcome: e.outcome,
        details: JSON.stringify(e.details),
        content: e.content,
      })),
    )
    .execute();
}

// Entries waiting for the end of their transaction, by the transaction's pre-commit list.
const pending = new WeakMap<object, PreparedEntry[]>();

/**
 * Records an event in the audit trail, in the caller's transaction, so the entry commits with
 * the change it records or not at all. Inside `inTransaction` the entries of a transaction are
 * inserted together just before commit, and the server's chainer is kicked once it committed.
 * The entry is protected by the hash chain only once chained (normally within a second of the
 * commit); until then only by the database's access control and append-only trigger.
 * WARNING: every read of identifying data and every write must call this; changing it needs a
 * security review.
 */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error("recordAudit must run inside a transaction");
  const entry = prepare(ctx, event);
  const { beforeCommit, afterCommit, auditChain } = ctx;
  if (!beforeCommit) return insertUnchained(ctx.db, [entry]);
  let queue = pending.get(beforeCommit);
  if (!queue) {
    const entries: PreparedEntry[] = [];
    queue = entries;
    pending.set(beforeCommit, entries);
    beforeCommit.push((tx) => insertUnchained(tx.db, entries));
    if (auditChain && afterCommit) afterCommit.push(() => auditChain.kick());
  }
  queue.push(entry);
}

/** Creates the chain's head (position 0) once, at start-up. */
export async function initialiseAuditChain(db: Db): Promise<void> {
  await db
    .insertInto("audit_head")
    .values({ seq: 0, hash: genesisHash })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Signs the current head as a checkpoint when it has moved since the last one. Run periodically
 * by the server, so cutting entries off the end of the trail is caught too.
 */
export async function sealAuditCheckpoint(
  db: Db,
  auditKey: Buffer,
  now: Date,
): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    const head = await tx
      .selectFrom("audit_head")
      .select(["seq", "hash"])
      .forUpdate()
      .executeTakeFirst();
    const seq = Number(head?.seq ?? 0);
    if (!head || seq === 0) return null;
    const last = await tx
      .selectFrom("audit_checkpoints")
      .select("seq")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    if (last && Number(last.seq) >= seq) return null;
    await tx
      .insertInto("audit_checkpoints")
      .values({
        seq,
        hash: head.hash,
        mac: macChainPosition(auditKey, seq, head.hash),
        created_at: now,
      })
      .execute();
    return seq;
  });
}
