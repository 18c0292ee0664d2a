import type { Db } from "../platform/db/database.ts";
import type { visibleUsers } from "./policy.ts";

const columns = [
  "id",
  "organisation_id",
  "email",
  "display_name",
  "role",
  "locale",
  "totp_enabled_at",
  "disabled_at",
  "locked_until",
  "created_at",
] as const;

/** Users in a scope, optionally of one organisation. */
export function selectUsers(
  db: Db,
  scope: ReturnType<typeof visibleUsers>,
  organisationId?: string,
) {
  if ("none" in scope) return Promise.resolve([]);
  let q = db.selectFrom("users").select(columns).orderBy("display_name").limit(1000);
  if ("organisationId" in scope) q = q.where("organisation_id", "=", scope.organisationId);
  if ("userId" in scope) q = q.where("id", "=", scope.userId);
  if (organisationId) q = q.where("organisation_id", "=", organisationId);
  return q.execute();
}

/** One user by id. */
export function selectUser(db: Db, id: string) {
  return db.selectFrom("users").select(columns).where("id", "=", id).executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof selectUser>>>;

/** Whether an e-mail address is taken. */
export async function isEmailTaken(db: Db, email: string): Promise<boolean> {
  return !!(await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst());
}
