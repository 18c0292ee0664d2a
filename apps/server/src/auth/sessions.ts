import { createHash, randomBytes } from "node:crypto";
import { compileOnce } from "../platform/db/compile-once.ts";
import type { Db } from "../platform/db/database.ts";

/** A random session token for the cookie; the database keeps only its SHA-256. */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSessionToken(token) };
}

/** SHA-256 of a token, hex. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Stores a new session for a user who has just given a correct password. */
export async function insertSession(db: Db, userId: string, tokenHash: string, now: Date) {
  await db
    .insertInto("sessions")
    .values({
      token_hash: tokenHash,
      user_id: userId,
      csrf_token: randomBytes(24).toString("base64url"),
      created_at: now,
      last_seen_at: now,
      second_factor_at: null,
      revoked_at: null,
    })
    .execute();
}

// Read by every request that is not served from the session cache: compiled once, and a named
// prepared statement on a PostgreSQL server (compile-once.ts; a read by primary key).
const runSelectSessionWithUser = compileOnce(
  ["tokenHash"],
  (db, k: { tokenHash: string }) =>
    db
      .selectFrom("sessions as s")
      .innerJoin("users as u", "u.id", "s.user_id")
      .innerJoin("organisations as o", "o.id", "u.organisation_id")
      .select([
        "s.token_hash as tokenHash",
        "s.csrf_token as csrfToken",
        "s.created_at as createdAt",
        "s.last_seen_at as lastSeenAt",
        "s.second_factor_at as secondFactorAt",
        "s.revoked_at as revokedAt",
        "u.id as userId",
        "u.email",
        "u.display_name as displayName",
        "u.role",
        "u.locale",
        "u.totp_enabled_at as totpEnabledAt",
        "u.disabled_at as disabledAt",
        "u.organisation_id as organisationId",
        "o.name as organisationName",
        "o.country_code as countryCode",
      ])
      .where("s.token_hash", "=", k.tokenHash),
  { prepare: true },
);

/** A live session with its user and organisation, in one query (the hot path of every request). */
export async function selectSessionWithUser(db: Db, tokenHash: string) {
  const [row] = await runSelectSessionWithUser(db, { tokenHash });
  return row;
}

/** Ends one session. */
export async function revokeSession(db: Db, tokenHash: string, now: Date) {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every session of a user, except optionally one. Returns how many ended. */
export async function revokeUserSessions(db: Db, userId: string, now: Date, except?: string) {
  let q = db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (except) q = q.where("token_hash", "!=", except);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
