import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import { checkpointInterval, macChainPosition } from "./chain.ts";

/*
 * The audit chainer. Requests insert their audit entries unchained (record.ts); this links
 * committed ones into the hash chain, oldest insertion first, one transaction per batch
 * (sahabat_chain_audit, migration 0013). The chain head's row lock, taken by that function and
 * by nothing a request does, keeps chainers of every process one at a time.
 * Until an entry is chained, the chain does not protect it: only the database's access control
 * and the append-only trigger do. The server therefore chains within 50 ms of every commit that
 * wrote entries, every second as a safety net, and on shutdown.
 * WARNING: this decides what the chain covers and when; a change needs a security review.
 */

/** How many entries one chaining transaction links at most. */
const batchSize = 1000;

/** How long a kick waits, gathering other commits' entries into the same run. */
const kickDelayMs = 50;

/** How often the server chains whatever is pending, whether or not a commit kicked it. */
export const auditChainIntervalMs = 1000;

/**
 * Links up to `maxEntries` committed unchained entries in one transaction and signs every
 * 1,000th position as a checkpoint in that same transaction (the key never reaches the
 * database). Returns how many it linked.
 */
export async function chainAuditBatch(
  db: Db,
  auditKey: Buffer,
  now: Date,
  maxEntries = batchSize,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{
      seq: string;
      hash: string;
    }>`select seq, hash from sahabat_chain_audit(${maxEntries}::integer)`.execute(tx);
    const checkpoints = rows
      .filter((r) => Number(r.seq) % checkpointInterval === 0)
      .map((r) => ({
        seq: Number(r.seq),
        hash: r.hash,
        mac: macChainPosition(auditKey, Number(r.seq), r.hash),
        created_at: now,
      }));
    if (checkpoints.length > 0)
      await tx.insertInto("audit_checkpoints").values(checkpoints).execute();
    return rows.length;
  });
}

/** Chains every entry committed before the call, batch by batch. Returns how many it linked. */
export async function chainPendingAudit(db: Db, auditKey: Buffer, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const linked = await chainAuditBatch(db, auditKey, now);
    total += linked;
    if (linked < batchSize) return total;
  }
}

/** The server's chainer: kicked after commits, on a timer, and flushed on shutdown. */
export type AuditChainer = {
  /** Asks for a run within 50 ms; returns at once. Kicks meanwhile coalesce into one run. */
  kick(): void;
  /** Runs now (or after the current run) and resolves once everything committed before is chained. */
  flush(): Promise<void>;
  /** Stops the timer and chains what is pending. */
  stop(): Promise<void>;
};

/** Starts a chainer for one database, with a safety-net run every `auditChainIntervalMs`. */
export function startAuditChainer(o: {
  db: Db;
  auditKey: Buffer;
  now: () => Date;
  onError: (err: unknown) => void;
}): AuditChainer {
  let running: Promise<void> | null = null;
  let isRequested = false;
  let isStopped = false;
  // One loop at a time: a kick during a run sets `isRequested`, so entries committed while a
  // run was already reading are picked up by the next pass, not left for the timer.
  const loop = async () => {
    while (isRequested) {
      isRequested = false;
      try {
        await chainPendingAudit(o.db, o.auditKey, o.now());
      } catch (err) {
        o.onError(err);
      }
    }
    running = null;
  };
  const request = () => {
    isRequested = true;
    running ??= loop();
    return running;
  };
  const timer = setInterval(() => void request(), auditChainIntervalMs);
  timer.unref();
  // Kicks wait a moment so that one run chains the entries of every request committed
  // meanwhile: on PGlite, whose one connection the requests share, a chaining transaction after
  // every write slowed writes by a quarter or more.
  let kicked: ReturnType<typeof setTimeout> | null = null;
  return {
    kick: () => {
      if (isStopped || kicked) return;
      kicked = setTimeout(() => {
        kicked = null;
        void request();
      }, kickDelayMs);
      kicked.unref();
    },
    flush: async () => {
      await request();
    },
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      if (kicked) clearTimeout(kicked);
      await request();
    },
  };
}
