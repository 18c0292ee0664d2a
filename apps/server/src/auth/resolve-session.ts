import type { Locale, Role } from "@sahabat/shared";
import type { Clock } from "../platform/clock.ts";
import type { Db } from "../platform/db/database.ts";
import type { ResolvedSession, SessionResolver } from "../platform/http/session-port.ts";
import { createSessionCache } from "./session-cache.ts";
import { hashSessionToken, selectSessionWithUser } from "./sessions.ts";
import { sessionStage } from "./stage.ts";

export type SessionPolicy = {
  idleMs: number;
  absoluteMs: number;
  isSecondFactorDisabledForDemo: boolean;
};

// last_seen_at is written at most once a minute, so reads stay reads.
const touchEveryMs = 60_000;

type SessionRow = NonNullable<Awaited<ReturnType<typeof selectSessionWithUser>>>;

/**
 * The request path's session resolver: finds the live session for a cookie token, reading
 * through a one-second cache for safe requests (see session-cache.ts for why that is safe) and
 * from the database for every write.
 * WARNING: this decides who every request acts as; changes need a security review.
 */
export function createSessionResolver(
  db: Db,
  clock: Clock,
  policy: SessionPolicy,
): SessionResolver {
  const cache = createSessionCache<SessionRow>();
  return {
    resolve: async (token, { isWrite }) => {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const tokenHash = hashSessionToken(token);
      let row = isWrite ? undefined : cache.get(tokenHash);
      if (!row) {
        const generation = cache.generation();
        row = await selectSessionWithUser(db, tokenHash);
        if (!row) return null;
        if (!isWrite) cache.set(tokenHash, row, generation);
      }
      const touched = await checkAndTouch(db, clock, policy, row);
      if (touched && touched !== row) cache.update(tokenHash, row, touched);
      return touched ? toResolved(row, policy) : null;
    },
    writeAnswered: () => cache.clear(),
  };
}

/**
 * A session is live when not revoked, its user not disabled, not idle past the idle timeout and
 * not older than the absolute timeout; anything else is no session at all. Returns the row (with
 * last_seen_at moved when it was written), or null.
 */
async function checkAndTouch(
  db: Db,
  clock: Clock,
  policy: SessionPolicy,
  s: SessionRow,
): Promise<SessionRow | null> {
  const now = clock.now();
  const nowMs = now.getTime();
  if (s.revokedAt || s.disabledAt) return null;
  if (nowMs - s.lastSeenAt.getTime() > policy.idleMs) return null;
  if (nowMs - s.createdAt.getTime() > policy.absoluteMs) return null;
  if (nowMs - s.lastSeenAt.getTime() <= touchEveryMs) return s;
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now })
    .where("token_hash", "=", s.tokenHash)
    .execute();
  return { ...s, lastSeenAt: now };
}

function toResolved(s: SessionRow, policy: SessionPolicy): ResolvedSession {
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
