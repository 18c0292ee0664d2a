import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden } from "../platform/errors.ts";
import { canWorkTakedowns } from "./policy.ts";
import { insertEvent } from "./queries.ts";
import {
  type CheckLimits,
  type CheckOutcome,
  checkUrl,
  defaultCheckLimits,
} from "./removal-check.ts";
import type { NoticeContent } from "./service.ts";
import { loadNotice, toNoticeView } from "./service.ts";
import { openReuploadCycle } from "./steps.service.ts";

/**
 * Re-fetches every target of a sent notice and records what came back. When every target is
 * gone or changed, an open notice becomes removed (verified); when a removed notice's content
 * is served again, a linked re-upload cycle opens. The fetches run before the transaction, so
 * no lock is held over the network.
 */
export async function checkRemoval(ctx: Ctx, id: string, limits: CheckLimits = defaultCheckLimits) {
  const before = await loadNotice(ctx, id);
  if (!canWorkTakedowns(ctx.actor))
    throw new Forbidden("Your role may not work on takedown notices");
  if (!["sent", "acknowledged", "removed"].includes(before.status))
    throw new Conflict(`A notice that is ${before.status} is not checked`, [
      { field: "status", message: "Only a sent notice is checked", code: "notice_not_sent" },
    ]);
  const content = before.content as NoticeContent;
  const checks: { url: string; httpStatus: number | null; outcome: CheckOutcome }[] = [];
  for (const target of content.targets)
    checks.push({ url: target.url, ...(await checkUrl(target.url, target.fingerprints, limits)) });
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id, { forUpdate: true });
    const actor = tx.actor.kind === "user" ? tx.actor : null;
    const now = tx.clock.now();
    await tx.db
      .insertInto("takedown_checks")
      .values(
        checks.map((c) => ({
          notice_id: id,
          url: c.url,
          checked_at: now,
          http_status: c.httpStatus,
          outcome: c.outcome,
          checked_by: actor?.userId ?? null,
        })),
      )
      .execute();
    const count = (o: string) => checks.filter((c) => c.outcome === o).length;
    await insertEvent(tx.db, {
      noticeId: id,
      type: "checked",
      at: now,
      actorUserId: actor?.userId ?? null,
      details: { gone: count("gone"), changed: count("changed"), stillUp: count("still_up") },
    });
    const isAllGone = checks.every((c) => c.outcome === "gone" || c.outcome === "changed");
    let reuploadNoticeId: string | null = null;
    if (isAllGone && (row.status === "sent" || row.status === "acknowledged")) {
      await tx.db
        .updateTable("takedown_notices")
        .set({ status: "removed", removed_at: now, updated_at: now })
        .where("id", "=", id)
        .execute();
      await insertEvent(tx.db, {
        noticeId: id,
        type: "removed",
        at: now,
        actorUserId: actor?.userId ?? null,
        note: "Verified by fetching every URL again",
      });
    } else if (row.status === "removed" && count("still_up") > 0) {
      const hasCycle = await tx.db
        .selectFrom("takedown_notices")
        .select("id")
        .where("previous_notice_id", "=", id)
        .executeTakeFirst();
      if (!hasCycle)
        reuploadNoticeId = await openReuploadCycle(
          tx,
          row,
          actor?.userId ?? null,
          "The content is served again",
        );
    }
    await recordAudit(tx, {
      action: "takedown.check",
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: row.organisation_id,
      details: {
        gone: count("gone"),
        changed: count("changed"),
        stillUp: count("still_up"),
        inconclusive: count("inconclusive"),
      },
    });
    return {
      notice: toNoticeView(tx.actor, await loadNotice(tx, id)),
      checks: checks.map((c) => ({ url: c.url, httpStatus: c.httpStatus, outcome: c.outcome })),
      reuploadNoticeId,
    };
  });
}
