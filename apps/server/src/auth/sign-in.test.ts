import { expect, it } from "vitest";
import { anonymous, signInAs } from "../../test/client.ts";
import { makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { currentTotpCode } from "./index.ts";

async function auditActions(h: { db: import("../platform/db/database.ts").Db }, userId: string) {
  const rows = await h.db
    .selectFrom("audit_entries")
    .select(["action", "outcome"])
    .where("actor_user_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => `${r.action}:${r.outcome}`);
}

describeEachDatabase("sign-in", (h) => {
  it("needs password then one-time code, and audits both", async () => {
    const user = await makeUser(h, { role: "caseworker" });
    const res = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ stage: "second_factor_required" });
    const cookie = String(res.headers["set-cookie"]).split(";")[0]!;
    expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly/);
    expect(String(res.headers["set-cookie"])).toMatch(/SameSite=Strict/);

    const blocked = await h.app.inject({ method: "GET", url: "/api/users", headers: { cookie } });
    expect(blocked.statusCode).toBe(401);

    const session = JSON.parse(
      (await h.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } })).body,
    );
    const code = currentTotpCode(user.totpSecret!, h.clock.now());
    const ok = await h.app.inject({
      method: "POST",
      url: "/api/auth/second-factor",
      headers: { cookie, "x-csrf-token": session.csrfToken },
      payload: { code },
    });
    expect(ok.statusCode).toBe(200);
    const users = await h.app.inject({ method: "GET", url: "/api/users", headers: { cookie } });
    expect(users.statusCode).toBe(200);
    expect(await auditActions(h, user.id)).toEqual(["auth.sign_in:ok", "auth.second_factor:ok"]);
  });

  it("refuses a reused one-time code and records the failure", async () => {
    const user = await makeUser(h);
    const first = await signInAs(h, user);
    const again = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: user.email,
      password: user.password,
    });
    const cookie = String(again.headers["set-cookie"]).split(";")[0]!;
    const csrf = JSON.parse(
      (await h.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } })).body,
    ).csrfToken;
    const reused = await h.app.inject({
      method: "POST",
      url: "/api/auth/second-factor",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { code: currentTotpCode(user.totpSecret!, h.clock.now()) },
    });
    expect(reused.statusCode).toBe(422);
    expect(JSON.parse(reused.body).errors).toEqual([
      { field: "code", message: expect.any(String), code: "code_rejected" },
    ]);
    expect(first.cookie).not.toBe(cookie);
    expect(await auditActions(h, user.id)).toContain("auth.second_factor_failed:failed");
  });

  it("answers a wrong password and an unknown address alike, and locks after repeated failures", async () => {
    const user = await makeUser(h);
    const unknown = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: "nobody@test.sahabat.example",
      password: "whatever-it-is",
    });
    const wrong = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: user.email,
      password: "wrong password 1",
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.json.detail).toBe(wrong.json.detail);
    for (let i = 0; i < 4; i++) {
      await anonymous(h, "POST", "/api/auth/sign-in", {
        email: user.email,
        password: `wrong password ${i}`,
      });
    }
    const locked = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: user.email,
      password: user.password,
    });
    expect(locked.status).toBe(429);
    expect(locked.json.type).toMatch(/locked$/);
    const row = await h.db
      .selectFrom("users")
      .select(["failed_sign_ins", "locked_until"])
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.failed_sign_ins).toBe(5);
    expect(row.locked_until).not.toBeNull();
    h.clock.advance(61_000);
    expect(
      (
        await anonymous(h, "POST", "/api/auth/sign-in", {
          email: user.email,
          password: user.password,
        })
      ).status,
    ).toBe(200);
    const failures = (await auditActions(h, user.id)).filter(
      (a) => a === "auth.sign_in_failed:failed",
    );
    expect(failures).toHaveLength(6);
  });
});

describeEachDatabase(
  "sign-in rate limit",
  (h) => {
    it("answers 429 past the configured attempts per minute from one address", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (
            await anonymous(h, "POST", "/api/auth/sign-in", {
              email: "x@test.sahabat.example",
              password: "wrong-password",
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const limited = await anonymous(h, "POST", "/api/auth/sign-in", {
        email: "x@test.sahabat.example",
        password: "wrong-password",
      });
      expect(limited.json.type).toMatch(/rate-limited$/);
    });
  },
  { SIGN_IN_RATE_LIMIT_PER_MINUTE: "3" },
);
