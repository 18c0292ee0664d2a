import type { IncomingMessage, ServerResponse } from "node:http";
import helmet, { type HelmetOptions } from "helmet";

/** What helmet does to a response: the headers it sets and the ones it removes. */
export type SecurityHeaders = { set: [string, string][]; removed: string[] };

/**
 * Runs helmet once, at start-up, on a stand-in response and keeps what it did. Our options are
 * all constants (no per-request nonce or function directive), so every response gets the same
 * headers: applying the kept list is the same as running helmet per request, without rebuilding
 * the Content-Security-Policy string each time (@fastify/helmet even builds a new helmet per
 * request, a few per cent of a small request's CPU).
 */
export function securityHeaders(options: Readonly<HelmetOptions>): SecurityHeaders {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === "object" && csp ? Object.values(csp.directives ?? {}) : [];
  if (directives.flat().some((d) => typeof d === "function"))
    throw new Error(
      "a Content-Security-Policy directive computed per request needs helmet per request",
    );
  const out: SecurityHeaders = { set: [], removed: [] };
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      if (typeof value !== "string")
        throw new Error(`helmet set ${name} to a non-string value: not supported here`);
      out.set.push([name, value]);
      return response;
    },
    removeHeader(name: string) {
      out.removed.push(name);
    },
  };
  let error: unknown = null;
  let isDone = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => {
    error = err ?? null;
    isDone = true;
  });
  // helmet calls back synchronously; anything else would mean it changed and must be looked at.
  if (!isDone) throw new Error("helmet did not finish synchronously");
  if (error) throw error;
  return out;
}

/** Applies the kept headers to a response, as helmet would. */
export function applySecurityHeaders(h: SecurityHeaders, res: ServerResponse) {
  for (const name of h.removed) res.removeHeader(name);
  for (const [name, value] of h.set) res.setHeader(name, value);
}
