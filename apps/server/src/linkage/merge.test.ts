import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * Merge and unmerge: a merge groups person records as one person and rewrites none of them; an
 * unmerge restores the state before it exactly; both need a reason and are audited; a "not a
 * match" decision between two groups blocks joining them; bad requests change nothing.
 */

const MERGES = "/api/persons/merges";
const QUEUE = "/api/persons/match-pairs";

async function register(c: Client, person: Record<string, unknown> = {}) {
  const res = await c.request("POST", "/api/cases", caseBody({}, person));
  expect(res.status).toBe(201);
  return res.json.person.id as string;
}

/** Everything a merge could touch, per person: her row as stored and the group she is in. */
async function stateOf(h: Harness, personIds: string[]) {
  const rows = await h.db
    .selectFrom("persons")
    .selectAll()
    .where("id", "in", personIds)
    .orderBy("id")
    .execute();
  const groups = await h.db
    .selectFrom("person_group_members")
    .select(["person_id", "group_id"])
    .where("person_id", "in", personIds)
    .where("removed_at", "is", null)
    .execute();
  const pairs = await h.db
    .selectFrom("person_match_pairs")
    .select(["id", "status", "version", "probability"])
    .where("person_a_id", "in", personIds)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    ...r,
    group: groups.find((g) => g.person_id === r.id)?.group_id ?? null,
    pairs: pairs.filter((p) => p.id),
  }));
}

async function counts(h: Harness) {
  const n = async (
    t: "audit_entries" | "person_merges" | "person_group_members" | "person_groups",
  ) =>
    Number(
      (
        await h.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await n("audit_entries"),
    await n("person_merges"),
    await n("person_group_members"),
    await n("person_groups"),
  ];
}

describeEachDatabase("merge and unmerge of person records", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let otherSupervisor: Client;
  const p: string[] = [];
  let theirs = "";
  beforeAll(async () => {
    const org = await makeOrg(h);
    const other = await makeOrg(h);
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    otherSupervisor = await signInAs(h, await makeUser(h, { org: other, role: "supervisor" }));
    for (let i = 0; i < 6; i++) p.push(await register(caseworker));
    theirs = await register(otherSupervisor);
    await supervisor.request("POST", `${QUEUE}/refresh`);
  });

  const pairOf = async (x: string, y: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    return h.db
      .selectFrom("person_match_pairs")
      .select(["id", "version", "status"])
      .where("person_a_id", "=", a)
      .where("person_b_id", "=", b)
      .executeTakeFirstOrThrow();
  };

  it("refuses bad merges with a clear error and changes nothing", async () => {
    const [a = "", b = ""] = p;
    const before = await counts(h);
    const self = await supervisor.request("POST", MERGES, {
      personIds: [a, a],
      reason: "Same girl",
    });
    expect(self.status).toBe(400);
    expect(self.json.errors.map((e: { field: string }) => e.field)).toContain("personIds");
    const noReason = await supervisor.request("POST", MERGES, { personIds: [a, b], reason: "  " });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors.map((e: { field: string }) => e.field)).toContain("reason");
    const missing = await supervisor.request("POST", MERGES, { personIds: [a, b] });
    expect(missing.status).toBe(400);
    for (const target of [theirs, randomUUID()]) {
      const res = await supervisor.request("POST", MERGES, {
        personIds: [a, target],
        reason: "Same girl",
      });
      expect(res.status).toBe(404);
      expect(res.json.type).toMatch(/not-found$/);
    }
    const byCaseworker = await caseworker.request("POST", MERGES, {
      personIds: [a, b],
      reason: "Same girl",
    });
    expect(byCaseworker.status).toBe(403);
    expect(await counts(h)).toEqual(before);
  });

  it("merges on a match decision, rewriting no person row, and unmerge restores the state exactly", async () => {
    const [a = "", b = ""] = p;
    const pair = await pairOf(a, b);
    const decided = await supervisor.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "match",
      version: pair.version,
    });
    expect(decided.status).toBe(200);
    const before = await stateOf(h, p);
    const merged = await supervisor.request("POST", MERGES, {
      personIds: [a, b],
      reason: "Same birth certificate number",
    });
    expect(merged.status).toBe(201);
    expect(merged.json.pairId).toBe(pair.id);
    expect(merged.json.reason).toBe("Same birth certificate number");
    const during = await stateOf(h, p);
    expect(during.find((r) => r.id === a)?.group).toBe(merged.json.groupId);
    expect(during.find((r) => r.id === b)?.group).toBe(merged.json.groupId);
    // The person rows themselves are exactly as they were.
    expect(during.map(({ group: _g, ...row }) => row)).toEqual(
      before.map(({ group: _g, ...row }) => row),
    );
    // The pair is shown as one person now, with the merge to undo.
    const detail = await supervisor.request("GET", `${QUEUE}/${pair.id}`);
    expect(detail.json.merge.id).toBe(merged.json.id);
    expect(detail.json.can.unmerge).toBe(true);
    const noReason = await supervisor.request("POST", `${MERGES}/${merged.json.id}/unmerge`, {});
    expect(noReason.status).toBe(400);
    const undone = await supervisor.request("POST", `${MERGES}/${merged.json.id}/unmerge`, {
      reason: "Twins: two children",
    });
    expect(undone.status).toBe(200);
    expect(undone.json.unmergeReason).toBe("Twins: two children");
    const after = await stateOf(h, p);
    expect(after).toHaveLength(before.length);
    for (const [i, row] of after.entries())
      for (const [field, value] of Object.entries(row))
        expect([field, value]).toEqual([field, (before[i] as Record<string, unknown>)[field]]);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["action", "details"])
      .where("resource_id", "=", merged.json.groupId)
      .orderBy("id")
      .execute();
    expect(audit.map((e) => e.action)).toEqual(["person.merge", "person.unmerge"]);
    for (const e of audit) expect((e.details as { mergeId: string }).mergeId).toBe(merged.json.id);
  });

  it("refuses to unmerge twice, changing nothing", async () => {
    const [, , c = "", d = ""] = p;
    const merged = await supervisor.request("POST", MERGES, {
      personIds: [c, d],
      reason: "Same girl",
    });
    expect(merged.status).toBe(201);
    // Without a decision on the pair, the supervisor's explicit merge with its reason is the decision.
    expect(merged.json.pairId).toBeNull();
    const url = `${MERGES}/${merged.json.id}/unmerge`;
    expect((await supervisor.request("POST", url, { reason: "Mistake" })).status).toBe(200);
    const before = await counts(h);
    const again = await supervisor.request("POST", url, { reason: "Mistake" });
    expect(again.status).toBe(409);
    expect(again.json.type).toMatch(/conflict$/);
    expect(await counts(h)).toEqual(before);
    expect((await otherSupervisor.request("POST", url, { reason: "Mistake" })).status).toBe(404);
  });

  it("blocks joining two groups between whose members someone decided not a match", async () => {
    const [a = "", b = "", c = "", d = "", e = "", f = ""] = p;
    const pair = await pairOf(b, d);
    const no = await supervisor.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "not_match",
      version: pair.version,
    });
    expect(no.status).toBe(200);
    expect(
      (await supervisor.request("POST", MERGES, { personIds: [a, b], reason: "r" })).status,
    ).toBe(201);
    expect(
      (await supervisor.request("POST", MERGES, { personIds: [c, d], reason: "r" })).status,
    ).toBe(201);
    const before = await counts(h);
    const state = await stateOf(h, p);
    const res = await supervisor.request("POST", MERGES, { personIds: [a, c], reason: "r" });
    expect(res.status).toBe(409);
    expect(res.json.type).toMatch(/conflict$/);
    expect(res.json.errors).toEqual([
      { field: "personIds", message: expect.any(String), code: "not_a_match_decided" },
    ]);
    expect(await counts(h)).toEqual(before);
    expect(await stateOf(h, p)).toEqual(state);
    // Joining two groups without such a decision, and undoing it, gives both groups back.
    const ef = await supervisor.request("POST", MERGES, { personIds: [e, f], reason: "r" });
    const joined = await supervisor.request("POST", MERGES, { personIds: [a, e], reason: "r" });
    expect(joined.status).toBe(201);
    const all = await stateOf(h, [a, b, e, f]);
    expect(new Set(all.map((r) => r.group)).size).toBe(1);
    // The earlier merge of the group cannot be undone before the later one.
    const early = await supervisor.request("POST", `${MERGES}/${ef.json.id}/unmerge`, {
      reason: "r",
    });
    expect(early.status).toBe(409);
    const unjoined = await supervisor.request("POST", `${MERGES}/${joined.json.id}/unmerge`, {
      reason: "r",
    });
    expect(unjoined.json).toMatchObject({ id: joined.json.id });
    const split = await stateOf(h, [a, b, e, f]);
    const groupOf = (id: string) => split.find((r) => r.id === id)?.group;
    expect(groupOf(a)).toBe(groupOf(b));
    expect(groupOf(e)).toBe(groupOf(f));
    expect(groupOf(e)).toBe(ef.json.groupId);
    expect(groupOf(a)).not.toBe(groupOf(e));
  });
});
