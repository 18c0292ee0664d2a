import { parseLexicon } from "@sahabat/ads";
import { beforeAll, expect, it } from "vitest";
import { anonymous, type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * An agency extends the advert lexicons with its own phrases (issue 7: "extended by the team and
 * by agencies (audited)"). Its supervisors add and retire entries; every user of the agency then
 * screens with them, and nobody else does; each change raises the lexicon's version and is
 * audited; an entry that would break the lexicon's schema is refused and changes nothing.
 */
// "Sang đảo Phú Quốc" (to Phu Quoc island) is not in the shipped Vietnamese lexicon: an agency
// that sees it in adverts adds it as a location cue.
const advert = "Tuyển gấp nhân viên chăm sóc khách hàng, sang đảo Phú Quốc làm việc, inbox Zalo";
const phrase = "sang đảo Phú Quốc";
const entryBody = {
  language: "vi",
  category: "G",
  text: phrase,
  gloss: "to Phu Quoc island",
  source: ["adverts seen by the unit, 2026"],
};

type Indicator = { entry: string; version: string; category: string; phrase: string };

async function changes(h: Harness) {
  const n = async (table: "ad_lexicon_entries" | "ad_lexicons" | "audit_entries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("ad_lexicon_entries")}/${await n("ad_lexicons")}/${await n("audit_entries")}`;
}

describeEachDatabase("agency advert lexicons", (h) => {
  let supervisor: Client;
  let caseworker: Client;
  let otherAgency: Client;
  let orgId: string;
  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "VN" });
    orgId = org.id;
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    otherAgency = await signInAs(h, await makeUser(h, { role: "supervisor" }));
  });

  const screen = async (c: Client): Promise<Indicator[]> => {
    const res = await c.request("POST", "/api/ad-screenings", { text: advert, lang: "vi" });
    expect(res.status).toBe(200);
    return res.json.results[0].indicators;
  };

  let entryId: string;

  it("adds an entry that the agency's users screen with, and no other agency", async () => {
    expect((await screen(caseworker)).map((i) => i.category)).not.toContain("G");
    const res = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", entryBody);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      entryId: "vi-G-500",
      language: "vi",
      category: "G",
      text: phrase,
      match: "phrase",
      review: "draft",
      status: "active",
    });
    expect(res.json.addedVersion).toMatch(/^\d{4}\.1$/);
    entryId = res.json.id;

    const found = (await screen(caseworker)).find((i) => i.entry === "vi-G-500");
    expect(found).toMatchObject({ category: "G", phrase });
    expect(found?.version).toBe(`vi+org-${orgId}@${res.json.addedVersion}`);
    expect((await screen(otherAgency)).map((i) => i.entry)).not.toContain("vi-G-500");

    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["details", "organisation_id"])
      .where("action", "=", "ad_lexicon.entry_add")
      .where("resource_id", "=", entryId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.organisation_id).toBe(orgId);
    expect(audit[0]?.details).toMatchObject({ entryId: "vi-G-500", language: "vi" });
  });

  it("numbers the next entry of a category after the last, and lists the lexicon", async () => {
    const res = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", {
      ...entryBody,
      text: "sang đảo Côn Đảo",
    });
    expect(res.status).toBe(201);
    expect(res.json.entryId).toBe("vi-G-501");
    expect(res.json.addedVersion).toMatch(/^\d{4}\.2$/);
    const list = await caseworker.request("GET", "/api/ad-lexicons/agency");
    expect(list.status).toBe(200);
    expect(list.json.canEdit).toBe(false);
    expect(list.json.lexicons).toHaveLength(1);
    expect(list.json.lexicons[0].revision).toBe(2);
    expect(list.json.lexicons[0].entries.map((e: { entryId: string }) => e.entryId)).toEqual([
      "vi-G-500",
      "vi-G-501",
    ]);
    const other = await otherAgency.request("GET", "/api/ad-lexicons/agency");
    expect(other.json.lexicons).toEqual([]);
  });

  it("exports the active entries as a lexicon document that passes the package's schema", async () => {
    const res = await caseworker.request("GET", "/api/ad-lexicons/agency/vi/export");
    expect(res.status).toBe(200);
    const lexicon = parseLexicon(res.json);
    expect(lexicon.scope).toBe(`org-${orgId}`);
    expect(lexicon.entries.every((e) => e.provenance === "agency")).toBe(true);
    expect((await caseworker.request("GET", "/api/ad-lexicons/agency/th/export")).status).toBe(404);
  });

  it.each([
    ["a regular expression (kept for the team)", { match: "pattern", text: "đảo.*" }, "match"],
    ["an unknown category", { category: "H" }, "category"],
    ["no source", { source: [] }, "source"],
    ["an empty phrase", { text: "  " }, "text"],
    ["a phrase over 200 characters", { text: "x".repeat(201) }, "text"],
    ["a weight over 5", { weight: 9 }, "weight"],
    ["an unknown field", { id: "vi-G-001" }, ""],
    ["an unknown language", { language: "es" }, "language"],
  ])("refuses %s, changing nothing", async (_name, change, field) => {
    const before = await changes(h);
    const res = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", {
      ...entryBody,
      text: "sang đảo Cô Tô",
      ...change,
    });
    expect(res.status).toBe(400);
    if (field) expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await changes(h)).toBe(before);
  });

  it("refuses a phrase the shipped lexicon or the agency already has, naming the entry", async () => {
    const before = await changes(h);
    const shipped = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", {
      ...entryBody,
      category: "F",
      text: "TUYỂN GẤP",
    });
    expect(shipped.status).toBe(409);
    expect(shipped.json.detail).toContain("vi-F-002");
    expect(shipped.json.errors[0]).toMatchObject({
      code: "already_listed",
      params: { entryId: "vi-F-002" },
    });
    const again = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", entryBody);
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain("vi-G-500");
    expect(again.json.errors).toEqual([
      {
        field: "text",
        message: expect.any(String),
        code: "already_listed",
        params: { entryId: "vi-G-500" },
      },
    ]);
    expect(await changes(h)).toBe(before);
  });

  it("lets only supervisors, investigators and the administrator change it", async () => {
    const before = await changes(h);
    const add = await caseworker.request("POST", "/api/ad-lexicons/agency/entries", {
      ...entryBody,
      text: "sang đảo Cô Tô",
    });
    expect(add.status).toBe(403);
    const retire = await caseworker.request(
      "POST",
      `/api/ad-lexicons/agency/entries/${entryId}/retire`,
      { reason: "not a cue" },
    );
    expect(retire.status).toBe(403);
    const outside = await otherAgency.request(
      "POST",
      `/api/ad-lexicons/agency/entries/${entryId}/retire`,
      { reason: "not a cue" },
    );
    expect(outside.status).toBe(404);
    expect(await changes(h)).toBe(before);
    expect((await anonymous(h, "GET", "/api/ad-lexicons/agency")).status).toBe(401);
  });

  it("retires an entry: kept with its history, no longer screened with, once only", async () => {
    const noReason = await supervisor.request(
      "POST",
      `/api/ad-lexicons/agency/entries/${entryId}/retire`,
      {},
    );
    expect(noReason.status).toBe(400);
    const res = await supervisor.request(
      "POST",
      `/api/ad-lexicons/agency/entries/${entryId}/retire`,
      { reason: "Phu Quoc jobs are mostly genuine" },
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: "retired",
      retireReason: "Phu Quoc jobs are mostly genuine",
    });
    expect(res.json.retiredVersion).toMatch(/^\d{4}\.3$/);
    expect((await screen(caseworker)).map((i) => i.entry)).not.toContain("vi-G-500");
    const again = await supervisor.request(
      "POST",
      `/api/ad-lexicons/agency/entries/${entryId}/retire`,
      { reason: "twice" },
    );
    expect(again.status).toBe(409);
    const all = await caseworker.request("GET", "/api/ad-lexicons/agency?status=all");
    expect(all.json.lexicons[0].entries.map((e: { status: string }) => e.status)).toEqual([
      "retired",
      "active",
    ]);
    const active = await caseworker.request("GET", "/api/ad-lexicons/agency");
    expect(active.json.lexicons[0].entries).toHaveLength(1);
    const audited = await h.db
      .selectFrom("audit_entries")
      .select("id")
      .where("action", "=", "ad_lexicon.entry_retire")
      .where("resource_id", "=", entryId)
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("never reuses a retired entry's number", async () => {
    const res = await supervisor.request("POST", "/api/ad-lexicons/agency/entries", {
      ...entryBody,
      text: "sang đảo Cô Tô",
    });
    expect(res.status).toBe(201);
    expect(res.json.entryId).toBe("vi-G-502");
  });
});
