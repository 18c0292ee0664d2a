import { beforeAll, expect, it } from "vitest";
import { anonymous, type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * POST /api/ad-screenings: any signed-in user screens adverts and nothing is stored; with a case
 * the user may change, the identifiers found become the case's selectors and the screening is
 * audited (never the advert's text); bad bodies are refused naming the field.
 */
const advert =
  "URGENT! Data entry in Sihanoukville, USD 1,500/month, no experience needed. Telegram @kh_jobs_hr or wa.me/85512345678";

async function counts(h: Harness) {
  const n = async (table: "selectors" | "audit_entries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("selectors")}/${await n("audit_entries")}`;
}

describeEachDatabase("advert screening", (h) => {
  let caseworker: Client;
  let investigator: Client;
  let outsider: Client;
  let caseId: string;
  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "KH" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    investigator = await signInAs(h, await makeUser(h, { org, role: "investigator" }));
    outsider = await signInAs(h, await makeUser(h, { role: "caseworker" }));
    caseId = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
  });

  const post = (c: Client, body: unknown) => c.request("POST", "/api/ad-screenings", body);

  it("screens one advert for any signed-in user and stores nothing", async () => {
    const before = await counts(h);
    const res = await post(investigator, { text: advert });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ caseId: null, status: "anonymous", recordedSelectors: [] });
    const [result] = res.json.results;
    expect(result).toMatchObject({ id: "1", flagged: true, lang: "en", langSource: "detected" });
    expect(result.indicators.map((i: { category: string }) => i.category)).toEqual(
      expect.arrayContaining(["A", "B", "C", "E", "G"]),
    );
    for (const i of result.indicators) expect(advert.slice(i.start, i.end)).toBe(i.phrase);
    expect(result.selectors.map((s: { canonical: string }) => s.canonical)).toEqual([
      "telegram:kh_jobs_hr",
      "+85512345678",
    ]);
    expect(await counts(h)).toBe(before);
  });

  it("screens a batch in order", async () => {
    const res = await post(caseworker, {
      adverts: [
        { id: "a", text: advert },
        { id: "b", text: "Kitchen helper in Chiang Mai, 12,000 baht per month.", lang: "en" },
      ],
    });
    expect(res.status).toBe(200);
    expect(
      res.json.results.map((r: { id: string; flagged: boolean }) => [r.id, r.flagged]),
    ).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });

  it("records the identifiers found on the case and audits the screening, once", async () => {
    const res = await post(caseworker, { text: advert, caseId });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("recorded");
    expect(res.json.recordedSelectors).toMatchObject([
      { kind: "handle", canonical: "telegram:kh_jobs_hr", alreadyRecorded: false },
      { kind: "phone", canonical: "+85512345678", alreadyRecorded: false },
    ]);
    const list = await caseworker.request("GET", `/api/cases/${caseId}/selectors`);
    expect(list.json.map((s: { canonical: string }) => s.canonical).sort()).toEqual([
      "+85512345678",
      "telegram:kh_jobs_hr",
    ]);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["details"])
      .where("action", "=", "case.ad_screening")
      .where("resource_id", "=", caseId)
      .execute();
    expect(audit).toHaveLength(1);
    const details = JSON.stringify(audit[0]?.details);
    expect(details).toContain("en-C-001");
    expect(details).not.toContain("Sihanoukville");
    const again = await post(caseworker, { text: advert, caseId });
    expect(
      again.json.recordedSelectors.every((s: { alreadyRecorded: boolean }) => s.alreadyRecorded),
    ).toBe(true);
  });

  it("answers 403 to a user who sees the case but may not change it, and 404 outside it", async () => {
    const before = await counts(h);
    expect((await post(investigator, { text: advert, caseId })).status).toBe(403);
    expect((await post(outsider, { text: advert, caseId })).status).toBe(404);
    expect(await counts(h)).toBe(before);
  });

  it.each([
    ["an unknown field", { text: advert, colour: "red" }, ""],
    ["an unknown language", { text: advert, lang: "es" }, "lang"],
    ["a text over the limit", { text: "x".repeat(20_001) }, "text"],
    ["no text", {}, "text"],
    ["one advert and a batch", { text: advert, adverts: [{ id: "a", text: advert }] }, "adverts"],
    ["a batch advert without id", { adverts: [{ text: advert }] }, "adverts.0.id"],
  ])("refuses %s, naming the field", async (_name, body, field) => {
    const res = await post(caseworker, body);
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    if (field) expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("refuses anyone not signed in", async () => {
    expect((await anonymous(h, "POST", "/api/ad-screenings", { text: advert })).status).toBe(401);
  });
});
