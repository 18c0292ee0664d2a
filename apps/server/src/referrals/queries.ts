import type { Db } from "../platform/db/database.ts";

/** A referral with the names around it. */
export function selectReferralRows(db: Db) {
  return db
    .selectFrom("referrals as r")
    .innerJoin("organisations as fo", "fo.id", "r.from_organisation_id")
    .innerJoin("service_providers as sp", "sp.id", "r.provider_id")
    .innerJoin("cases as c", "c.id", "r.case_id")
    .selectAll("r")
    .select([
      "fo.name as from_organisation_name",
      "sp.name as provider_name",
      "c.reference as case_reference",
      "c.organisation_id as case_organisation_id",
      "c.assigned_user_id as case_assigned_user_id",
      "c.created_by as case_created_by",
      "c.status as case_status",
      "c.closure_requested_by as case_closure_requested_by",
    ]);
}

/** One referral by id. */
export function selectReferral(db: Db, id: string) {
  return selectReferralRows(db).where("r.id", "=", id).executeTakeFirst();
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof selectReferral>>>;

/** The history of a referral. */
export function selectReferralEvents(db: Db, id: string) {
  return db
    .selectFrom("referral_events")
    .select(["status", "occurred_at", "note"])
    .where("referral_id", "=", id)
    .orderBy("occurred_at")
    .execute();
}

/** Appends a state change to the history. */
export async function insertReferralEvent(
  db: Db,
  e: {
    referralId: string;
    status: string;
    actorUserId: string | null;
    note?: string | null;
    at: Date;
  },
) {
  await db
    .insertInto("referral_events")
    .values({
      referral_id: e.referralId,
      status: e.status,
      actor_user_id: e.actorUserId,
      note: e.note ?? null,
      occurred_at: e.at,
    })
    .execute();
}
