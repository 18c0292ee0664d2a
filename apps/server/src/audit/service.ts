import type { AuditEntryView } from "@sahabat/shared";
import type { Ctx } from "../platform/context.ts";
import { Forbidden } from "../platform/errors.ts";
import { auditScope } from "./policy.ts";
import { selectAuditPage } from "./queries.ts";

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
  const entries = rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: r.occurred_at.toISOString(),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actorOrganisationId: r.actor_organisation_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    organisationId: r.organisation_id,
    purpose: r.purpose,
    clientAddress: r.client_address,
    outcome: r.outcome,
  }));
  const last = entries.at(-1);
  return { entries, nextBefore: entries.length === query.limit && last ? last.seq : null };
}
