import { currentTotpCode } from "../src/auth/index.ts";
import type { Harness } from "./harness.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A signed-in API client: a cookie and a CSRF token, over `app.inject`. */
export type Client = {
  cookie: string;
  csrfToken: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
  ): Promise<{
    status: number; // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API returned
    json: any;
    headers: Record<string, unknown>;
  }>;
};

/** Calls the API with no session. */
export async function anonymous(h: Harness, method: Method, url: string, body?: unknown) {
  const res = await h.app.inject({
    method,
    url,
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return {
    status: res.statusCode,
    json: res.body ? JSON.parse(res.body) : null,
    headers: res.headers,
  };
}

function sessionCookie(setCookie: unknown): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(first).split(";")[0] ?? "";
}

const signedInBefore = new Set<string>();

/** Signs a factory user in through the real endpoints, second factor included. */
export async function signInAs(
  h: Harness,
  user: { email: string; password: string; totpSecret: string | null },
): Promise<Client> {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res.headers["set-cookie"]);
  const session = await h.app.inject({
    method: "GET",
    url: "/api/auth/session",
    headers: { cookie },
  });
  const csrfToken = JSON.parse(session.body).csrfToken as string;
  const client: Client = {
    cookie,
    csrfToken,
    async request(method, url, body) {
      const r = await h.app.inject({
        method,
        url,
        headers: { cookie, "x-csrf-token": csrfToken },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : null, headers: r.headers };
    },
  };
  if (JSON.parse(res.body).stage === "second_factor_required" && user.totpSecret) {
    // Each code is accepted once: for a repeat sign-in, step the clock past the last code used.
    if (signedInBefore.has(user.email)) h.clock.advance(30_000);
    signedInBefore.add(user.email);
    const r = await client.request("POST", "/api/auth/second-factor", {
      code: currentTotpCode(user.totpSecret, h.clock.now()),
    });
    if (r.status !== 200)
      throw new Error(`second factor failed: ${r.status} ${JSON.stringify(r.json)}`);
  }
  return client;
}
