import type { AuditEntryView } from "@sahabat/shared";
import { sql } from "kysely";
import { selectAuditRows, toAuditEntryView } from "../audit/index.ts";
import type { Ctx } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import { canReadCase } from "./policy.ts";
import { selectCaseFacts } from "./queries.ts";

/**
 * The case's own audit trail: every change to it and every look at the child's identifying data
 * (single reads, list pages that showed her name, a receiver's reads through a referral).
 * Supervisors of the owning organisation read it.
 * WARNING: this reveals who looked at a child's record; a change needs a second reviewer.
 */
export async function listCaseAudit(ctx: Ctx, caseId: string): Promise<AuditEntryView[]> {
  const c = await selectCaseFacts(ctx.db, caseId);
  if (!c || !canReadCase(ctx.actor, c)) throw new NotFound("case");
  if (ctx.actor.kind !== "user" || ctx.actor.role !== "supervisor")
    throw new Forbidden("Supervisors read a case's audit trail");
  const rows = await selectAuditRows(ctx.db)
    .where((eb) =>
      eb.or([
        eb("a.resource_id", "in", [caseId, c.personId]),
        sql<boolean>`a.details @> ${JSON.stringify({ caseId })}::jsonb`,
        sql<boolean>`a.details @> ${JSON.stringify({ personIds: [c.personId] })}::jsonb`,
      ]),
    )
    .limit(500)
    .execute();
  return rows.map(toAuditEntryView);
}

/** The actor's open tasks across their cases, soonest due first (the home page). */
export async function listMyTasks(ctx: Ctx) {
  if (ctx.actor.kind !== "user") throw new Forbidden();
  const rows = await ctx.db
    .selectFrom("case_tasks as t")
    .innerJoin("cases as c", "c.id", "t.case_id")
    .select(["t.id", "t.title", "t.due_on", "t.case_id", "c.reference"])
    .where("t.assigned_user_id", "=", ctx.actor.userId)
    .where("c.organisation_id", "=", ctx.actor.organisationId)
    .where("t.done_at", "is", null)
    .orderBy(sql`t.due_on asc nulls last`)
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    dueOn: r.due_on,
    caseId: r.case_id,
    caseReference: r.reference,
  }));
}
