import type { TakedownSendBody, TakedownStepBody, TakedownView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Invalid } from "../platform/errors.ts";
import { findPlatform } from "./directory.ts";
import { noticeDocument, renderNoticePdf } from "./document.ts";
import type { NoticeMailer } from "./mailer.ts";
import { insertEvent, type NoticeRow } from "./queries.ts";
import { loadNotice, requireWorker, toNoticeView } from "./service.ts";
import { signNotice } from "./signature.ts";

/*
 * A notice's life: draft → sent → acknowledged → removed | refused (acknowledgement may be
 * skipped). A removed notice whose content comes back opens a new, linked cycle. The police
 * referral is recorded once, at any point. A step out of order is a 409 and changes nothing.
 */

const allowedFrom: Record<Exclude<TakedownStepBody["step"], "police_referred">, string[]> = {
  acknowledged: ["sent"],
  removed: ["sent", "acknowledged"],
  refused: ["sent", "acknowledged"],
};

function outOfOrder(step: string, status: string): Conflict {
  return new Conflict(`A notice that is ${status} cannot be ${step.replaceAll("_", " ")}`, [
    { field: "step", message: `Not allowed from ${status}`, code: "step_out_of_order" },
  ]);
}

/** The signed JSON and the PDF of a notice, as attached to its e-mail. */
export async function noticeAttachments(ctx: Ctx, view: TakedownView) {
  const signed = signNotice(ctx.secrets, noticeDocument(view));
  return [
    {
      filename: `takedown-${view.id}-v${view.version}.json`,
      content: JSON.stringify(signed, null, 2),
      contentType: "application/json",
    },
    {
      filename: `takedown-${view.id}-v${view.version}.pdf`,
      content: await renderNoticePdf(view),
      contentType: "application/pdf",
    },
  ];
}

/**
 * Sends a draft: by e-mail to the platform's abuse address (the PDF and signed JSON attached),
 * or recorded as sent through the platform's portal with the portal's reference. The deadline
 * starts now. When the e-mail fails, the transaction rolls back and the notice stays a draft.
 */
export async function sendNotice(
  ctx: Ctx,
  mailer: NoticeMailer | null,
  id: string,
  body: TakedownSendBody,
): Promise<TakedownView> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id, { forUpdate: true });
    const actor = requireWorker(tx);
    if (row.status !== "draft") throw outOfOrder("sent", row.status);
    const platform = findPlatform(row.platform_key);
    if (body.channel === "email") {
      if (platform?.channel !== "email")
        throw new Invalid(
          "channel",
          "This platform takes notices through its portal",
          "channel_unavailable",
        );
      if (!mailer)
        throw new Invalid(
          "channel",
          "E-mail is not configured on this node",
          "channel_unavailable",
        );
    }
    const now = tx.clock.now();
    await tx.db
      .updateTable("takedown_notices")
      .set({
        status: "sent",
        sent_at: now,
        sent_channel: body.channel,
        sent_reference: body.channel === "portal" ? body.reference : null,
        deadline_at: new Date(now.getTime() + row.deadline_hours * 3_600_000),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    const view = toNoticeView(actor, await loadNotice(tx, id));
    let messageId: string | null = null;
    if (body.channel === "email" && mailer && platform) {
      const sent = await mailer.send({
        to: platform.abuseContact,
        subject: `Takedown notice ${view.responseChannel.reference} (version ${view.version})`,
        text: `Please find attached takedown notice ${view.id}, version ${view.version}, as a PDF and as signed JSON.\nDeadline (UTC): ${view.deadlineAt}.\nQuote ${view.responseChannel.reference} when you reply to ${view.responseChannel.email}.\nNo material is attached.`,
        attachments: await noticeAttachments(tx, view),
      });
      messageId = sent.messageId;
    }
    await insertEvent(tx.db, {
      noticeId: id,
      type: "sent",
      at: now,
      actorUserId: actor.userId,
      details: { channel: body.channel, version: row.version },
    });
    await recordAudit(tx, {
      action: "takedown.send",
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: row.organisation_id,
      details: { channel: body.channel, version: row.version, hasMessageId: messageId !== null },
    });
    return view;
  });
}

/** Records a step (acknowledged, removed, refused, police referred), timed and attributed. */
export async function recordStep(
  ctx: Ctx,
  id: string,
  body: TakedownStepBody,
): Promise<TakedownView> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id, { forUpdate: true });
    const actor = requireWorker(tx);
    const now = tx.clock.now();
    if (body.step === "police_referred") {
      if (row.police_referred_at) throw new Conflict("The police referral is already recorded");
      await tx.db
        .updateTable("takedown_notices")
        .set({ police_referred_at: now, updated_at: now })
        .where("id", "=", id)
        .execute();
    } else {
      if (!allowedFrom[body.step].includes(row.status)) throw outOfOrder(body.step, row.status);
      await tx.db
        .updateTable("takedown_notices")
        .set({
          status: body.step,
          ...(body.step === "acknowledged" ? { acknowledged_at: now } : {}),
          ...(body.step === "removed" ? { removed_at: now } : {}),
          ...(body.step === "refused" ? { refused_at: now } : {}),
          updated_at: now,
        })
        .where("id", "=", id)
        .execute();
    }
    await insertEvent(tx.db, {
      noticeId: id,
      type: body.step,
      at: now,
      actorUserId: actor.userId,
      note: body.note ?? null,
    });
    await recordAudit(tx, {
      action: `takedown.${body.step}`,
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: row.organisation_id,
      details: { from: row.status, hasNote: body.note !== undefined },
    });
    return toNoticeView(actor, await loadNotice(tx, id));
  });
}

/**
 * Opens the next cycle of a removed notice whose content came back: a new draft with the same
 * content, linked to the removed one. The caller holds the transaction and the row lock.
 */
export async function openReuploadCycle(
  tx: Ctx,
  row: NoticeRow,
  actorUserId: string | null,
  note: string | null,
): Promise<string> {
  if (row.status !== "removed") throw outOfOrder("re-uploaded", row.status);
  const existing = await tx.db
    .selectFrom("takedown_notices")
    .select("id")
    .where("previous_notice_id", "=", row.id)
    .executeTakeFirst();
  if (existing) throw new Conflict("A re-upload cycle is already open for this notice");
  const now = tx.clock.now();
  const content = JSON.stringify(row.content);
  const { id } = await tx.db
    .insertInto("takedown_notices")
    .values({
      organisation_id: row.organisation_id,
      previous_notice_id: row.id,
      cycle: row.cycle + 1,
      version: 1,
      status: "draft",
      platform_key: row.platform_key,
      category: row.category,
      country_code: row.country_code,
      content,
      report_received_at: now,
      deadline_hours: row.deadline_hours,
      created_by: actorUserId,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx.db
    .insertInto("takedown_notice_versions")
    .values({ notice_id: id, version: 1, content, created_by: actorUserId, created_at: now })
    .execute();
  await insertEvent(tx.db, {
    noticeId: row.id,
    type: "reuploaded",
    at: now,
    actorUserId,
    note,
    details: { noticeId: id },
  });
  await insertEvent(tx.db, { noticeId: id, type: "created", at: now, actorUserId });
  await recordAudit(tx, {
    action: "takedown.reupload",
    resourceType: "takedown_notice",
    resourceId: row.id,
    organisationId: row.organisation_id,
    details: { newNoticeId: id, cycle: row.cycle + 1 },
  });
  return id;
}

/** Records that removed content was uploaded again: a new linked cycle, as a draft. */
export async function reportReupload(
  ctx: Ctx,
  id: string,
  note: string | undefined,
): Promise<TakedownView> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id, { forUpdate: true });
    const actor = requireWorker(tx);
    const newId = await openReuploadCycle(tx, row, actor.userId, note ?? null);
    return toNoticeView(actor, await loadNotice(tx, newId));
  });
}
