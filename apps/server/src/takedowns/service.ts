import type { TakedownDetail, TakedownDraftBody, TakedownView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { findPlatform, legalBasisFor } from "./directory.ts";
import { canReadTakedowns, canSeeNotice, canWorkTakedowns } from "./policy.ts";
import {
  insertEvent,
  type NoticeRow,
  selectOrganisationNotice,
  selectOrganisationNotices,
} from "./queries.ts";

/** The stored content of a notice: the validated draft body. */
export type NoticeContent = TakedownDraftBody;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API view of a notice row. */
export function toNoticeView(actor: Actor, row: NoticeRow): TakedownView {
  const c = row.content as NoticeContent;
  const platform = findPlatform(row.platform_key);
  const basis = legalBasisFor(row.country_code, row.category);
  const isOpen = row.status === "sent" || row.status === "acknowledged";
  return {
    id: row.id,
    version: row.version,
    cycle: row.cycle,
    previousNoticeId: row.previous_notice_id,
    status: row.status as TakedownView["status"],
    language: c.language,
    category: row.category as TakedownView["category"],
    issuer: {
      organisationId: row.organisation_id,
      agency: row.organisation_name,
      countryCode: row.country_code,
      unit: c.issuer.unit,
      contactName: c.issuer.contactName,
      contactEmail: c.issuer.contactEmail,
      contactPhone: c.issuer.contactPhone ?? null,
    },
    recipient: {
      platform: row.platform_key,
      name: platform?.name ?? row.platform_key,
      channel: platform?.channel ?? "portal",
      abuseContact: platform?.abuseContact ?? "",
      isIllustrative: platform?.isIllustrative ?? true,
    },
    targets: c.targets.map((t) => ({
      url: t.url,
      contentId: t.contentId ?? null,
      accountId: t.accountId ?? null,
      firstSeenAt: t.firstSeenAt,
      lastSeenAt: t.lastSeenAt,
      captureMethod: t.captureMethod,
      fingerprints: t.fingerprints.map((f) => ({ type: f.type, value: f.value.toLowerCase() })),
      excerpt: t.excerpt ?? null,
    })),
    explanation: c.explanation,
    legalBasis: {
      ...basis,
      deadlineHours: row.deadline_hours,
      decisionReference: c.decisionReference ?? null,
    },
    requestedActions: c.requestedActions,
    preservationDays: c.preservationDays ?? null,
    redress: c.redress,
    responseChannel: {
      email: c.responseChannel?.email ?? c.issuer.contactEmail,
      url: c.responseChannel?.url ?? null,
      reference: `SAHABAT-TD-${row.id}`,
    },
    reportReceivedAt: row.report_received_at.toISOString(),
    sentAt: iso(row.sent_at),
    sentChannel: row.sent_channel as TakedownView["sentChannel"],
    sentReference: row.sent_reference,
    deadlineAt: iso(row.deadline_at),
    acknowledgedAt: iso(row.acknowledged_at),
    removedAt: iso(row.removed_at),
    refusedAt: iso(row.refused_at),
    policeReferredAt: iso(row.police_referred_at),
    remindersSent: row.reminders_sent,
    lastReminderAt: iso(row.last_reminder_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    can: {
      edit: canWorkTakedowns(actor) && row.status === "draft",
      send: canWorkTakedowns(actor) && row.status === "draft",
      step: canWorkTakedowns(actor) && (isOpen || row.status === "removed"),
    },
  };
}

/** The notice when the actor's organisation issued it and the actor reads notices; else 404. */
export async function loadNotice(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<NoticeRow> {
  const actor = ctx.actor;
  if (!canReadTakedowns(actor)) throw new NotFound("takedown notice");
  const row = await selectOrganisationNotice(ctx.db, actor.organisationId, id, options);
  if (!row || !canSeeNotice(actor, { organisationId: row.organisation_id }))
    throw new NotFound("takedown notice");
  return row;
}

/** Checks the domain rules a schema cannot: known platform, ordered times, excerpts for adverts. */
function checkDraft(body: TakedownDraftBody, now: Date) {
  if (Date.parse(body.reportReceivedAt) > now.getTime())
    throw new Invalid(
      "reportReceivedAt",
      "The report cannot be received in the future",
      "date_in_future",
    );
  if (!findPlatform(body.platform))
    throw new Invalid("platform", "No such platform in the directory", "unknown_platform");
  body.targets.forEach((t, i) => {
    if (Date.parse(t.lastSeenAt) < Date.parse(t.firstSeenAt))
      throw new Invalid(
        `targets.${i}.lastSeenAt`,
        "Last seen is before first seen",
        "end_before_start",
      );
    if (t.excerpt !== undefined && body.category !== "recruitment_advert")
      throw new Invalid(
        `targets.${i}.excerpt`,
        "Only a recruitment advert may carry an excerpt: abuse material is identified by its fingerprints",
        "excerpt_not_allowed",
      );
  });
}

/** The acting user when they may work on notices; 403 otherwise. */
export function requireWorker(ctx: Ctx) {
  if (!canWorkTakedowns(ctx.actor))
    throw new Forbidden("Your role may not work on takedown notices");
  return ctx.actor;
}

/** Creates a draft notice (version 1) for the actor's organisation. */
export async function createDraft(ctx: Ctx, body: TakedownDraftBody): Promise<TakedownView> {
  const actor = requireWorker(ctx);
  checkDraft(body, ctx.clock.now());
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const basis = legalBasisFor(actor.countryCode, body.category);
    const { id } = await tx.db
      .insertInto("takedown_notices")
      .values({
        organisation_id: actor.organisationId,
        version: 1,
        status: "draft",
        platform_key: body.platform,
        category: body.category,
        country_code: actor.countryCode,
        content: JSON.stringify(body),
        report_received_at: new Date(body.reportReceivedAt),
        deadline_hours: basis.deadlineHours,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await saveVersion(tx, id, 1, body, actor.userId);
    await insertEvent(tx.db, { noticeId: id, type: "created", at: now, actorUserId: actor.userId });
    await recordAudit(tx, {
      action: "takedown.create",
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: actor.organisationId,
      details: { platform: body.platform, category: body.category, targets: body.targets.length },
    });
    return toNoticeView(actor, await loadNotice(tx, id));
  });
}

async function saveVersion(
  tx: Ctx,
  noticeId: string,
  version: number,
  body: TakedownDraftBody,
  userId: string,
) {
  await tx.db
    .insertInto("takedown_notice_versions")
    .values({
      notice_id: noticeId,
      version,
      content: JSON.stringify(body),
      created_by: userId,
      created_at: tx.clock.now(),
    })
    .execute();
}

/** Edits a draft: the notice's next version. A sent notice is never edited (409). */
export async function editDraft(
  ctx: Ctx,
  id: string,
  body: TakedownDraftBody,
): Promise<TakedownView> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id, { forUpdate: true });
    const actor = requireWorker(tx);
    if (row.status !== "draft")
      throw new Conflict("Only a draft is edited: a sent notice is followed by its steps");
    checkDraft(body, tx.clock.now());
    const version = row.version + 1;
    const now = tx.clock.now();
    await tx.db
      .updateTable("takedown_notices")
      .set({
        version,
        platform_key: body.platform,
        category: body.category,
        content: JSON.stringify(body),
        report_received_at: new Date(body.reportReceivedAt),
        deadline_hours: legalBasisFor(row.country_code, body.category).deadlineHours,
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    await saveVersion(tx, id, version, body, actor.userId);
    await insertEvent(tx.db, {
      noticeId: id,
      type: "edited",
      at: now,
      actorUserId: actor.userId,
      details: { version },
    });
    await recordAudit(tx, {
      action: "takedown.edit",
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: row.organisation_id,
      details: { version },
    });
    return toNoticeView(actor, await loadNotice(tx, id));
  });
}

const eventOrder = [
  "created",
  "edited",
  "sent",
  "reminded",
  "acknowledged",
  "checked",
  "removed",
  "refused",
  "police_referred",
  "reuploaded",
];

/** One notice with its steps and removal checks. */
export async function getNotice(ctx: Ctx, id: string): Promise<TakedownDetail> {
  const row = await loadNotice(ctx, id);
  const events = await ctx.db
    .selectFrom("takedown_events")
    .select(["type", "occurred_at", "actor_user_id", "note"])
    .where("notice_id", "=", id)
    .orderBy("occurred_at")
    .execute();
  // Steps recorded in the same millisecond are shown in the order of the lifecycle.
  events.sort(
    (a, b) =>
      a.occurred_at.getTime() - b.occurred_at.getTime() ||
      eventOrder.indexOf(a.type) - eventOrder.indexOf(b.type),
  );
  const checks = await ctx.db
    .selectFrom("takedown_checks")
    .select(["url", "checked_at", "http_status", "outcome"])
    .where("notice_id", "=", id)
    .orderBy("checked_at")
    .execute();
  return {
    ...toNoticeView(ctx.actor, row),
    events: events.map((e) => ({
      type: e.type,
      occurredAt: e.occurred_at.toISOString(),
      actorUserId: e.actor_user_id,
      note: e.note,
    })),
    checks: checks.map((c) => ({
      url: c.url,
      checkedAt: c.checked_at.toISOString(),
      httpStatus: c.http_status,
      outcome: c.outcome,
    })),
  };
}

/** The notices of the actor's organisation, newest first. */
export async function listNotices(ctx: Ctx, status?: string): Promise<TakedownView[]> {
  const actor = ctx.actor;
  if (!canReadTakedowns(actor))
    throw new Forbidden("Your role does not work with takedown notices");
  const rows = await selectOrganisationNotices(ctx.db, actor.organisationId, status);
  return rows.map((row) => toNoticeView(actor, row));
}
