import type { TakedownView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { noticeDocument, renderNoticePdf } from "./document.ts";
import { loadNotice, toNoticeView } from "./service.ts";
import { type SignedNotice, signNotice } from "./signature.ts";

/** The notice to whoever sees it, the read audited (a notice names live URLs). */
async function loadForExport(ctx: Ctx, id: string, format: string): Promise<TakedownView> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadNotice(tx, id);
    await recordAudit(tx, {
      action: "takedown.export",
      resourceType: "takedown_notice",
      resourceId: id,
      organisationId: row.organisation_id,
      details: { format, version: row.version },
    });
    return toNoticeView(tx.actor, row);
  });
}

/** The notice as JSON signed by the node (Ed25519 over canonical JSON). */
export async function exportNoticeJson(ctx: Ctx, id: string): Promise<SignedNotice> {
  return signNotice(ctx.secrets, noticeDocument(await loadForExport(ctx, id, "json")));
}

/** The notice as a PDF. */
export async function exportNoticePdf(ctx: Ctx, id: string): Promise<Buffer> {
  return renderNoticePdf(await loadForExport(ctx, id, "pdf"));
}
