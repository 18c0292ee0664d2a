import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * Malformed decisions, reopenings, merges and unmerges are refused at the boundary with a problem
 * naming the field, and nothing is written: no decision, merge, membership or audit entry.
 */

async function counts(h: Harness) {
  const n = async (
    t: "audit_entries" | "person_match_decisions" | "person_merges" | "person_group_members",
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
    await n("person_match_decisions"),
    await n("person_merges"),
    await n("person_group_members"),
  ];
}

describeEachDatabase("bad input to the review queue and merges", (h) => {
  let supervisor: Client;
  const ids = { a: "", b: "", pair: "", merge: "" };
  beforeAll(async () => {
    const org = await makeOrg(h);
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    const person = async () =>
      (await supervisor.request("POST", "/api/cases", caseBody())).json.person.id as string;
    ids.a = await person();
    ids.b = await person();
    await supervisor.request("POST", "/api/persons/match-pairs/refresh");
    ids.pair = (await supervisor.request("GET", "/api/persons/match-pairs")).json.items[0].id;
    const c = await person();
    const d = await person();
    ids.merge = (
      await supervisor.request("POST", "/api/persons/merges", { personIds: [c, d], reason: "r" })
    ).json.id;
  });

  const decision = { decision: "match", version: 1 };
  const merge = () => ({ personIds: [ids.a, ids.b], reason: "Same girl" });
  const cases: [string, () => [string, unknown], string][] = [
    [
      "a decision outside the vocabulary",
      () => ["decision", { ...decision, decision: "maybe" }],
      "decision",
    ],
    [
      "an unknown field on a decision",
      () => ["decision", { ...decision, status: "match" }],
      "status",
    ],
    ["a version as text", () => ["decision", { ...decision, version: "1" }], "version"],
    [
      "a control character in a note",
      () => ["decision", { ...decision, note: "a\u0000b" }],
      "note",
    ],
    ["an over-long note", () => ["decision", { ...decision, note: "ก".repeat(1001) }], "note"],
    ["a reopening without a reason", () => ["reopen", { version: 1 }], "reason"],
    ["a merge of one record", () => ["merge", { ...merge(), personIds: [ids.a] }], "personIds"],
    [
      "a merge of three records",
      () => ["merge", { ...merge(), personIds: [ids.a, ids.b, ids.a] }],
      "personIds",
    ],
    [
      "a merge naming a non-id",
      () => ["merge", { ...merge(), personIds: [ids.a, "Mai"] }],
      "personIds.1",
    ],
    [
      "a merge of a record with itself",
      () => ["merge", { ...merge(), personIds: [ids.a, ids.a] }],
      "personIds",
    ],
    ["a merge without a reason", () => ["merge", { personIds: [ids.a, ids.b] }], "reason"],
    ["an unmerge with a blank reason", () => ["unmerge", { reason: "\n " }], "reason"],
  ];
  for (const [title, make, field] of cases) {
    it(`refuses ${title}, naming ${field}, writing nothing`, async () => {
      const [action, body] = make();
      const url =
        action === "decision"
          ? `/api/persons/match-pairs/${ids.pair}/decision`
          : action === "reopen"
            ? `/api/persons/match-pairs/${ids.pair}/reopen`
            : action === "merge"
              ? "/api/persons/merges"
              : `/api/persons/merges/${ids.merge}/unmerge`;
      const before = await counts(h);
      const res = await supervisor.request("POST", url, body);
      expect(res.status).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await counts(h)).toEqual(before);
    });
  }
});
