import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, Invalid } from "../platform/errors.ts";
import { canApproveClosure, canAssignCase, canRequestClosure, canUpdateCase } from "./policy.ts";
import { lockCaseInScope } from "./service.ts";

/*
 * The case lifecycle: open → assessed → in services → closure requested → closed (with outcome).
 * Closure needs a supervisor's approval (four eyes); a refused request goes back to services.
 */
const forward: Record<string, string> = { open: "assessed", assessed: "in_services" };

/** Moves a case one step forward (open → assessed → in services). */
export async function advanceCase(ctx: Ctx, id: string, to: "assessed" | "in_services") {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (!canUpdateCase(tx.actor, c)) throw new Forbidden();
    if (forward[c.status] !== to)
      throw new Conflict(`A case that is ${c.status} cannot become ${to}`, [
        { field: "status", message: "Not the next step", code: "not_next_step" },
      ]);
    await tx.db
      .updateTable("cases")
      .set({ status: to, updated_at: tx.clock.now() })
      .where("id", "=", id)
      .execute();
    await recordAudit(tx, {
      action: "case.status",
      resourceType: "case",
      resourceId: id,
      organisationId: c.organisationId,
      details: { from: c.status, to },
    });
  });
}

/** Asks a supervisor to close the case with an outcome. */
export async function requestClosure(
  ctx: Ctx,
  id: string,
  input: {
    outcome: "reintegrated" | "transferred" | "lost_contact" | "other";
    reason?: string | undefined;
  },
) {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (!canRequestClosure(tx.actor, c))
      throw c.status === "closure_requested"
        ? new Conflict("Closure was already requested")
        : new Forbidden();
    if (input.outcome === "other" && !input.reason)
      throw new Invalid("reason", "Say why when the outcome is 'other'", "reason_required");
    await tx.db
      .updateTable("cases")
      .set({
        status: "closure_requested",
        closure_outcome: input.outcome,
        closure_reason: input.reason ?? null,
        closure_requested_by: tx.actor.kind === "user" ? tx.actor.userId : null,
        // A new request stands on its own: the last refusal has been answered.
        closure_refusal_reason: null,
        closure_refused_by: null,
        closure_refused_at: null,
        updated_at: tx.clock.now(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(tx, {
      action: "case.closure_request",
      resourceType: "case",
      resourceId: id,
      organisationId: c.organisationId,
      details: { outcome: input.outcome },
    });
  });
}

/**
 * A supervisor approves (the case closes) or refuses (back to services, with the reason kept on
 * the case for its workers) a closure request. The audit records the decision, not the reason.
 */
export async function decideClosure(
  ctx: Ctx,
  id: string,
  input: { approve: boolean; reason?: string | undefined },
) {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (c.status !== "closure_requested")
      throw new Conflict("No closure is waiting for approval", [
        { field: "status", message: "Request closure first", code: "closure_not_requested" },
      ]);
    if (!canApproveClosure(tx.actor, c))
      throw new Forbidden("A supervisor other than the requester approves closures");
    const now = tx.clock.now();
    const reason = input.reason?.trim();
    if (!input.approve && !reason)
      throw new Invalid("reason", "Say why you refuse", "reason_required");
    const supervisorId = tx.actor.kind === "user" ? tx.actor.userId : null;
    await tx.db
      .updateTable("cases")
      .set(
        input.approve
          ? {
              status: "closed",
              closed_at: now,
              closure_approved_by: supervisorId,
              updated_at: now,
            }
          : {
              status: "in_services",
              closure_outcome: null,
              closure_reason: null,
              closure_requested_by: null,
              closure_refusal_reason: input.reason ?? null,
              closure_refused_by: supervisorId,
              closure_refused_at: now,
              updated_at: now,
            },
      )
      .where("id", "=", id)
      .execute();
    await recordAudit(tx, {
      action: input.approve ? "case.close" : "case.closure_refused",
      resourceType: "case",
      resourceId: id,
      organisationId: c.organisationId,
    });
  });
}

/** A supervisor assigns or hands over the case to a colleague of the same organisation. */
export async function assignCase(ctx: Ctx, id: string, userId: string) {
  await inTransaction(ctx, async (tx) => {
    const c = await lockCaseInScope(tx, id);
    if (!canAssignCase(tx.actor, c)) throw new Forbidden("Supervisors assign cases");
    const user = await tx.db
      .selectFrom("users")
      .select(["organisation_id", "role", "disabled_at"])
      .where("id", "=", userId)
      .executeTakeFirst();
    if (
      !user ||
      user.organisation_id !== c.organisationId ||
      user.disabled_at ||
      !["caseworker", "supervisor"].includes(user.role)
    ) {
      throw new Invalid(
        "userId",
        "Choose an active caseworker or supervisor of this organisation",
        "choose_colleague",
      );
    }
    await tx.db
      .updateTable("cases")
      .set({ assigned_user_id: userId, updated_at: tx.clock.now() })
      .where("id", "=", id)
      .execute();
    await recordAudit(tx, {
      action: "case.assign",
      resourceType: "case",
      resourceId: id,
      organisationId: c.organisationId,
      details: { from: c.assignedUserId, to: userId },
    });
  });
}
