import { expect, it } from "vitest";
import { anonymous, signInAs } from "../../test/client.ts";
import { makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

describeEachDatabase("sessions", (h) => {
  it("sets security headers on every answer", async () => {
    const res = await anonymous(h, "GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("refuses a write without the session's CSRF token, and changes nothing", async () => {
    const user = await makeUser(h, { role: "node_admin" });
    const c = await signInAs(h, user);
    const res = await h.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie: c.cookie },
      payload: { name: "Không có mã CSRF", agencyType: "ngo", countryCode: "VN" },
    });
    expect(res.statusCode).toBe(403);
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie: c.cookie, "x-csrf-token": "x".repeat(32) },
      payload: { name: "Không có mã CSRF", agencyType: "ngo", countryCode: "VN" },
    });
    expect(wrong.statusCode).toBe(403);
    expect(
      await h.db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "Không có mã CSRF")
        .execute(),
    ).toEqual([]);
  });

  it("ends a session at sign-out: the cookie replayed afterwards is refused", async () => {
    const c = await signInAs(h, await makeUser(h));
    // A read first, so the session is among those cached for reads when it ends.
    expect((await c.request("GET", "/api/auth/session")).status).toBe(200);
    expect((await c.request("POST", "/api/auth/sign-out")).status).toBe(200);
    const replay = await c.request("GET", "/api/auth/session");
    expect(replay.status).toBe(401);
    expect(replay.json.type).toMatch(/unauthenticated$/);
  });

  it("signs out everywhere: every session of the user ends", async () => {
    const user = await makeUser(h);
    const a = await signInAs(h, user);
    const b = await signInAs(h, user);
    expect((await b.request("GET", "/api/users")).status).toBe(200);
    const res = await a.request("POST", "/api/auth/sign-out-everywhere");
    expect(res.json).toEqual({ ended: 2 });
    expect((await b.request("GET", "/api/users")).status).toBe(401);
    expect((await a.request("GET", "/api/users")).status).toBe(401);
  });

  it("refuses a disabled user's and a demoted user's next read, though their session was just read", async () => {
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const worker = await makeUser(h);
    const w = await signInAs(h, worker);
    expect((await w.request("GET", "/api/auth/session")).status).toBe(200);
    const disabled = await admin.request("PATCH", `/api/users/${worker.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await w.request("GET", "/api/auth/session")).status).toBe(401);

    const supervisor = await makeUser(h, { role: "supervisor" });
    const s = await signInAs(h, supervisor);
    expect((await s.request("GET", "/api/auth/session")).json.user.role).toBe("supervisor");
    const demoted = await admin.request("PATCH", `/api/users/${supervisor.id}`, {
      role: "caseworker",
    });
    expect(demoted.status).toBe(200);
    expect((await s.request("GET", "/api/auth/session")).status).toBe(401);
  });

  it("applies a revocation made outside this server (the CLI, another process) to reads within a second", async () => {
    const user = await makeUser(h);
    const c = await signInAs(h, user);
    expect((await c.request("GET", "/api/users")).status).toBe(200);
    await h.db
      .updateTable("sessions")
      .set({ revoked_at: h.clock.now() })
      .where("user_id", "=", user.id)
      .execute();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await c.request("GET", "/api/users")).status).toBe(401);
    // Writes never use a cached session.
    const otherUser = await makeUser(h);
    const other = await signInAs(h, otherUser);
    expect((await other.request("GET", "/api/users")).status).toBe(200);
    await h.db
      .updateTable("sessions")
      .set({ revoked_at: h.clock.now() })
      .where("user_id", "=", otherUser.id)
      .execute();
    expect((await other.request("POST", "/api/auth/sign-out")).status).toBe(401);
  });

  it("expires a session after the idle timeout and after the absolute timeout", async () => {
    const idle = await signInAs(h, await makeUser(h));
    h.clock.advance(h.config.sessionIdleMs + 1000);
    expect((await idle.request("GET", "/api/users")).status).toBe(401);

    const busy = await signInAs(h, await makeUser(h));
    for (let spent = 0; spent <= h.config.sessionAbsoluteMs; spent += h.config.sessionIdleMs / 2) {
      h.clock.advance(h.config.sessionIdleMs / 2);
      await busy.request("GET", "/api/users");
    }
    expect((await busy.request("GET", "/api/users")).status).toBe(401);
  });

  it("rejects a forged or malformed session cookie", async () => {
    for (const cookie of [
      "sahabat_session=abc",
      `sahabat_session=${"A".repeat(43)}`,
      "sahabat_session='; drop table users; --",
    ]) {
      const res = await h.app.inject({ method: "GET", url: "/api/users", headers: { cookie } });
      expect(res.statusCode).toBe(401);
    }
  });

  it("changes a password after checking the current one, ending the other sessions", async () => {
    const user = await makeUser(h);
    const here = await signInAs(h, user);
    const elsewhere = await signInAs(h, user);
    const wrong = await here.request("POST", "/api/auth/password", {
      currentPassword: "not my password",
      newPassword: "a brand new passphrase",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors).toEqual([
      { field: "currentPassword", message: expect.any(String), code: "current_password_wrong" },
    ]);
    const short = await here.request("POST", "/api/auth/password", {
      currentPassword: user.password,
      newPassword: "short",
    });
    expect(short.status).toBe(400);
    expect(short.json.errors[0].field).toBe("newPassword");
    const same = await here.request("POST", "/api/auth/password", {
      currentPassword: user.password,
      newPassword: user.password,
    });
    expect(same.status).toBe(422);
    expect(same.json.errors[0]).toMatchObject({ field: "newPassword", code: "same_password" });
    expect(
      (
        await here.request("POST", "/api/auth/password", {
          currentPassword: user.password,
          newPassword: "a brand new passphrase",
        })
      ).status,
    ).toBe(200);
    expect((await here.request("GET", "/api/users")).status).toBe(200);
    expect((await elsewhere.request("GET", "/api/users")).status).toBe(401);
    const old = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: user.email,
      password: user.password,
    });
    expect(old.status).toBe(401);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("actor_user_id", "=", user.id)
      .where("action", "=", "auth.password_change")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("saves the interface language", async () => {
    const user = await makeUser(h);
    const c = await signInAs(h, user);
    expect((await c.request("PUT", "/api/auth/preferences", { locale: "th" })).status).toBe(200);
    expect((await c.request("GET", "/api/auth/session")).json.user.locale).toBe("th");
    expect((await c.request("PUT", "/api/auth/preferences", { locale: "xx" })).status).toBe(400);
  });
});
