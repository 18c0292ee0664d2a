import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { findPlatform } from "./directory.ts";
import type { NoticeMailer } from "./mailer.ts";
import { insertEvent } from "./queries.ts";

/**
 * After this many reminders (a month at one a day) a notice is overdue-closed for reminding:
 * the agency escalates by other means, and the notice counts as unanswered in the metrics.
 */
export const MAX_REMINDERS = 30;

/**
 * Sends a reminder for every sent or acknowledged notice whose last notice or reminder is at
 * least `intervalMs` old (Project Arachnid re-sends every 24 hours until removal). E-mailed
 * notices are reminded by e-mail; a portal notice's reminder is recorded for the officer to
 * re-submit. Each reminder commits on its own, with its audit entry. Returns how many were sent.
 */
export async function sendDueReminders(
  ctx: Ctx,
  now: Date,
  options: { mailer: NoticeMailer | null; intervalMs: number },
): Promise<number> {
  const due = new Date(now.getTime() - options.intervalMs);
  const candidates = await ctx.db
    .selectFrom("takedown_notices")
    .select("id")
    .where("status", "in", ["sent", "acknowledged"])
    .where("reminders_sent", "<", MAX_REMINDERS)
    .where((eb) => eb(eb.fn.coalesce("last_reminder_at", "sent_at"), "<=", due))
    .orderBy("sent_at")
    .limit(500)
    .execute();
  let sent = 0;
  for (const { id } of candidates) {
    const isSent = await inTransaction(ctx, async (tx) => {
      const row = await tx.db
        .selectFrom("takedown_notices")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const last = row.last_reminder_at ?? row.sent_at;
      if (!["sent", "acknowledged"].includes(row.status) || !last || last > due) return false;
      const number = row.reminders_sent + 1;
      const platform = findPlatform(row.platform_key);
      const isEmail = row.sent_channel === "email" && platform?.channel === "email";
      if (isEmail && options.mailer && platform)
        await options.mailer.send({
          to: platform.abuseContact,
          subject: `Reminder ${number}: takedown notice SAHABAT-TD-${row.id}`,
          text: `Takedown notice SAHABAT-TD-${row.id} (version ${row.version}), sent ${row.sent_at?.toISOString()}, is not yet resolved. Deadline (UTC): ${row.deadline_at?.toISOString()}. Please confirm removal quoting the reference.`,
          attachments: [],
        });
      await tx.db
        .updateTable("takedown_notices")
        .set({ reminders_sent: number, last_reminder_at: now, updated_at: now })
        .where("id", "=", id)
        .execute();
      await insertEvent(tx.db, {
        noticeId: id,
        type: "reminded",
        at: now,
        actorUserId: null,
        details: { number, channel: isEmail ? "email" : "portal" },
      });
      await recordAudit(tx, {
        action: "takedown.remind",
        resourceType: "takedown_notice",
        resourceId: id,
        organisationId: row.organisation_id,
        details: { number, channel: isEmail ? "email" : "portal" },
      });
      return true;
    });
    if (isSent) sent++;
  }
  return sent;
}
