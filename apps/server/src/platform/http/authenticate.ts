import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { Forbidden, Unauthenticated } from "../errors.ts";
import { type SessionResolver, sessionCookieName } from "./session-port.ts";
import "./types.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function isCsrfTokenValid(request: FastifyRequest, expected: string): boolean {
  const given = request.headers["x-csrf-token"];
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The one authentication hook: every route is for signed-in users unless it opts out by
 * declaring `config.access` ("public", or "partial" for the steps of signing in); only the
 * web app's static files and the API documentation are public by default. Writes need
 * the session's CSRF token in the `x-csrf-token` header (synchroniser token, on top of
 * SameSite=Strict cookies).
 * WARNING: this is the door of the whole API; any change needs a security review.
 */
export function registerAuthentication(app: FastifyInstance, sessions: SessionResolver) {
  app.decorateRequest("actor", null as never);
  app.decorateRequest("session", null);
  app.addHook("onRequest", async (request) => {
    request.actor = { kind: "anonymous" };
    const route = request.routeOptions.url;
    if (!route) return; // unknown route: the 404 handler answers
    // The web app's files and the API documentation are public; every other API route is not.
    const isApi = route.startsWith("/api/") && !route.startsWith("/api/docs");
    const access = isApi ? (request.routeOptions.config?.access ?? "user") : "public";
    const token = request.cookies[sessionCookieName];
    const isWrite = !safeMethods.has(request.method);
    const session = token ? await sessions.resolve(token, { isWrite }) : null;
    request.session = session;
    if (access === "public") return;
    if (!session) throw new Unauthenticated("Sign in first, or your session has ended");
    if (isWrite && !isCsrfTokenValid(request, session.csrfToken)) {
      throw new Forbidden("Missing or wrong CSRF token: reload the page");
    }
    if (access === "user" && session.stage !== "signed_in") {
      throw new Unauthenticated("Finish signing in with your second factor");
    }
    if (session.stage === "signed_in") {
      request.actor = {
        kind: "user",
        userId: session.userId,
        organisationId: session.organisationId,
        role: session.role,
        countryCode: session.countryCode,
      };
    }
  });
  // A write may have signed someone out, disabled a user or changed a role: the sessions cached
  // for reads go before its answer leaves, so the client's next request sees the change. Runs
  // for refused writes too (harmless: the cache only refills).
  app.addHook("onSend", async (request) => {
    if (!safeMethods.has(request.method)) sessions.writeAnswered();
  });
}
