import type {
  CloseOutcome,
  ReportCreateBody,
  ReportListQuery,
  ReportSummary,
  ReportView,
  UploadView,
} from "@sahabat/shared";
import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import { canReadCase, findCaseFacts } from "../cases/index.ts";
import { canRetainEvidence } from "../evidence/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { cursorTimeOf, cursorTimestamp, isCursorTime } from "../platform/db/cursor-time.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { decodeCursor, encodeCursor, isUuid } from "./cursor.ts";
import { selectMatchRows, toMatchView } from "./match-views.ts";
import { canCloseReport, canSeeReport, canWorkOnReports } from "./policy.ts";

/** The report by id when it is in the actor's scope (its organisation's workers); else 404. */
export async function loadVisibleReport(ctx: Ctx, id: string) {
  const row = await ctx.db
    .selectFrom("online_harm_reports")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row || !canSeeReport(ctx.actor, { organisationId: row.organisation_id }))
    throw new NotFound("report");
  return row;
}

/**
 * Records a report of online harm for the actor's organisation: where it was seen (URLs), the
 * platform, the category, who reported it (or that they stay anonymous), when, and optionally
 * the case it belongs to (a case the actor may open; any other id is a 404). Audited with ids
 * and counts, never the reporter's name or the URLs.
 */
export async function createReport(ctx: Ctx, body: ReportCreateBody): Promise<ReportView> {
  const actor = ctx.actor;
  if (!canWorkOnReports(actor)) throw new Forbidden("Your role does not take online-harm reports");
  const reportedAt = new Date(body.reportedAt);
  if (reportedAt.getTime() > ctx.clock.now().getTime())
    throw new Invalid("reportedAt", "A report cannot be received in the future", "date_in_future");
  if (body.caseId !== undefined) {
    const facts = await findCaseFacts(ctx.db, body.caseId);
    if (!facts || !canReadCase(actor, facts)) throw new NotFound("case");
  }
  const id = await inTransaction(ctx, async (tx) => {
    const { id } = await tx.db
      .insertInto("online_harm_reports")
      .values({
        organisation_id: actor.organisationId,
        category: body.category,
        platform_key: body.platform,
        reporter_kind: body.reporter.kind,
        reporter_anonymous: body.reporter.anonymous,
        reporter_name: body.reporter.name ?? null,
        reporter_contact: body.reporter.contact ?? null,
        reported_at: reportedAt,
        case_id: body.caseId ?? null,
        created_by: actor.userId,
        created_at: tx.clock.now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (body.urls.length > 0)
      await tx.db
        .insertInto("online_harm_report_urls")
        .values(body.urls.map((url, position) => ({ report_id: id, position, url })))
        .execute();
    await recordAudit(tx, {
      action: "online_harm.report_create",
      resourceType: "online_harm_report",
      resourceId: id,
      organisationId: actor.organisationId,
      details: {
        category: body.category,
        reporterKind: body.reporter.kind,
        anonymous: body.reporter.anonymous,
        urls: body.urls.length,
        caseId: body.caseId ?? null,
      },
    });
    return id;
  });
  return readReport(ctx, id, { isAudited: false });
}

/** One report with its URLs, uploads' fingerprints and matches; audited (it names a reporter). */
export async function getReport(ctx: Ctx, id: string): Promise<ReportView> {
  return readReport(ctx, id, { isAudited: true });
}

async function readReport(ctx: Ctx, id: string, o: { isAudited: boolean }): Promise<ReportView> {
  const report = await loadVisibleReport(ctx, id);
  const [urls, uploads, matches] = await Promise.all([
    ctx.db
      .selectFrom("online_harm_report_urls")
      .select("url")
      .where("report_id", "=", id)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("online_harm_uploads")
      .selectAll()
      .where("report_id", "=", id)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    selectMatchRows(ctx.db)
      .where("u.report_id", "=", id)
      .orderBy("m.distance")
      .orderBy("m.created_at")
      .orderBy("m.id")
      .execute(),
  ]);
  if (o.isAudited)
    await inTransaction(ctx, (tx) =>
      recordAudit(tx, {
        action: "online_harm.report_read",
        resourceType: "online_harm_report",
        resourceId: id,
        organisationId: report.organisation_id,
        details: { uploads: uploads.length, matches: matches.length },
      }),
    );
  const isOpen = report.status === "open";
  return {
    id: report.id,
    organisationId: report.organisation_id,
    category: report.category as ReportView["category"],
    platform: report.platform_key,
    reporter: {
      kind: report.reporter_kind as ReportView["reporter"]["kind"],
      anonymous: report.reporter_anonymous,
      name: report.reporter_name,
      contact: report.reporter_contact,
    },
    reportedAt: report.reported_at.toISOString(),
    caseId: report.case_id,
    status: report.status as ReportView["status"],
    createdBy: report.created_by,
    createdAt: report.created_at.toISOString(),
    urls: urls.map((u) => u.url),
    uploads: uploads.map(toUploadView),
    matches: matches.map((m) => toMatchView(ctx.actor, m)),
    closure:
      report.status === "closed" && report.close_outcome && report.closed_at
        ? {
            outcome: report.close_outcome as CloseOutcome,
            reason: report.close_reason ?? "",
            closedBy: report.closed_by,
            closedAt: report.closed_at.toISOString(),
          }
        : null,
    can: {
      upload: isOpen,
      retain: isOpen && canRetainEvidence(ctx.actor),
      close: isOpen && canCloseReport(ctx.actor),
    },
  };
}

/** What an upload row shows: fingerprints, size and type. */
export function toUploadView(row: {
  id: string;
  media_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  md5: string;
  sha256: string;
  pdq: string | null;
  quality: number | null;
  evidence_id: string | null;
  created_at: Date;
}): UploadView {
  return {
    id: row.id,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    md5: row.md5,
    sha256: row.sha256,
    pdq: row.pdq,
    quality: row.quality,
    evidenceId: row.evidence_id,
    createdAt: row.created_at.toISOString(),
  };
}

/** The organisation's reports, newest first, a page at a time (no reporter's name or contact). */
export async function listReports(
  ctx: Ctx,
  query: ReportListQuery,
): Promise<{ items: ReportSummary[]; nextCursor: string | null }> {
  const actor = ctx.actor;
  if (!canWorkOnReports(actor)) throw new Forbidden("Your role does not take online-harm reports");
  const after = query.cursor
    ? decodeCursor(query.cursor, (p) => p.length === 2 && isCursorTime(p[0]) && isUuid(p[1]))
    : null;
  let q = ctx.db
    .selectFrom("online_harm_reports as r")
    .select([
      "r.id",
      "r.category",
      "r.platform_key",
      "r.reporter_kind",
      "r.reporter_anonymous",
      "r.reported_at",
      "r.case_id",
      "r.status",
      "r.created_at",
      cursorTimeOf("r.created_at").as("cursor_time"),
      sql<string>`(select count(*) from online_harm_report_urls x where x.report_id = r.id)`.as(
        "urls",
      ),
      sql<string>`(select count(*) from online_harm_uploads x where x.report_id = r.id)`.as(
        "uploads",
      ),
      sql<string>`(select count(*) from online_harm_matches m join online_harm_uploads u on u.id = m.upload_id where u.report_id = r.id and m.status in ('known_material', 'confirmed'))`.as(
        "known",
      ),
      sql<string>`(select count(*) from online_harm_matches m join online_harm_uploads u on u.id = m.upload_id where u.report_id = r.id and m.status in ('review', 'quarantined'))`.as(
        "to_review",
      ),
    ])
    .where("r.organisation_id", "=", actor.organisationId)
    .orderBy("r.created_at", "desc")
    .orderBy("r.id", "desc")
    .limit(query.limit + 1);
  if (after) {
    const at = cursorTimestamp(after[0]!);
    q = q.where((eb) =>
      eb.or([
        eb("r.created_at", "<", at),
        eb.and([eb("r.created_at", "=", at), eb("r.id", "<", after[1]!)]),
      ]),
    );
  }
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      category: r.category as ReportSummary["category"],
      platform: r.platform_key,
      reporterKind: r.reporter_kind as ReportSummary["reporterKind"],
      anonymous: r.reporter_anonymous,
      reportedAt: r.reported_at.toISOString(),
      caseId: r.case_id,
      status: r.status as ReportSummary["status"],
      urls: Number(r.urls),
      uploads: Number(r.uploads),
      knownMaterial: Number(r.known),
      toReview: Number(r.to_review),
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.cursor_time, last.id]) : null,
  };
}
