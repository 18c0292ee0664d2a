import type { ReportCloseBody, ReportView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { canCloseReport, canSeeReport } from "./policy.ts";
import { getReport } from "./reports.service.ts";

/**
 * Closes a report with an outcome and a reason (a supervisor or investigator of the receiving
 * organisation; a caseworker 403, anyone else 404). A closed report stays closed: closing it
 * again is a 409 and changes nothing, and it takes no more uploads. The row is locked so that
 * two closures (or a closure and an upload) do not interleave. Audited with the outcome; the
 * reason stays on the report.
 */
export async function closeReport(
  ctx: Ctx,
  reportId: string,
  body: ReportCloseBody,
): Promise<ReportView> {
  const actor = ctx.actor;
  await inTransaction(ctx, async (tx) => {
    const report = await tx.db
      .selectFrom("online_harm_reports")
      .select(["id", "organisation_id", "status"])
      .where("id", "=", reportId)
      .forUpdate()
      .executeTakeFirst();
    if (!report || !canSeeReport(actor, { organisationId: report.organisation_id }))
      throw new NotFound("report");
    if (!canCloseReport(actor) || actor.kind !== "user")
      throw new Forbidden("Only supervisors and investigators close reports");
    if (report.status === "closed")
      throw new Conflict("This report is already closed", [
        { field: "outcome", message: "Already closed", code: "already_closed" },
      ]);
    await tx.db
      .updateTable("online_harm_reports")
      .set({
        status: "closed",
        close_outcome: body.outcome,
        close_reason: body.reason.trim(),
        closed_by: actor.userId,
        closed_at: tx.clock.now(),
      })
      .where("id", "=", reportId)
      .execute();
    await recordAudit(tx, {
      action: "online_harm.report_close",
      resourceType: "online_harm_report",
      resourceId: reportId,
      organisationId: report.organisation_id,
      details: { outcome: body.outcome },
    });
  });
  return getReport(ctx, reportId);
}
