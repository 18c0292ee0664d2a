import type { AuditEntryView } from "@sahabat/shared";
import type { Db } from "../platform/db/database.ts";

/**
 * Audit entries with the actor's display name, newest first in insertion order (`id`): the base
 * of every trail view. Entries not yet chained are shown too; their chain position comes later
 * and may differ from their insertion order, so the views never order or page by it.
 */
export function selectAuditRows(db: Db) {
  return db
    .selectFrom("audit_entries as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .select([
      "a.id",
      "a.occurred_at",
      "a.actor_user_id",
      "u.display_name as actor_name",
      "a.actor_organisation_id",
      "a.action",
      "a.resource_type",
      "a.resource_id",
      "a.organisation_id",
      "a.purpose",
      "a.client_address",
      "a.outcome",
    ])
    .orderBy("a.id", "desc");
}

type AuditRow = Awaited<ReturnType<ReturnType<typeof selectAuditRows>["execute"]>>[number];

/** An audit row as the trail shows it. */
export function toAuditEntryView(r: AuditRow): AuditEntryView {
  return {
    seq: Number(r.id),
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
  };
}

export type AuditFilter = {
  scope: { all: true } | { organisationId: string };
  organisationId?: string | undefined;
  action?: string | undefined;
  before?: number | undefined;
  limit: number;
};

/**
 * A page of the trail, newest first. An organisation's trail holds the entries about its
 * records and the entries its own staff caused (sign-ins, failed sign-ins).
 */
export function selectAuditPage(db: Db, f: AuditFilter) {
  let q = selectAuditRows(db).limit(f.limit);
  const orgs = [
    "organisationId" in f.scope ? f.scope.organisationId : undefined,
    f.organisationId,
  ].filter((o): o is string => !!o);
  for (const org of orgs) {
    q = q.where((eb) =>
      eb.or([eb("a.organisation_id", "=", org), eb("a.actor_organisation_id", "=", org)]),
    );
  }
  if (f.action) q = q.where("a.action", "=", f.action);
  if (f.before) q = q.where("a.id", "<", String(f.before) as never);
  return q.execute();
}
