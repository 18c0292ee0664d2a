import type { Locale, Role, SessionStage } from "@sahabat/shared";

/**
 * What the request path needs from a session. The auth capability provides the resolver;
 * the platform only calls it, so no sign-in rule lives here.
 */
export type ResolvedSession = {
  tokenHash: string;
  csrfToken: string;
  stage: SessionStage;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  hasSecondFactor: boolean;
  organisationId: string;
  organisationName: string;
  countryCode: string;
};

export type SessionResolver = {
  /** The live session for a cookie token, or null. A write must be resolved from the database. */
  resolve(token: string, options: { isWrite: boolean }): Promise<ResolvedSession | null>;
  /** Called before a write request's answer is sent: sessions cached for reads may have changed. */
  writeAnswered(): void;
};

/** Name of the session cookie. */
export const sessionCookieName = "sahabat_session";
