import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

/*
 * Every answer that carries a child's identifying data leaves an audit entry naming the person,
 * and the case's supervisor sees each of them in the case's own trail.
 */
describeEachDatabase("reads of identifying data", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let shelter: Client;
  let caseId: string;
  let personId: string;
  let referralId: string;
  beforeAll(async () => {
    const org = await makeOrg(h);
    const shelterOrg = await makeOrg(h, { agencyType: "shelter" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    shelter = await signInAs(h, await makeUser(h, { org: shelterOrg, role: "caseworker" }));
    const created = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody({}, { givenName: "Mỹ Linh" }),
    );
    caseId = created.json.id;
    personId = created.json.person.id;
    const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    const provider = await admin.request("POST", "/api/directory", {
      organisationId: shelterOrg.id,
      name: "Mái ấm",
      services: ["MSP03"],
      countryCode: "VN",
    });
    await caseworker.request("POST", `/api/cases/${caseId}/consents`, {
      scope: "sharing_with_referrals",
      givenBy: "guardian",
      decision: "given",
    });
    referralId = (
      await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
        providerId: provider.json.id,
        serviceKey: "MSP03",
        sharedFields: ["person.names"],
        reason: "Shelter",
        legalBasis: "Law on Children",
      })
    ).json.id;
  });

  async function readsOfPerson() {
    const rows = await h.db
      .selectFrom("audit_entries")
      .select(["action", "resource_id", "details"])
      .where("action", "in", ["person.read", "person.list"])
      .execute();
    return rows.filter(
      (r) =>
        r.resource_id === personId ||
        ((r.details as { personIds?: string[] }).personIds ?? []).includes(personId),
    ).length;
  }

  const reads: [string, () => Promise<{ status: number; json: unknown }>][] = [
    ["the case detail", () => caseworker.request("GET", `/api/cases/${caseId}`)],
    ["a list page showing her name", () => caseworker.request("GET", "/api/cases")],
    ["a name search finding her", () => caseworker.request("GET", "/api/cases?q=linh")],
    [
      "a status change answering with the case",
      () => caseworker.request("POST", `/api/cases/${caseId}/status`, { to: "assessed" }),
    ],
    [
      "a referral preview",
      () =>
        caseworker.request("POST", `/api/cases/${caseId}/referrals/preview`, {
          sharedFields: ["person.names"],
        }),
    ],
    [
      "the receiver's view of the referral",
      () => shelter.request("GET", `/api/referrals/${referralId}`),
    ],
  ];
  for (const [what, read] of reads) {
    it(`records ${what}`, async () => {
      const before = await readsOfPerson();
      const res = await read();
      expect(res.status).toBeLessThan(300);
      expect(JSON.stringify(res.json)).toContain("Mỹ Linh");
      expect(await readsOfPerson()).toBe(before + 1);
    });
  }

  it("the supervisor sees every look, including the shelter's, in the case's trail", async () => {
    const trail = await supervisor.request("GET", `/api/cases/${caseId}/audit`);
    expect(trail.status).toBe(200);
    const actions = trail.json.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["case.create", "person.read", "person.list", "referral.create"]),
    );
    const shelterReads = trail.json.filter(
      (e: { action: string; purpose: string | null }) =>
        e.action === "person.read" && e.purpose === `referral ${referralId}`,
    );
    expect(shelterReads.length).toBeGreaterThanOrEqual(1);
    expect((await caseworker.request("GET", `/api/cases/${caseId}/audit`)).status).toBe(403);
  });
});
