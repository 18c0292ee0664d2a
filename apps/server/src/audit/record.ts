import { sql } from "kysely";
import { type Actor, actorUserId, type Ctx } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import { checkpointInterval, entryContent, genesisHash, macChainPosition } from "./chain.ts";

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
  return { ...fields, occurredAt: fields.occurredAt.toISOString(), content: entryContent(fields) };
}

/**
 * Appends entries in one statement (sahabat_append_audit): it locks the chain head, links and
 * inserts each entry, and moves the head. Every 1,000th entry also gets a signed checkpoint.
 */
async function append(ctx: Ctx, entries: PreparedEntry[]) {
  const { rows } = await sql<{
    seq: string;
    hash: string;
  }>`select seq, hash from sahabat_append_audit(${JSON.stringify(entries)}::jsonb)`.execute(ctx.db);
  for (const r of rows) {
    const seq = Number(r.seq);
    if (seq % checkpointInterval === 0) {
      await ctx.db
        .insertInto("audit_checkpoints")
        .values({
          seq,
          hash: r.hash,
          mac: macChainPosition(ctx.secrets.auditKey, seq, r.hash),
          created_at: ctx.clock.now(),
        })
        .execute();
    }
  }
}

// Entries waiting for the end of their transaction, by the transaction's pre-commit list.
const pending = new WeakMap<object, PreparedEntry[]>();

/**
 * Records an event in the audit trail, in the caller's transaction, so the entry commits with
 * the change it records or not at all. Inside `inTransaction` the entries wait until the work is
 * done and are appended just before commit: the chain head (which serialises all writers) is
 * then locked only for that one statement and the commit.
 * WARNING: every read of identifying data and every write must call this; changing it needs a
 * security review.
 */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error("recordAudit must run inside a transaction");
  const entry = prepare(ctx, event);
  const beforeCommit = ctx.beforeCommit;
  if (!beforeCommit) return append(ctx, [entry]);
  let queue = pending.get(beforeCommit);
  if (!queue) {
    const entries: PreparedEntry[] = [];
    queue = entries;
    pending.set(beforeCommit, entries);
    beforeCommit.push((tx) => append(tx, entries));
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
