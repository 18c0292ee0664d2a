import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * The exclusion list: a supervisor excludes an office number for her organisation and it stops
 * linking; node administrators keep the node-wide entries; nobody else changes either list, and
 * a value that could never link is refused.
 */
async function counts(h: Harness) {
  const n = async (table: "selector_exclusions" | "audit_entries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("selector_exclusions")}/${await n("audit_entries")}`;
}

describeEachDatabase("the exclusion list", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let otherSupervisor: Client;
  let admin: Client;
  let analyst: Client;
  let selectorId: string;
  const office = { kind: "phone", value: "053 000 111", defaultCountry: "TH" };
  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "TH" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    otherSupervisor = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    analyst = await signInAs(h, await makeUser(h, { org, role: "analyst" }));
    const a = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    const b = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    selectorId = (await caseworker.request("POST", `/api/cases/${a}/selectors`, office)).json.id;
    await caseworker.request("POST", `/api/cases/${b}/selectors`, office);
  });

  const correlation = () => caseworker.request("GET", `/api/selectors/${selectorId}/correlation`);

  it("an organisation's entry stops its links; removing it links them again", async () => {
    expect((await correlation()).json.records).toHaveLength(1);
    const added = await supervisor.request("POST", "/api/selectors/exclusions", {
      ...office,
      value: "+66 53 000 111",
      scope: "organisation",
      reason: "Our office's front desk",
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      scope: "organisation",
      correlationKey: "phone:+6653000111",
      can: { remove: true },
    });
    expect((await correlation()).json).toMatchObject({
      correlated: false,
      flag: { reason: "excluded", count: 2 },
      records: [],
    });
    const list = await caseworker.request("GET", "/api/selectors/exclusions");
    expect(list.json.map((e: { id: string }) => e.id)).toContain(added.json.id);
    expect(list.json.find((e: { id: string }) => e.id === added.json.id).can.remove).toBe(false);
    expect(
      (await otherSupervisor.request("DELETE", `/api/selectors/exclusions/${added.json.id}`))
        .status,
    ).toBe(404);
    expect(
      (await caseworker.request("DELETE", `/api/selectors/exclusions/${added.json.id}`)).status,
    ).toBe(403);
    const removed = await supervisor.request(
      "DELETE",
      `/api/selectors/exclusions/${added.json.id}`,
    );
    expect(removed.status).toBe(204);
    expect((await correlation()).json.records).toHaveLength(1);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", added.json.id)
      .orderBy("id")
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      "selector.exclusion.create",
      "selector.exclusion.remove",
    ]);
  });

  it("node-wide entries are for node administrators", async () => {
    const body = { kind: "phone", value: "+84 1800 1567", scope: "node", reason: "Child helpline" };
    const before = await counts(h);
    expect((await supervisor.request("POST", "/api/selectors/exclusions", body)).status).toBe(403);
    expect(await counts(h)).toBe(before);
    const added = await admin.request("POST", "/api/selectors/exclusions", {
      ...body,
      value: "+84 24 3935 2512",
    });
    expect(added.status).toBe(201);
    expect(added.json.organisationId).toBeNull();
    const seen = await otherSupervisor.request("GET", "/api/selectors/exclusions");
    expect(seen.json.map((e: { id: string }) => e.id)).toContain(added.json.id);
  });

  type Who = "supervisor" | "caseworker" | "analyst";
  const refused: [string, Who, Record<string, unknown>, number, string | null][] = [
    ["a value that can never link", "supervisor", { ...office, value: "call us" }, 422, "value"],
    ["a missing reason", "supervisor", { ...office, reason: undefined }, 400, "reason"],
    ["an unknown scope", "supervisor", { ...office, scope: "region" }, 400, "scope"],
    ["a caseworker", "caseworker", { ...office, scope: "organisation", reason: "x" }, 403, null],
    ["an analyst", "analyst", { ...office, scope: "organisation", reason: "x" }, 403, null],
  ];
  for (const [what, who, body, status, field] of refused) {
    it(`refuses ${what}, writing nothing`, async () => {
      const client = who === "caseworker" ? caseworker : who === "analyst" ? analyst : supervisor;
      const before = await counts(h);
      const res = await client.request("POST", "/api/selectors/exclusions", {
        scope: "organisation",
        reason: "Front desk",
        ...body,
      });
      expect(res.status).toBe(status);
      if (field) expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      // The one domain refusal here carries its code, so the web says it in the user's language.
      if (status === 422) expect(res.json.errors[0].code).toBe("cannot_link");
      expect(await counts(h)).toBe(before);
    });
  }

  it("refuses a second entry of the same value, and an analyst's look at the list", async () => {
    const body = { ...office, scope: "organisation", reason: "Front desk" };
    expect((await supervisor.request("POST", "/api/selectors/exclusions", body)).status).toBe(201);
    const again = await supervisor.request("POST", "/api/selectors/exclusions", body);
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([
      { field: "value", message: expect.any(String), code: "already_listed" },
    ]);
    expect((await analyst.request("GET", "/api/selectors/exclusions")).status).toBe(403);
  });
});
