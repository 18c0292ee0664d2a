import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "./client.ts";
import { makeUser } from "./factories.ts";
import { describeEachDatabase, type Harness } from "./harness.ts";

/*
 * Hostile and malformed input at the HTTP boundary: every case is refused with a problem that
 * names the field, and nothing is written (no row, no audit entry).
 */
async function countOf(h: Harness) {
  const orgs = await h.db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  const audit = await h.db
    .selectFrom("audit_entries")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return `${orgs.n}/${audit.n}`;
}

const valid = { name: "Trung tâm Bảo trợ", agencyType: "shelter", countryCode: "VN" };

describeEachDatabase("bad input", (h) => {
  let admin: Client;
  beforeAll(async () => {
    admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
  });

  const refused: [string, unknown, number, string][] = [
    ["an unknown field", { ...valid, isVerified: true }, 400, "isVerified"],
    ["a wrong type", { ...valid, name: 42 }, 400, "name"],
    ["a missing field", { name: "x", agencyType: "ngo" }, 400, "countryCode"],
    ["an over-long string", { ...valid, name: "ก".repeat(201) }, 400, "name"],
    ["a value outside the vocabulary", { ...valid, agencyType: "militia" }, 400, "agencyType"],
    ["a control character", { ...valid, name: "Trung\u0000tâm" }, 400, "name"],
    ["a blank name", { ...valid, name: "   " }, 400, "name"],
    ["a lower-case country", { ...valid, countryCode: "vn" }, 400, "countryCode"],
    ["an array body", [valid], 400, "body"],
  ];
  for (const [what, body, status, field] of refused) {
    it(`refuses ${what}, naming the field, writing nothing`, async () => {
      const before = await countOf(h);
      const res = await admin.request("POST", "/api/organisations", body);
      expect(res.status).toBe(status);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await countOf(h)).toBe(before);
    });
  }

  it("refuses malformed JSON, a non-JSON body and an oversize body, writing nothing", async () => {
    const before = await countOf(h);
    const headers = { cookie: admin.cookie, "x-csrf-token": admin.csrfToken };
    const malformed = await h.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"name": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body).type).toMatch(/malformed$/);
    const text = await h.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { ...headers, "content-type": "text/plain" },
      payload: "name=x",
    });
    expect(text.statusCode).toBe(415);
    const huge = await h.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { ...headers, "content-type": "application/json" },
      payload: JSON.stringify({ ...valid, name: "x".repeat(70_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(await countOf(h)).toBe(before);
  });

  it("keeps script and SQL metacharacters as inert text", async () => {
    const name = `<script>alert("x")</script> O'Brien"; DROP TABLE users; --`;
    const res = await admin.request("POST", "/api/organisations", { ...valid, name });
    expect(res.status).toBe(201);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect((await admin.request("GET", `/api/organisations/${res.json.id}`)).json.name).toBe(name);
    expect(await h.db.selectFrom("users").select("id").limit(1).execute()).toHaveLength(1);
  });

  it("refuses SQL metacharacters and bad values in ids and filters", async () => {
    const cases: [string, string][] = [
      ["/api/organisations/1%27%20or%20%271%27=%271", "id"],
      ["/api/users?organisationId=%27%3B%20drop%20table%20users%3B--", "organisationId"],
      ["/api/audit?action=%27%20or%201=1--", "action"],
      ["/api/audit?before=2026-13-45", "before"],
      ["/api/audit?limit=100000", "limit"],
    ];
    for (const [url, field] of cases) {
      const res = await admin.request("GET", url);
      expect(res.status, url).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it("refuses a one-time code that is not six digits, and an e-mail that is not one", async () => {
    const res = await admin.request("POST", "/api/auth/second-factor", { code: "12345a" });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].field).toBe("code");
    const signIn = await h.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: "not-an-address", password: "x" },
    });
    expect(JSON.parse(signIn.body).errors[0].field).toBe("email");
  });
});
