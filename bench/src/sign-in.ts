import { currentTotpCode } from "../../apps/server/src/auth/index.ts";

/** A signed-in browser session: what every request of one HTTP client sends. */
export type Session = { cookie: string; csrfToken: string };

async function expectOk(res: Response, step: string): Promise<unknown> {
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${step} answered ${res.status}: ${body}`);
  return JSON.parse(body);
}

/**
 * Signs in over HTTP exactly as the web app does: password, then the current one-time code
 * of the account's authenticator, then reads the session's CSRF token.
 */
export async function signIn(
  baseUrl: string,
  account: { email: string; password: string; totpSecret: string },
): Promise<Session> {
  const first = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  await expectOk(first, "sign-in");
  const cookie = (first.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const readSession = async () =>
    (await expectOk(
      await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } }),
      "session",
    )) as {
      stage: string;
      csrfToken: string;
    };
  const { csrfToken } = await readSession();
  const second = await fetch(`${baseUrl}/api/auth/second-factor`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ code: currentTotpCode(account.totpSecret, new Date()) }),
  });
  await expectOk(second, "second factor");
  const session = await readSession();
  if (session.stage !== "signed_in") throw new Error(`session stage is ${session.stage}`);
  return { cookie, csrfToken: session.csrfToken };
}
