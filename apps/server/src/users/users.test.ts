import { expect, it } from "vitest";
import { anonymous, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

const newUser = (organisationId: string, extra: object = {}) => ({
  organisationId,
  email: `new${Math.random().toString(36).slice(2, 10)}@test.sahabat.example`,
  displayName: "Nguyễn Thị Mai",
  role: "caseworker",
  locale: "vi",
  password: "mật khẩu đủ dài 2026",
  ...extra,
});

describeEachDatabase("users", (h) => {
  it("an org admin adds a caseworker who can then sign in; the audit names the role, not the person", async () => {
    const org = await makeOrg(h);
    const admin = await signInAs(h, await makeUser(h, { org, role: "org_admin" }));
    const body = newUser(org.id);
    const res = await admin.request("POST", "/api/users", body);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      email: body.email,
      displayName: "Nguyễn Thị Mai",
      role: "caseworker",
      hasSecondFactor: false,
    });
    expect(res.json).not.toHaveProperty("passwordHash");
    const signIn = await anonymous(h, "POST", "/api/auth/sign-in", {
      email: body.email,
      password: body.password,
    });
    expect(signIn.json.stage).toBe("enrolment_required");
    const entry = await h.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("resource_id", "=", res.json.id)
      .where("action", "=", "user.create")
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ role: "caseworker" });
  });

  it("refuses a second account with the same e-mail in any case, and writes nothing", async () => {
    const org = await makeOrg(h);
    const admin = await signInAs(h, await makeUser(h, { org, role: "org_admin" }));
    const body = newUser(org.id);
    expect((await admin.request("POST", "/api/users", body)).status).toBe(201);
    const dup = await admin.request("POST", "/api/users", {
      ...body,
      email: body.email.toUpperCase(),
      displayName: "Someone else",
    });
    expect(dup.status).toBe(409);
    expect(dup.json.errors).toEqual([
      { field: "email", message: "Already in use", code: "already_in_use" },
    ]);
    expect(
      await h.db
        .selectFrom("users")
        .select("id")
        .where("display_name", "=", "Someone else")
        .execute(),
    ).toEqual([]);
  });

  it("an org admin cannot grant the node admin role, by creating or by changing", async () => {
    const org = await makeOrg(h);
    const admin = await signInAs(h, await makeUser(h, { org, role: "org_admin" }));
    const res = await admin.request("POST", "/api/users", newUser(org.id, { role: "node_admin" }));
    expect(res.status).toBe(422);
    expect(res.json.errors[0]).toMatchObject({ field: "role", code: "role_not_grantable" });
    const target = await makeUser(h, { org });
    const change = await admin.request("PATCH", `/api/users/${target.id}`, { role: "node_admin" });
    expect(change.status).toBe(422);
    expect(change.json.errors[0]).toMatchObject({ field: "role", code: "role_not_grantable" });
    const row = await h.db
      .selectFrom("users")
      .select("role")
      .where("id", "=", target.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe("caseworker");
  });

  it("disabling an account ends its sessions and refuses its sign-in; nobody disables themselves", async () => {
    const org = await makeOrg(h);
    const adminUser = await makeUser(h, { org, role: "org_admin" });
    const admin = await signInAs(h, adminUser);
    const target = await makeUser(h, { org });
    const session = await signInAs(h, target);
    expect(
      (await admin.request("PATCH", `/api/users/${target.id}`, { disabled: true })).json.disabled,
    ).toBe(true);
    expect((await session.request("GET", "/api/users")).status).toBe(401);
    expect(
      (
        await anonymous(h, "POST", "/api/auth/sign-in", {
          email: target.email,
          password: target.password,
        })
      ).status,
    ).toBe(401);
    const self = await admin.request("PATCH", `/api/users/${adminUser.id}`, { disabled: true });
    expect(self.status).toBe(422);
    expect(self.json.errors[0]).toMatchObject({ field: "disabled", code: "cannot_disable_self" });
  });
});
