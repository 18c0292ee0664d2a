import type { Selectable } from "kysely";
import type { Db } from "../platform/db/database.ts";
import type { TakedownTables } from "../platform/db/takedown-tables.ts";

export type NoticeRow = Selectable<TakedownTables["takedown_notices"]> & {
  organisation_name: string;
};

function selectNotices(db: Db) {
  return db
    .selectFrom("takedown_notices as n")
    .innerJoin("organisations as o", "o.id", "n.organisation_id")
    .selectAll("n")
    .select("o.name as organisation_name");
}

/** One notice of the organisation (scope: the issuing organisation only), or undefined. */
export async function selectOrganisationNotice(
  db: Db,
  organisationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<NoticeRow | undefined> {
  let query = selectNotices(db)
    .where("n.id", "=", id)
    .where("n.organisation_id", "=", organisationId);
  if (options.forUpdate) query = query.forUpdate("n");
  return query.executeTakeFirst();
}

/** The organisation's notices, newest first. */
export async function selectOrganisationNotices(
  db: Db,
  organisationId: string,
  status?: string,
): Promise<NoticeRow[]> {
  let query = selectNotices(db).where("n.organisation_id", "=", organisationId);
  if (status) query = query.where("n.status", "=", status);
  return query.orderBy("n.created_at", "desc").orderBy("n.id").limit(500).execute();
}

/** Records one step of a notice's life. */
export async function insertEvent(
  db: Db,
  event: {
    noticeId: string;
    type: string;
    at: Date;
    actorUserId: string | null;
    note?: string | null;
    details?: Record<string, unknown>;
  },
) {
  await db
    .insertInto("takedown_events")
    .values({
      notice_id: event.noticeId,
      type: event.type,
      occurred_at: event.at,
      actor_user_id: event.actorUserId,
      note: event.note ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
