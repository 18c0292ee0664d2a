import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * Identifiers on cases and what they link inside one organisation: two spellings of one phone or
 * account link; a value that does not parse or fails its checksum is kept as entered, marked and
 * never linked; hotline numbers and values held by too many records are flagged with their count.
 */
async function counts(h: Harness) {
  const n = async (table: "selectors" | "audit_entries" | "hit_queries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("selectors")}/${await n("audit_entries")}/${await n("hit_queries")}`;
}

describeEachDatabase("selectors on cases", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let admin: Client;
  let caseA: string;
  let caseB: string;
  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "TH" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    caseA = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    caseB = (await caseworker.request("POST", "/api/cases", caseBody({}, { givenName: "Ploy" })))
      .json.id;
  });

  const add = (c: Client, caseId: string, body: Record<string, unknown>) =>
    c.request("POST", `/api/cases/${caseId}/selectors`, body);

  it("links 0812345678 (Thailand) and +66 81 234 5678 on two cases", async () => {
    const a = await add(caseworker, caseA, {
      kind: "phone",
      value: "0812345678",
      defaultCountry: "TH",
      subject: "person",
    });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({
      entered: "0812345678",
      canonical: "+66812345678",
      valid: true,
      correlated: true,
      subject: "person",
    });
    const b = await add(caseworker, caseB, { kind: "phone", value: "+66 81 234 5678" });
    expect(b.json.canonical).toBe("+66812345678");
    const corr = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
    expect(corr.status).toBe(200);
    expect(corr.json.correlated).toBe(true);
    expect(corr.json.flag).toBeNull();
    expect(corr.json.records).toHaveLength(1);
    expect(corr.json.records[0]).toMatchObject({
      selectorId: b.json.id,
      caseId: caseB,
      subject: "case",
      entered: "+66 81 234 5678",
      personName: "Nguyễn Ploy",
    });
    expect(corr.json.otherAgencies).toBeNull();
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["details"])
      .where("action", "=", "selector.correlate")
      .where("resource_id", "=", a.json.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain("812345678");
  });

  it("links t.me/recruit_x and @Recruit_X on Telegram", async () => {
    const a = await add(caseworker, caseA, { kind: "handle", value: "t.me/recruit_x" });
    const b = await add(caseworker, caseB, {
      kind: "handle",
      value: "@Recruit_X",
      platform: "telegram",
    });
    expect(a.json.canonical).toBe("telegram:recruit_x");
    expect(b.json.canonical).toBe("telegram:recruit_x");
    const corr = await caseworker.request("GET", `/api/selectors/${b.json.id}/correlation`);
    expect(corr.json.records.map((r: { caseId: string }) => r.caseId)).toEqual([caseA]);
  });

  it("keeps an unparseable phone and a failed checksum as entered, marked, never linked", async () => {
    const phone = await add(caseworker, caseA, { kind: "phone", value: "call me maybe" });
    expect(phone.status).toBe(201);
    expect(phone.json).toMatchObject({
      entered: "call me maybe",
      valid: false,
      problem: "unparseable",
      correlated: false,
    });
    const bad = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb";
    const first = await add(caseworker, caseA, { kind: "crypto", value: bad });
    const second = await add(caseworker, caseB, { kind: "crypto", value: bad });
    expect(first.json).toMatchObject({ valid: false, problem: "checksum", correlated: false });
    const corr = await caseworker.request("GET", `/api/selectors/${second.json.id}/correlation`);
    expect(corr.json).toMatchObject({
      correlated: false,
      flag: { reason: "invalid", count: 0 },
      records: [],
    });
    const row = await h.db
      .selectFrom("selectors")
      .select(["entered", "correlation_key", "is_valid"])
      .where("id", "=", first.json.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ entered: bad, correlation_key: null, is_valid: false });
  });

  it("flags a directory hotline (written with or without +) entered in another form with its count, linking nothing", async () => {
    const listed = await admin.request("POST", "/api/directory", {
      name: "สายด่วน 1300",
      services: ["MSP01"],
      countryCode: "TH",
      hotlineNumbers: ["+66812340001", "66812340002"],
    });
    expect(listed.status, JSON.stringify(listed.json)).toBe(201);
    for (const value of ["081 234 0001", "+66 81 234 0002"]) {
      const a = await add(caseworker, caseA, { kind: "phone", value, defaultCountry: "TH" });
      await add(caseworker, caseB, { kind: "phone", value, defaultCountry: "TH" });
      const corr = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
      expect(corr.json).toMatchObject({
        correlated: false,
        flag: { reason: "excluded", count: 2 },
        records: [],
      });
    }
  });

  it("a hotline listed after a look-up stops that value's links at the next look-up", async () => {
    // The server keeps the directory's hotline keys until the directory's numbers change.
    const value = "+66 81 234 0009";
    const a = await add(caseworker, caseA, { kind: "phone", value });
    await add(caseworker, caseB, { kind: "phone", value });
    const before = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
    expect(before.json).toMatchObject({ correlated: true, flag: null });
    const listed = await admin.request("POST", "/api/directory", {
      name: "Helpline 0009",
      services: ["MSP01"],
      countryCode: "TH",
      hotlineNumbers: ["66812340009"],
    });
    expect(listed.status, JSON.stringify(listed.json)).toBe(201);
    const after = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
    expect(after.json).toMatchObject({
      correlated: false,
      flag: { reason: "excluded", count: 2 },
      records: [],
    });
  });

  it("flags a value held by more than 100 records with its count, linking nothing", async () => {
    const a = await add(caseworker, caseA, { kind: "email", value: "office@example.org" });
    const other = await makeOrg(h);
    const person = await h.db.selectFrom("persons").select("id").limit(1).executeTakeFirstOrThrow();
    // 100 more holders at another organisation, written directly: only the count matters here.
    await h.db
      .insertInto("selectors")
      .values(
        Array.from({ length: 100 }, () => ({
          organisation_id: other.id,
          case_id: null,
          person_id: person.id,
          kind: "email",
          entered: "office@example.org",
          canonical: "office@example.org",
          correlation_key: "email:office@example.org",
          is_valid: true,
          created_at: h.clock.now(),
        })),
      )
      .execute();
    const corr = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
    expect(corr.json).toMatchObject({
      correlated: false,
      flag: { reason: "over_limit", count: 101 },
      records: [],
    });
  });

  it("lists a case's identifiers with an audit entry naming the person, and refuses a duplicate", async () => {
    const list = await caseworker.request("GET", `/api/cases/${caseA}/selectors`);
    expect(list.status).toBe(200);
    expect(list.json.length).toBeGreaterThan(3);
    const again = await add(caseworker, caseA, {
      kind: "phone",
      value: "+66812345678",
      subject: "person",
    });
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([
      { field: "value", message: expect.any(String), code: "already_recorded" },
    ]);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["details"])
      .where("action", "=", "selector.list")
      .where("resource_id", "=", caseA)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ caseId: caseA });
  });

  it("removes an identifier: it stops linking and stays recorded with who removed it", async () => {
    const a = await add(caseworker, caseA, { kind: "url", value: "https://example.org/ad/42" });
    const b = await add(caseworker, caseB, { kind: "url", value: "example.org/ad/42" });
    const del = await supervisor.request("DELETE", `/api/cases/${caseB}/selectors/${b.json.id}`);
    expect(del.status).toBe(204);
    const corr = await caseworker.request("GET", `/api/selectors/${a.json.id}/correlation`);
    expect(corr.json.records).toEqual([]);
    const row = await h.db
      .selectFrom("selectors")
      .select(["removed_at", "removed_by"])
      .where("id", "=", b.json.id)
      .executeTakeFirstOrThrow();
    expect(row.removed_at).not.toBeNull();
    expect(
      (await supervisor.request("DELETE", `/api/cases/${caseB}/selectors/${b.json.id}`)).status,
    ).toBe(404);
  });

  const hostile: [string, Record<string, unknown>, string][] = [
    ["a huge value", { kind: "phone", value: "9".repeat(5000) }, "value"],
    ["a control character", { kind: "handle", value: "@abc\u0000def" }, "value"],
    [
      "a bidi control in the platform",
      { kind: "handle", value: "@abc", platform: "tele\u0007gram" },
      "platform",
    ],
    ["an unknown kind", { kind: "pager", value: "12345" }, "kind"],
    ["a blank value", { kind: "phone", value: "   " }, "value"],
    ["a wrong type", { kind: "phone", value: 812345678 }, "value"],
    [
      "an unknown field",
      { kind: "phone", value: "0812345678", correlationKey: "phone:+1" },
      "correlationKey",
    ],
    [
      "a lower-case country",
      { kind: "phone", value: "0812345678", defaultCountry: "th" },
      "defaultCountry",
    ],
    ["an unknown subject", { kind: "phone", value: "0812345678", subject: "recruiter" }, "subject"],
  ];
  for (const [what, body, field] of hostile) {
    it(`refuses ${what}, naming the field, writing nothing`, async () => {
      const before = await counts(h);
      const res = await add(caseworker, caseA, body);
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await counts(h)).toBe(before);
    });
  }

  it("answers 404 for a guessed case or selector id, writing nothing", async () => {
    const before = await counts(h);
    const res = await add(caseworker, randomUUID(), { kind: "phone", value: "0812345678" });
    expect(res.status).toBe(404);
    const corr = await caseworker.request("GET", `/api/selectors/${randomUUID()}/correlation`);
    expect(corr.status).toBe(404);
    expect(await counts(h)).toBe(before);
  });
});
