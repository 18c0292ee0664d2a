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
};

/** Runs `work` in one transaction: every write and its audit entry commit together or not at all. */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((db) => work({ ...ctx, db }));
}

/** The acting user, or Unauthenticated for a system actor where a user is needed. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
