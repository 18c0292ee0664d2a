import type { Ctx } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";

/** Notifies an organisation's case staff (or one user) of a record's change; ids and kinds only. */
export async function notify(
  ctx: Ctx,
  n: {
    organisationId: string;
    userId?: string | null;
    kind: string;
    referralId?: string | null;
    caseId?: string | null;
    hitQueryId?: string | null;
  },
) {
  await ctx.db
    .insertInto("notifications")
    .values({
      organisation_id: n.organisationId,
      user_id: n.userId ?? null,
      kind: n.kind,
      referral_id: n.referralId ?? null,
      case_id: n.caseId ?? null,
      hit_query_id: n.hitQueryId ?? null,
      created_at: ctx.clock.now(),
      read_at: null,
    })
    .execute();
}

/** The actor's notifications: their organisation's and their own, newest first. */
export async function listNotifications(ctx: Ctx, onlyUnread: boolean) {
  const actor = ctx.actor;
  if (actor.kind !== "user") throw new Forbidden();
  let q = ctx.db
    .selectFrom("notifications")
    .select(["id", "kind", "referral_id", "case_id", "hit_query_id", "created_at", "read_at"])
    .where("organisation_id", "=", actor.organisationId)
    .where((eb) => eb.or([eb("user_id", "is", null), eb("user_id", "=", actor.userId)]))
    .orderBy("created_at", "desc")
    .limit(100);
  if (onlyUnread) q = q.where("read_at", "is", null);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    referralId: r.referral_id,
    caseId: r.case_id,
    hitQueryId: r.hit_query_id,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  }));
}

/** Marks one notification read. */
export async function markNotificationRead(ctx: Ctx, id: string) {
  const actor = ctx.actor;
  if (actor.kind !== "user") throw new Forbidden();
  const r = await ctx.db
    .updateTable("notifications")
    .set({ read_at: ctx.clock.now() })
    .where("id", "=", id)
    .where("organisation_id", "=", actor.organisationId)
    .where((eb) => eb.or([eb("user_id", "is", null), eb("user_id", "=", actor.userId)]))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new NotFound("notification");
}
