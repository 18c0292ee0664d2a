import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

describeEachDatabase("case hand-over and refused closure", (h) => {
  let caseworker: Client;
  let caseworkerUser: TestUser;
  let colleagueUser: TestUser;
  let supervisor: Client;
  let supervisorUser: TestUser;
  beforeAll(async () => {
    const org = await makeOrg(h);
    caseworkerUser = await makeUser(h, { org, role: "caseworker", displayName: "Lê Thu Trang" });
    colleagueUser = await makeUser(h, { org, role: "caseworker", displayName: "Phạm Minh Tuấn" });
    supervisorUser = await makeUser(h, { org, role: "supervisor", displayName: "Nguyễn Thị Hạnh" });
    caseworker = await signInAs(h, caseworkerUser);
    supervisor = await signInAs(h, supervisorUser);
  });

  it("names the assignee in the case and in the list, and the new one after a hand-over", async () => {
    const created = await caseworker.request("POST", "/api/cases", caseBody());
    const id = created.json.id;
    expect(created.json.assignee).toEqual({ id: caseworkerUser.id, displayName: "Lê Thu Trang" });
    expect(created.json.assignedUserId).toBe(caseworkerUser.id);
    const handed = await supervisor.request("POST", `/api/cases/${id}/assignment`, {
      userId: colleagueUser.id,
    });
    expect(handed.status).toBe(200);
    expect(handed.json.assignee).toEqual({ id: colleagueUser.id, displayName: "Phạm Minh Tuấn" });
    const list = await supervisor.request("GET", "/api/cases?limit=100");
    const row = list.json.cases.find((c: { id: string }) => c.id === id);
    expect(row).toMatchObject({
      assignedUserId: colleagueUser.id,
      assignee: { id: colleagueUser.id, displayName: "Phạm Minh Tuấn" },
    });
    // The caseworker who registered the case still sees it, and who has it now.
    const seen = await caseworker.request("GET", `/api/cases/${id}`);
    expect(seen.json.assignee.displayName).toBe("Phạm Minh Tuấn");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "case.assign")
      .where("resource_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ from: caseworkerUser.id, to: colleagueUser.id });
  });

  it("a supervisor refuses a closure with a reason: the case goes back to services and says why", async () => {
    const id = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    for (const to of ["assessed", "in_services"])
      await caseworker.request("POST", `/api/cases/${id}/status`, { to });
    await caseworker.request("POST", `/api/cases/${id}/closure`, { outcome: "reintegrated" });

    // A refusal without a reason is refused, naming the field, and changes nothing.
    for (const body of [{ approve: false }, { approve: false, reason: "   " }]) {
      const bare = await supervisor.request("POST", `/api/cases/${id}/closure/decision`, body);
      expect(bare.status).toBe(400);
      expect(bare.json.errors).toContainEqual(expect.objectContaining({ field: "reason" }));
    }
    const waiting = await h.db
      .selectFrom("cases")
      .select(["status", "closure_refusal_reason"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(waiting).toEqual({ status: "closure_requested", closure_refusal_reason: null });

    const reason = "Her mother has not been visited yet. <script>alert(1)</script>";
    const refused = await supervisor.request("POST", `/api/cases/${id}/closure/decision`, {
      approve: false,
      reason,
    });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({
      status: "in_services",
      closureOutcome: null,
      closureRefusal: { reason },
    });
    const seen = await caseworker.request("GET", `/api/cases/${id}`);
    expect(seen.json.closureRefusal.reason).toBe(reason);
    expect(seen.json.can.requestClosure).toBe(true);
    const row = await h.db
      .selectFrom("cases")
      .select("closure_refused_by")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.closure_refused_by).toBe(supervisorUser.id);
    // The audit trail records the refusal, never its words.
    const entry = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "case.closure_refused")
      .where("resource_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.details ?? {})).not.toContain("mother");

    // Asking again answers the refusal: it is no longer shown, and approval closes the case.
    const again = await caseworker.request("POST", `/api/cases/${id}/closure`, {
      outcome: "reintegrated",
    });
    expect(again.json).toMatchObject({ status: "closure_requested", closureRefusal: null });
    const closed = await supervisor.request("POST", `/api/cases/${id}/closure/decision`, {
      approve: true,
    });
    expect(closed.json).toMatchObject({ status: "closed", closureRefusal: null });
  });

  it("a caseworker cannot refuse a closure, and another agency's supervisor sees no case", async () => {
    const id = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    await caseworker.request("POST", `/api/cases/${id}/closure`, { outcome: "transferred" });
    const body = { approve: false, reason: "Not yet" };
    const own = await caseworker.request("POST", `/api/cases/${id}/closure/decision`, body);
    expect(own.status).toBe(403);
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    const other = await stranger.request("POST", `/api/cases/${id}/closure/decision`, body);
    expect(other.status).toBe(404);
    const row = await h.db
      .selectFrom("cases")
      .select(["status", "closure_refusal_reason"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "closure_requested", closure_refusal_reason: null });
  });
});
