import type { AuditEntryView } from "@sahabat/shared";
import type { Ctx } from "../platform/context.ts";
import { Forbidden } from "../platform/errors.ts";
import { auditScope } from "./policy.ts";
import { selectAuditPage, toAuditEntryView } from "./queries.ts";

/** A page of the audit trail within the actor's scope, newest first. */
export async function listAuditEntries(
  ctx: Ctx,
  query: {
    organisationId?: string | undefined;
    action?: string | undefined;
    before?: number | undefined;
    limit: number;
  },
): Promise<{ entries: AuditEntryView[]; nextBefore: number | null }> {
  const scope = auditScope(ctx.actor);
  if (!scope) throw new Forbidden("Only supervisors and administrators read the audit trail");
  const rows = await selectAuditPage(ctx.db, { scope, ...query });
  const entries = rows.map(toAuditEntryView);
  const last = entries.at(-1);
  return { entries, nextBefore: entries.length === query.limit && last ? last.seq : null };
}
