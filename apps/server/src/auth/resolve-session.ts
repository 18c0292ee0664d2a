import type { Locale, Role } from "@sahabat/shared";
import type { Clock } from "../platform/clock.ts";
import type { Db } from "../platform/db/database.ts";
import type { ResolvedSession } from "../platform/http/session-port.ts";
import { hashSessionToken, selectSessionWithUser } from "./sessions.ts";
import { sessionStage } from "./stage.ts";

export type SessionPolicy = {
  idleMs: number;
  absoluteMs: number;
  isSecondFactorDisabledForDemo: boolean;
};

// last_seen_at is written at most once a minute, so reads stay reads.
const touchEveryMs = 60_000;

/**
 * Finds the live session for a cookie token: not revoked, not idle past the idle timeout, not
 * older than the absolute timeout, user not disabled. Anything else is no session at all.
 * WARNING: this decides who every request acts as; changes need a security review.
 */
export async function resolveSession(
  db: Db,
  clock: Clock,
  policy: SessionPolicy,
  token: string,
): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const s = await selectSessionWithUser(db, hashSessionToken(token));
  const now = clock.now().getTime();
  if (!s || s.revokedAt || s.disabledAt) return null;
  if (now - s.lastSeenAt.getTime() > policy.idleMs) return null;
  if (now - s.createdAt.getTime() > policy.absoluteMs) return null;
  if (now - s.lastSeenAt.getTime() > touchEveryMs) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: clock.now() })
      .where("token_hash", "=", s.tokenHash)
      .execute();
  }
  const role = s.role as Role;
  return {
    tokenHash: s.tokenHash,
    csrfToken: s.csrfToken,
    stage: sessionStage(
      { role, secondFactorAt: s.secondFactorAt, totpEnabledAt: s.totpEnabledAt },
      policy.isSecondFactorDisabledForDemo,
    ),
    userId: s.userId,
    email: s.email,
    displayName: s.displayName,
    role,
    locale: s.locale as Locale,
    hasSecondFactor: s.totpEnabledAt !== null,
    organisationId: s.organisationId,
    organisationName: s.organisationName,
    countryCode: s.countryCode,
  };
}
