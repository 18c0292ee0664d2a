import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canReadCase, canUpdateCase } from "./policy.ts";
import { selectCaseFacts } from "./queries.ts";
import { lockCaseInScope } from "./service.ts";

/*
 * Notes, tasks and consent records of a case. Reading them needs the case in scope; writing
 * needs the right to update it. Free text is stored as typed and returned as JSON (inert).
 */

async function caseInScope(ctx: Ctx, id: string) {
  const facts = await selectCaseFacts(ctx.db, id);
  if (!facts || !canReadCase(ctx.actor, facts)) throw new NotFound("case");
  return facts;
}

async function writableCase(ctx: Ctx, id: string) {
  const facts = await lockCaseInScope(ctx, id);
  if (!canUpdateCase(ctx.actor, facts))
    throw new Forbidden(
      facts.status === "closed" ? "The case is closed" : "You may not change this case",
    );
  return facts;
}

const userId = (ctx: Ctx) => (ctx.actor.kind === "user" ? ctx.actor.userId : null);

/** The notes of a case, oldest first. */
export async function listNotes(ctx: Ctx, caseId: string) {
  await caseInScope(ctx, caseId);
  const rows = await ctx.db
    .selectFrom("case_notes as n")
    .leftJoin("users as u", "u.id", "n.author_id")
    .select(["n.id", "n.author_id", "u.display_name", "n.body", "n.created_at"])
    .where("n.case_id", "=", caseId)
    .orderBy("n.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    authorName: r.display_name,
    body: r.body,
    createdAt: r.created_at.toISOString(),
  }));
}

/** Adds a note. */
export async function addNote(ctx: Ctx, caseId: string, body: string) {
  return inTransaction(ctx, async (tx) => {
    const c = await writableCase(tx, caseId);
    const { id } = await tx.db
      .insertInto("case_notes")
      .values({ case_id: caseId, author_id: userId(tx), body, created_at: tx.clock.now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "case.note",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: { noteId: id },
    });
    return id;
  });
}

/** The tasks of a case. */
export async function listTasks(ctx: Ctx, caseId: string) {
  await caseInScope(ctx, caseId);
  const rows = await ctx.db
    .selectFrom("case_tasks")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("due_on")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    dueOn: r.due_on,
    assignedUserId: r.assigned_user_id,
    doneAt: r.done_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  }));
}

/** Adds a task, assigned to a colleague of the case's organisation or to the author. */
export async function addTask(
  ctx: Ctx,
  caseId: string,
  input: { title: string; dueOn?: string | undefined; assignedUserId?: string | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const c = await writableCase(tx, caseId);
    if (input.assignedUserId) {
      const u = await tx.db
        .selectFrom("users")
        .select("organisation_id")
        .where("id", "=", input.assignedUserId)
        .executeTakeFirst();
      if (u?.organisation_id !== c.organisationId)
        throw new Invalid(
          "assignedUserId",
          "Choose a colleague of this organisation",
          "choose_colleague",
        );
    }
    const { id } = await tx.db
      .insertInto("case_tasks")
      .values({
        case_id: caseId,
        title: input.title,
        due_on: input.dueOn ?? null,
        assigned_user_id: input.assignedUserId ?? userId(tx),
        created_by: userId(tx),
        created_at: tx.clock.now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "case.task",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: { taskId: id },
    });
    return id;
  });
}

/** Marks a task done. */
export async function completeTask(ctx: Ctx, caseId: string, taskId: string) {
  await inTransaction(ctx, async (tx) => {
    const c = await writableCase(tx, caseId);
    const done = await tx.db
      .updateTable("case_tasks")
      .set({ done_at: tx.clock.now() })
      .where("id", "=", taskId)
      .where("case_id", "=", caseId)
      .where("done_at", "is", null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new Conflict("No open task with that id on this case");
    await recordAudit(tx, {
      action: "case.task_done",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: { taskId },
    });
  });
}

/** The consent records of a case, withdrawn ones included. */
export async function listConsents(ctx: Ctx, caseId: string) {
  await caseInScope(ctx, caseId);
  const rows = await ctx.db
    .selectFrom("consents")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("recorded_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    givenBy: r.given_by,
    decision: r.decision,
    recordedAt: r.recorded_at.toISOString(),
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    note: r.note,
  }));
}

/** Records consent or refusal, by the child or by the guardian. */
export async function recordConsent(
  ctx: Ctx,
  caseId: string,
  input: { scope: string; givenBy: string; decision: string; note?: string | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const c = await writableCase(tx, caseId);
    const { id } = await tx.db
      .insertInto("consents")
      .values({
        case_id: caseId,
        scope: input.scope,
        given_by: input.givenBy,
        decision: input.decision,
        note: input.note ?? null,
        recorded_by: userId(tx),
        recorded_at: tx.clock.now(),
        withdrawn_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "case.consent",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: {
        consentId: id,
        scope: input.scope,
        givenBy: input.givenBy,
        decision: input.decision,
      },
    });
    return id;
  });
}

/** Withdraws a consent; the record stays, with the date of withdrawal. */
export async function withdrawConsent(ctx: Ctx, caseId: string, consentId: string) {
  await inTransaction(ctx, async (tx) => {
    const c = await writableCase(tx, caseId);
    const r = await tx.db
      .updateTable("consents")
      .set({ withdrawn_at: tx.clock.now() })
      .where("id", "=", consentId)
      .where("case_id", "=", caseId)
      .where("withdrawn_at", "is", null)
      .where("decision", "=", "given")
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1)
      throw new Conflict("No consent in force with that id on this case");
    await recordAudit(tx, {
      action: "case.consent_withdrawn",
      resourceType: "case",
      resourceId: caseId,
      organisationId: c.organisationId,
      details: { consentId },
    });
  });
}
