import type { Role } from "@sahabat/shared";
import type { Clock } from "./clock.ts";
import type { Db } from "./db/database.ts";
import type { Secrets } from "./secrets.ts";

/** Who is acting: a signed-in user, or the system (CLI, seed, jobs). */
export type Actor =
  | {
      kind: "user";
      userId: string;
      organisationId: string;
      role: Role;
      countryCode: string;
    }
  | { kind: "system"; label: string }
  /** Before sign-in: only the sign-in routes run with this actor. */
  | { kind: "anonymous" };

/** What every service function receives first. `db` is the transaction when one is open. */
export type Ctx = {
  actor: Actor;
  db: Db;
  clock: Clock;
  secrets: Secrets;
  requestId: string | null;
  clientAddress: string | null;
  /** Set inside `inTransaction`: work to run at the end of the transaction, before commit. */
  beforeCommit?: ((tx: Ctx) => Promise<void>)[];
  /** Set inside `inTransaction`: called once the transaction has committed (never on rollback). */
  afterCommit?: (() => void)[];
  /** The server's audit chainer, kicked after a commit that wrote audit entries (requests only). */
  auditChain?: { kick(): void };
};

/**
 * Runs `work` in one transaction: every write and its audit entry commit together or not at
 * all. Work registered in `beforeCommit` (the audit entries' insert) runs after `work`, inside
 * the transaction; `afterCommit` callbacks (kicking the audit chainer) run once it committed.
 */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  const afterCommit: (() => void)[] = [];
  const result = await ctx.db.transaction().execute(async (db) => {
    const tx: Ctx = { ...ctx, db, beforeCommit: [], afterCommit };
    const value = await work(tx);
    for (const task of tx.beforeCommit ?? []) await task(tx);
    return value;
  });
  for (const callback of afterCommit) callback();
  return result;
}

/** The acting user, or Unauthenticated for a system actor where a user is needed. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
