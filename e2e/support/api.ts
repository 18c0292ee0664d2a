import { currentTotpCode } from "../../apps/server/src/auth/index.ts";

type Account = { email: string; password: string; totpSecret: string | null };

/** A signed-in API client over HTTP (the same endpoints the web app calls). */
export async function signInToApi(baseUrl: string, account: Account) {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = (signIn.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const session = (await (
    await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })
  ).json()) as { csrfToken: string };
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": session.csrfToken,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  if (account.totpSecret) {
    await request("POST", "/api/auth/second-factor", {
      code: currentTotpCode(account.totpSecret, new Date()),
    });
  }
  return { request };
}

/**
 * The node administrator adds a caseworker to an organisation named exactly `organisationName`
 * (through the API: the admin screens have their own story). Returns the new account.
 */
export async function addCaseworker(
  baseUrl: string,
  admin: Account,
  organisationName: string,
  person: { email: string; displayName: string; locale: string; password: string },
) {
  const api = await signInToApi(baseUrl, admin);
  const organisations = (await api.request("GET", "/api/organisations")) as {
    id: string;
    name: string;
  }[];
  const organisation = organisations.find((o) => o.name === organisationName);
  if (!organisation) throw new Error(`no organisation ${organisationName}`);
  await api.request("POST", "/api/users", {
    organisationId: organisation.id,
    role: "caseworker",
    ...person,
  });
  return { ...person, totpSecret: null };
}
