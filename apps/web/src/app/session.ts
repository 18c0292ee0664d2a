import { SessionView } from "@sahabat/shared";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, apiRequest, setCsrfToken } from "./api-client.ts";

/** The current session, or null when nobody is signed in on this browser. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await apiRequest("GET", "/api/auth/session", { schema: SessionView });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Query of the session; every guard and the shell read it from the cache. */
export const sessionQuery = queryOptions({
  queryKey: ["session"],
  queryFn: fetchSession,
  staleTime: 60_000,
});

/** The session as the shell and pages see it. */
export function useSession() {
  return useQuery(sessionQuery).data ?? null;
}

/** The paths of the sign-in steps and of the signed-in app. */
export type Destination = "/sign-in" | "/sign-in/second-factor" | "/enrolment" | "/";

/** Where a session belongs: the next sign-in step, or the app itself. */
export function destinationOf(session: SessionView | null): Destination {
  if (!session) return "/sign-in";
  if (session.stage === "second_factor_required") return "/sign-in/second-factor";
  if (session.stage === "enrolment_required") return "/enrolment";
  return "/";
}

// Where a user was going when sign-in interrupted them (a bookmark, or a session that timed
// out mid-task). Kept in this tab's memory only; it is always a path inside the app.
let pathAfterSignIn: string | null = null;

/** Remembers the page to return to once signed in. */
export function rememberPathAfterSignIn(path: string) {
  pathAfterSignIn = path === "/" ? null : path;
}

/** The page to return to (once), or null; forgetting it when someone signs out on purpose. */
export function takePathAfterSignIn(): string | null {
  const path = pathAfterSignIn;
  pathAfterSignIn = null;
  return path;
}
