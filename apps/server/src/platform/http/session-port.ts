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

export type SessionResolver = (token: string) => Promise<ResolvedSession | null>;

/** Name of the session cookie. */
export const sessionCookieName = "sahabat_session";
