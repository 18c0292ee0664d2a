import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

describeEachDatabase("case notes, tasks, consent and plan", (h) => {
  let caseworker: Client;
  let caseId: string;
  let shelter: { id: string };
  beforeAll(async () => {
    const org = await makeOrg(h);
    shelter = await makeOrg(h, { agencyType: "shelter" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    caseId = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
  });

  it("keeps notes as typed, script included, and returns them inert", async () => {
    const body = "Em kể lại chuyến đi.\n<img src=x onerror=alert(1)> ไม่เป็นไร";
    expect((await caseworker.request("POST", `/api/cases/${caseId}/notes`, { body })).status).toBe(
      201,
    );
    const notes = await caseworker.request("GET", `/api/cases/${caseId}/notes`);
    expect(notes.headers["content-type"]).toMatch(/application\/json/);
    expect(notes.json.at(-1).body).toBe(body);
    expect(
      (await caseworker.request("POST", `/api/cases/${caseId}/notes`, { body: "   " })).status,
    ).toBe(400);
  });

  it("tracks tasks with due dates until done, once", async () => {
    const created = await caseworker.request("POST", `/api/cases/${caseId}/tasks`, {
      title: "Gọi cho người giám hộ",
      dueOn: "2026-12-01",
    });
    expect(created.status).toBe(201);
    expect(
      (await caseworker.request("POST", `/api/cases/${caseId}/tasks/${created.json.id}/done`))
        .status,
    ).toBe(200);
    expect(
      (await caseworker.request("POST", `/api/cases/${caseId}/tasks/${created.json.id}/done`))
        .status,
    ).toBe(409);
    const tasks = await caseworker.request("GET", `/api/cases/${caseId}/tasks`);
    expect(tasks.json.find((t: { id: string }) => t.id === created.json.id).doneAt).not.toBeNull();
    expect(
      (
        await caseworker.request("POST", `/api/cases/${caseId}/tasks`, {
          title: "x",
          dueOn: "2026-02-30",
        })
      ).json.errors[0].field,
    ).toBe("dueOn");
  });

  it("records the child's and the guardian's consent separately, and a withdrawal keeps the record", async () => {
    const child = await caseworker.request("POST", `/api/cases/${caseId}/consents`, {
      scope: "sharing_with_referrals",
      givenBy: "child",
      decision: "given",
    });
    const guardian = await caseworker.request("POST", `/api/cases/${caseId}/consents`, {
      scope: "sharing_with_referrals",
      givenBy: "guardian",
      decision: "given",
    });
    expect(child.status).toBe(201);
    expect(guardian.status).toBe(201);
    expect(
      (
        await caseworker.request(
          "POST",
          `/api/cases/${caseId}/consents/${child.json.id}/withdrawal`,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await caseworker.request(
          "POST",
          `/api/cases/${caseId}/consents/${child.json.id}/withdrawal`,
        )
      ).status,
    ).toBe(409);
    const consents = await caseworker.request("GET", `/api/cases/${caseId}/consents`);
    const byId = new Map(consents.json.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(child.json.id)).toMatchObject({
      givenBy: "child",
      withdrawnAt: expect.any(String),
    });
    expect(byId.get(guardian.json.id)).toMatchObject({ givenBy: "guardian", withdrawnAt: null });
  });

  it("builds a plan over the minimum service package and shows what is missing", async () => {
    const empty = await caseworker.request("GET", `/api/cases/${caseId}/plan`);
    expect(empty.json.missing).toHaveLength(10);
    const planned = await caseworker.request("PUT", `/api/cases/${caseId}/plan/MSP04`, {
      status: "in_progress",
      providerOrganisationId: shelter.id,
      startOn: "2026-11-21",
    });
    expect(planned.status).toBe(200);
    expect(planned.json.missing).not.toContain("MSP04");
    expect(planned.json.missing).toHaveLength(9);
    const delivered = await caseworker.request("PUT", `/api/cases/${caseId}/plan/MSP04`, {
      status: "delivered",
      providerOrganisationId: shelter.id,
      startOn: "2026-11-21",
      endOn: "2026-11-25",
      outcome: "Completed",
    });
    expect(delivered.json.items).toEqual([
      expect.objectContaining({ serviceKey: "MSP04", status: "delivered", endOn: "2026-11-25" }),
    ]);
    expect(
      (await caseworker.request("PUT", `/api/cases/${caseId}/plan/MSP11`, { status: "planned" }))
        .status,
    ).toBe(400);
    const backwards = await caseworker.request("PUT", `/api/cases/${caseId}/plan/MSP05`, {
      status: "planned",
      startOn: "2026-11-25",
      endOn: "2026-11-21",
    });
    expect(backwards.json.errors[0].field).toBe("endOn");
  });

  it("another organisation can neither read nor write any of it", async () => {
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    for (const path of ["notes", "tasks", "consents", "plan"]) {
      expect((await stranger.request("GET", `/api/cases/${caseId}/${path}`)).status, path).toBe(
        404,
      );
    }
    expect(
      (await stranger.request("POST", `/api/cases/${caseId}/notes`, { body: "x" })).status,
    ).toBe(404);
  });
});
