import type { Db } from "../platform/db/database.ts";

/** The account row a sign-in step works on, locked for the step's transaction. */
export function selectAccountForUpdate(db: Db, where: { email: string } | { id: string }) {
  let q = db
    .selectFrom("users")
    .select([
      "id",
      "organisation_id",
      "role",
      "password_hash",
      "totp_secret_sealed",
      "totp_pending_sealed",
      "totp_enabled_at",
      "totp_last_step",
      "failed_sign_ins",
      "locked_until",
      "disabled_at",
    ])
    .forUpdate();
  q = "email" in where ? q.where("email", "=", where.email) : q.where("id", "=", where.id);
  return q.executeTakeFirst();
}

/** Records a failed attempt and the lockout it leads to. */
export async function updateFailedAttempts(
  db: Db,
  userId: string,
  failed: number,
  lockedUntil: Date | null,
) {
  await db
    .updateTable("users")
    .set({ failed_sign_ins: failed, locked_until: lockedUntil })
    .where("id", "=", userId)
    .execute();
}
