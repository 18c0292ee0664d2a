import type { MatchView } from "@sahabat/shared";
import type { Actor } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import { canDecideMatch } from "./policy.ts";

/** Statuses a person still has to decide. */
export const UNDECIDED_STATUSES = ["review", "quarantined"] as const;

/** Matches with what a reviewer is shown: list, owner, classification — never an image. */
export function selectMatchRows(db: Db) {
  return db
    .selectFrom("online_harm_matches as m")
    .innerJoin("online_harm_uploads as u", "u.id", "m.upload_id")
    .innerJoin("hash_lists as l", "l.id", "m.list_id")
    .innerJoin("organisations as o", "o.id", "l.owner_organisation_id")
    .innerJoin("hash_list_entries as e", "e.id", "m.entry_id")
    .select([
      "m.id",
      "m.upload_id",
      "u.report_id",
      "m.organisation_id",
      "m.list_id",
      "l.name as list_name",
      "l.is_verified",
      "l.owner_organisation_id",
      "o.name as owner_organisation_name",
      "m.entry_id",
      "e.classification",
      "m.fingerprint_type",
      "m.distance",
      "m.variant",
      "m.kind",
      "m.status",
      "m.decided_by",
      "m.decided_at",
      "m.note",
      "m.created_at",
    ]);
}

export type MatchRow = Awaited<ReturnType<ReturnType<typeof selectMatchRows>["execute"]>>[number];

export function toMatchView(actor: Actor, row: MatchRow): MatchView {
  const isUndecided = (UNDECIDED_STATUSES as readonly string[]).includes(row.status);
  return {
    id: row.id,
    reportId: row.report_id,
    uploadId: row.upload_id,
    listId: row.list_id,
    listName: row.list_name,
    isVerifiedList: row.is_verified,
    ownerOrganisationId: row.owner_organisation_id,
    ownerOrganisationName: row.owner_organisation_name,
    entryId: row.entry_id,
    classification: row.classification,
    fingerprintType: row.fingerprint_type,
    distance: row.distance,
    variant: row.variant,
    kind: row.kind as MatchView["kind"],
    status: row.status as MatchView["status"],
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    can: { decide: isUndecided && canDecideMatch(actor) },
  };
}
