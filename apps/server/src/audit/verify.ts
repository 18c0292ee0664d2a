import type { Selectable } from "kysely";
import { systemClock } from "../platform/clock.ts";
import type { Db } from "../platform/db/database.ts";
import type { Database } from "../platform/db/schema.ts";
import { type ChainedFields, genesisHash, hashEntry, isChainPositionMacValid } from "./chain.ts";
import { chainPendingAudit } from "./chainer.ts";

/** Outcome of a verification: fine, or the first broken position and why. */
export type VerifyReport =
  | { ok: true; entries: number; checkpoints: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

const pageSize = 5000;

/** The hashed fields of a stored entry. */
export function chainedFieldsOf(r: Selectable<Database["audit_entries"]>): ChainedFields {
  return {
    seq: Number(r.seq),
    occurredAt: r.occurred_at,
    actorUserId: r.actor_user_id,
    actorOrganisationId: r.actor_organisation_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    organisationId: r.organisation_id,
    purpose: r.purpose,
    clientAddress: r.client_address,
    requestId: r.request_id,
    outcome: r.outcome,
    details: r.details,
  };
}

/**
 * Chains every entry committed but not yet chained, then walks the whole chain in order and
 * recomputes every hash, so the report covers every committed entry. An edited entry fails its
 * own hash; a deleted one leaves a gap; a reordered one fails its hash (the position is hashed)
 * and the next link. The signed checkpoints catch a chain rewritten end to end, and a tail cut
 * off behind the latest checkpoint. (Entries after the latest checkpoint are protected by the
 * chain against edits, but a superuser could cut them off unseen until the next checkpoint: the
 * server seals one every minute. An entry altered before it was chained is caught only when its
 * fields no longer match the content it was chained with.)
 */
export async function verifyAuditChain(db: Db, auditKey: Buffer): Promise<VerifyReport> {
  await chainPendingAudit(db, auditKey, systemClock.now());
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let after = 0;
  const checkpoints = new Map(
    (await db.selectFrom("audit_checkpoints").selectAll().execute()).map((c) => [Number(c.seq), c]),
  );
  const broken = (brokenAt: number, reason: string): VerifyReport => ({
    ok: false,
    entries: expectedSeq - 1,
    brokenAt,
    reason,
  });
  for (;;) {
    const rows = await db
      .selectFrom("audit_entries")
      .selectAll()
      .where("seq", ">", String(after) as never)
      .orderBy("seq")
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
      if (r.prev_hash !== prevHash) return broken(seq, "does not link to the entry before it");
      const hash = hashEntry(prevHash, chainedFieldsOf(r));
      if (hash !== r.hash) return broken(seq, "its content does not match its hash");
      const checkpoint = checkpoints.get(seq);
      if (
        checkpoint &&
        (checkpoint.hash !== hash || !isChainPositionMacValid(auditKey, seq, hash, checkpoint.mac))
      ) {
        return broken(seq, "does not match the signed checkpoint");
      }
      prevHash = hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < pageSize) break;
    after = Number(rows.at(-1)?.seq);
  }
  const last = expectedSeq - 1;
  for (const seq of checkpoints.keys()) {
    if (seq > last)
      return broken(last + 1, `entries from ${last + 1} to at least ${seq} are missing`);
  }
  const head = await db.selectFrom("audit_head").selectAll().executeTakeFirst();
  if (!head) return broken(1, "the chain head is missing");
  if (Number(head.seq) !== last || head.hash !== prevHash) {
    return broken(last + 1, `the chain head names entry ${head.seq} but the trail ends at ${last}`);
  }
  return { ok: true, entries: last, checkpoints: checkpoints.size };
}
