import { expect, it } from "vitest";
import { anonymous } from "../../test/client.ts";
import { makeUser, testPassword } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { currentTotpCode } from "./index.ts";

async function startSession(h: Harness, email: string) {
  const res = await anonymous(h, "POST", "/api/auth/sign-in", { email, password: testPassword });
  const cookie = String(res.headers["set-cookie"]).split(";")[0]!;
  const session = await h.app.inject({
    method: "GET",
    url: "/api/auth/session",
    headers: { cookie },
  });
  const csrf = JSON.parse(session.body).csrfToken as string;
  const call = async (method: "GET" | "POST", url: string, payload?: object) => {
    const r = await h.app.inject({
      method,
      url,
      headers: { cookie, "x-csrf-token": csrf },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : null };
  };
  return { stage: res.json.stage as string, cookie, csrf, call };
}

describeEachDatabase("second-factor enrolment", (h) => {
  it("enrols an authenticator with a QR code, issues ten recovery codes once, and each works once", async () => {
    const user = await makeUser(h, { role: "caseworker", enrolled: false });
    const s = await startSession(h, user.email);
    expect(s.stage).toBe("enrolment_required");
    expect((await s.call("GET", "/api/users")).status).toBe(401);

    const start = await s.call("POST", "/api/auth/enrolment");
    expect(start.status).toBe(200);
    expect(start.json.otpauthUri).toContain(`secret=${start.json.secret}`);
    expect(start.json.qrCodeSvg).toMatch(/^<svg/);
    const row = await h.db
      .selectFrom("users")
      .select(["totp_pending_sealed", "totp_secret_sealed"])
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_pending_sealed).not.toContain(start.json.secret);
    expect(row.totp_secret_sealed).toBeNull();

    const wrong = await s.call("POST", "/api/auth/enrolment/confirm", { code: "000000" });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors[0]).toMatchObject({ field: "code", code: "enrolment_code_rejected" });

    const confirmed = await s.call("POST", "/api/auth/enrolment/confirm", {
      code: currentTotpCode(start.json.secret, h.clock.now()),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.recoveryCodes).toHaveLength(10);
    expect((await s.call("GET", "/api/users")).status).toBe(200);

    const next = await startSession(h, user.email);
    expect(next.stage).toBe("second_factor_required");
    const recoveryCode = confirmed.json.recoveryCodes[0];
    expect((await next.call("POST", "/api/auth/second-factor", { recoveryCode })).status).toBe(200);
    const again = await startSession(h, user.email);
    const reused = await again.call("POST", "/api/auth/second-factor", { recoveryCode });
    expect(reused.status).toBe(422);
    expect(reused.json.errors[0]).toMatchObject({ field: "recoveryCode", code: "code_rejected" });
  });

  it("does not let a half-signed-in session replace an enrolled authenticator", async () => {
    const user = await makeUser(h);
    const s = await startSession(h, user.email);
    expect(s.stage).toBe("second_factor_required");
    expect((await s.call("POST", "/api/auth/enrolment")).status).toBe(401);
  });

  it("lets an analyst in with a password alone (aggregates only, no identifying data)", async () => {
    const user = await makeUser(h, { role: "analyst", enrolled: false });
    const s = await startSession(h, user.email);
    expect(s.stage).toBe("signed_in");
  });
});

describeEachDatabase(
  "second factor switched off for a demo",
  (h) => {
    it("signs a caseworker in with a password alone only under the explicit demo setting", async () => {
      const user = await makeUser(h, { role: "caseworker", enrolled: false });
      expect((await startSession(h, user.email)).stage).toBe("signed_in");
    });
  },
  { DEMO_DISABLE_SECOND_FACTOR: "true" },
);
