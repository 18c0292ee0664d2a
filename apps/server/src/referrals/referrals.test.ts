import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

const provider = (organisationId: string, o: Record<string, unknown> = {}) => ({
  organisationId,
  name: "Nhà tạm lánh Bình Minh",
  services: ["MSP03", "MSP04"],
  languages: ["vi", "km"],
  countryCode: "VN",
  province: "An Giang",
  latitude: 10.38,
  longitude: 105.42,
  minAge: 12,
  maxAge: 17,
  sexes: ["female"],
  hours: "24/7",
  hotlineNumbers: ["+842963852000"],
  bedCapacity: 12,
  ...o,
});

describeEachDatabase("directory and referrals", (h) => {
  let caseworker: Client;
  let shelterStaff: Client;
  let shelterOrg: { id: string };
  let providerId: string;
  let caseId: string;
  let admin: Client;
  beforeAll(async () => {
    const welfare = await makeOrg(h);
    shelterOrg = await makeOrg(h, { agencyType: "shelter" });
    caseworker = await signInAs(h, await makeUser(h, { org: welfare, role: "caseworker" }));
    shelterStaff = await signInAs(h, await makeUser(h, { org: shelterOrg, role: "caseworker" }));
    admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
    providerId = (await admin.request("POST", "/api/directory", provider(shelterOrg.id))).json.id;
    await admin.request(
      "POST",
      "/api/directory",
      provider(shelterOrg.id, { name: "Shelter without beds", languages: ["th"], bedCapacity: 0 }),
    );
    await admin.request(
      "POST",
      "/api/directory",
      provider(shelterOrg.id, { name: "Boys only", sexes: ["male"] }),
    );
    caseId = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
  });

  it("refuses a provider of an unknown organisation, with its code", async () => {
    const res = await admin.request(
      "POST",
      "/api/directory",
      provider("00000000-0000-4000-8000-000000000000"),
    );
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { field: "organisationId", message: expect.any(String), code: "unknown_organisation" },
    ]);
  });

  it("finds a shelter that speaks Vietnamese, takes girls of 15 and has a free bed, best first", async () => {
    const res = await caseworker.request(
      "GET",
      "/api/directory?service=MSP03&language=vi&age=15&sex=female&hasFreeBed=true&province=An%20Giang&near=10.4,105.4",
    );
    expect(res.status).toBe(200);
    const names = res.json.map((p: { name: string }) => p.name);
    expect(names[0]).toBe("Nhà tạm lánh Bình Minh");
    expect(names).not.toContain("Boys only");
    expect(names).not.toContain("Shelter without beds");
    expect(res.json[0].matches).toEqual(
      expect.arrayContaining(["language", "free_bed", "province"]),
    );
    expect(res.json[0].distanceKm).toBeLessThan(10);
  });

  it("searches with no filter at all, and with each filter alone", async () => {
    for (const q of [
      "",
      "?language=vi",
      "?province=An%20Giang",
      "?service=MSP04",
      "?near=10.4,105.4",
      "?hasFreeBed=true",
    ]) {
      const res = await caseworker.request("GET", `/api/directory${q}`);
      expect(res.status, q).toBe(200);
      expect(res.json.length, q).toBeGreaterThan(0);
    }
  });

  it("only the provider's own staff update its free beds, within capacity", async () => {
    expect(
      (
        await caseworker.request("PUT", `/api/directory/${providerId}/availability`, {
          bedsAvailable: 3,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await shelterStaff.request("PUT", `/api/directory/${providerId}/availability`, {
          bedsAvailable: 13,
        })
      ).json.errors[0].field,
    ).toBe("bedsAvailable");
    expect(
      (
        await shelterStaff.request("PUT", `/api/directory/${providerId}/availability`, {
          bedsAvailable: 3,
        })
      ).json.bedsAvailable,
    ).toBe(3);
  });

  it("refuses identifying fields without consent, a service the provider does not offer, and unknown fields", async () => {
    const body = {
      providerId,
      serviceKey: "MSP03",
      sharedFields: ["person.names", "person.age"],
      reason: "Needs a safe place",
      legalBasis: "Child protection law, art. 50",
    };
    const noConsent = await caseworker.request("POST", `/api/cases/${caseId}/referrals`, body);
    expect(noConsent.status).toBe(409);
    expect(noConsent.json.type).toMatch(/consent-required$/);
    const wrongService = await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
      ...body,
      sharedFields: ["person.age"],
      serviceKey: "MSP08",
    });
    expect(wrongService.json.errors[0].field).toBe("serviceKey");
    const unknownField = await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
      ...body,
      sharedFields: ["person.hiv_status"],
    });
    expect(unknownField.status).toBe(400);
    const unknownProvider = await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
      ...body,
      sharedFields: ["person.age"],
      providerId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownProvider.status).toBe(422);
    expect(unknownProvider.json.errors[0].field).toBe("providerId");
    expect(
      await h.db.selectFrom("referrals").select("id").where("case_id", "=", caseId).execute(),
    ).toEqual([]);
  });

  it("refers with need-to-know sharing: the shelter sees exactly the chosen fields while the referral is open", async () => {
    await caseworker.request("POST", `/api/cases/${caseId}/consents`, {
      scope: "sharing_with_referrals",
      givenBy: "child",
      decision: "given",
    });
    await caseworker.request("POST", `/api/cases/${caseId}/consents`, {
      scope: "sharing_with_referrals",
      givenBy: "guardian",
      decision: "given",
    });
    const sharedFields = ["person.names", "person.age", "person.languages"];
    const preview = await caseworker.request("POST", `/api/cases/${caseId}/referrals/preview`, {
      sharedFields,
    });
    expect(Object.keys(preview.json).sort()).toEqual(["age", "languages", "names"]);

    const created = await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
      providerId,
      serviceKey: "MSP03",
      sharedFields,
      reason: "Needs a safe place near her family",
      legalBasis: "Child protection law, art. 50",
    });
    expect(created.status).toBe(201);
    const id = created.json.id;
    // The answer is built from what was written; read back, the referral is the same, with its
    // first event stored.
    const readBack = await caseworker.request("GET", `/api/referrals/${id}`);
    expect(created.json).toEqual(readBack.json);
    expect(readBack.json.events).toEqual([
      { status: "pending", occurredAt: created.json.createdAt, note: null },
    ]);
    expect(
      (
        await caseworker.request("POST", `/api/cases/${caseId}/referrals`, {
          providerId,
          serviceKey: "MSP03",
          sharedFields,
          reason: "again",
          legalBasis: "x",
        })
      ).status,
    ).toBe(409);
    expect((await caseworker.request("GET", `/api/cases/${caseId}/plan`)).json.items).toEqual([
      expect.objectContaining({ serviceKey: "MSP03", status: "referred" }),
    ]);

    const incoming = await shelterStaff.request("GET", "/api/referrals?direction=incoming");
    expect(incoming.json.map((r: { id: string }) => r.id)).toContain(id);
    expect(incoming.json[0].caseReference).toBeNull();
    const notes = await shelterStaff.request("GET", "/api/notifications?unread=true");
    expect(
      notes.json.map((n: { kind: string; referralId: string }) => `${n.kind}:${n.referralId}`),
    ).toContain(`referral.received:${id}`);

    const seen = await shelterStaff.request("GET", `/api/referrals/${id}`);
    expect(seen.status).toBe(200);
    expect(Object.keys(seen.json.shared).sort()).toEqual(["age", "languages", "names"]);
    expect(seen.json.shared.names.givenName).toBe("Thị Hoa");
    expect(JSON.stringify(seen.json)).not.toContain("+84901234567");
    expect(seen.json.caseId).toBeNull();
    expect(seen.json.can).toEqual({ decide: true, complete: false, withdraw: false });
    const reads = await h.db
      .selectFrom("audit_entries")
      .select(["actor_organisation_id", "purpose"])
      .where("action", "=", "person.read")
      .where("purpose", "=", `referral ${id}`)
      .execute();
    expect(reads.map((r) => r.actor_organisation_id)).toContain(shelterOrg.id);

    expect(
      (await shelterStaff.request("POST", `/api/referrals/${id}/decision`, { accept: true })).json
        .status,
    ).toBe("accepted");
    const twice = await shelterStaff.request("POST", `/api/referrals/${id}/decision`, {
      accept: true,
    });
    expect(twice.status).toBe(409);
    const done = await shelterStaff.request("POST", `/api/referrals/${id}/completion`, {
      outcome: "Stayed 3 weeks; returned to her family",
    });
    expect(done.json.status).toBe("completed");
    expect(done.json.shared).toBeNull();
    expect(done.json.events.map((e: { status: string }) => e.status)).toEqual([
      "pending",
      "accepted",
      "completed",
    ]);
    expect((await shelterStaff.request("GET", `/api/referrals/${id}`)).json.shared).toBeNull();
    const plan = await caseworker.request("GET", `/api/cases/${caseId}/plan`);
    expect(plan.json.items).toEqual([
      expect.objectContaining({
        serviceKey: "MSP03",
        status: "delivered",
        providerOrganisationId: shelterOrg.id,
      }),
    ]);
    const senderNotes = await caseworker.request("GET", "/api/notifications");
    expect(senderNotes.json.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(["referral.accepted", "referral.completed"]),
    );
  });

  it("a decline needs a reason; another agency sees nothing", async () => {
    const otherCase = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    const r = await caseworker.request("POST", `/api/cases/${otherCase}/referrals`, {
      providerId,
      serviceKey: "MSP04",
      sharedFields: ["person.age"],
      reason: "Counselling",
      legalBasis: "Child protection law",
    });
    const noReason = await shelterStaff.request("POST", `/api/referrals/${r.json.id}/decision`, {
      accept: false,
    });
    expect(noReason.json.errors[0].field).toBe("reason");
    const declined = await shelterStaff.request("POST", `/api/referrals/${r.json.id}/decision`, {
      accept: false,
      reason: "No counsellor this month",
    });
    expect(declined.json).toMatchObject({
      status: "declined",
      declineReason: "No counsellor this month",
      shared: null,
    });
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    expect((await stranger.request("GET", `/api/referrals/${r.json.id}`)).status).toBe(404);
    expect((await stranger.request("POST", `/api/referrals/${r.json.id}/withdrawal`)).status).toBe(
      404,
    );
    const shelterAdmin = await signInAs(h, await makeUser(h, { org: shelterOrg, role: "analyst" }));
    expect((await shelterAdmin.request("GET", `/api/referrals/${r.json.id}`)).status).toBe(404);
  });

  it("lists outgoing referrals only of the cases the reader may see", async () => {
    const outgoing = await caseworker.request("GET", "/api/referrals?direction=outgoing");
    expect(outgoing.status).toBe(200);
    expect(outgoing.json.length).toBeGreaterThan(0);
    expect(
      outgoing.json.every((r: { caseReference: string | null }) => r.caseReference !== null),
    ).toBe(true);
    const welfareOrg = (await caseworker.request("GET", `/api/cases/${caseId}`)).json
      .organisationId;
    const colleague = await signInAs(
      h,
      await makeUser(h, { org: { id: welfareOrg }, role: "caseworker" }),
    );
    expect((await colleague.request("GET", "/api/referrals?direction=outgoing")).json).toEqual([]);
  });
});
