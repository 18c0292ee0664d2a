import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * The review queue of possible duplicates: pairs of one organisation's persons, scored and
 * explained, listed best first to those who may see both records; decisions keep who, when and
 * the model version, are never asked again, are reopened only explicitly, and a decision taken on
 * a stale screen is refused with nothing changed. Another agency's records never show.
 */

const QUEUE = "/api/persons/match-pairs";
type Pair = {
  id: string;
  version: number;
  probability: number;
  a: { personId: string };
  b: { personId: string };
};

async function countOf(
  h: Harness,
  table: "audit_entries" | "person_match_decisions" | "person_match_pairs",
) {
  const r = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function register(c: Client, person: Record<string, unknown> = {}) {
  const res = await c.request("POST", "/api/cases", caseBody({}, person));
  expect(res.status).toBe(201);
  return { caseId: res.json.id as string, personId: res.json.person.id as string };
}

const hasBoth = (p: Pair, x: string, y: string) =>
  [p.a.personId, p.b.personId].sort().join() === [x, y].sort().join();

describeEachDatabase("review queue of possible duplicates", (h) => {
  let caseworker: Client;
  let colleague: Client;
  let supervisor: Client;
  let otherSupervisor: Client;
  let caseworkerUser: TestUser;
  const mine: { caseId: string; personId: string }[] = [];
  const theirs: { caseId: string; personId: string }[] = [];
  let colleagues = { caseId: "", personId: "" };
  beforeAll(async () => {
    const org = await makeOrg(h);
    const other = await makeOrg(h);
    caseworkerUser = await makeUser(h, { org, role: "caseworker" });
    caseworker = await signInAs(h, caseworkerUser);
    colleague = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    otherSupervisor = await signInAs(h, await makeUser(h, { org: other, role: "supervisor" }));
    // The same girl registered four times by the caseworker, once by a colleague, and twice,
    // identical, at another agency.
    for (let i = 0; i < 4; i++) mine.push(await register(caseworker));
    colleagues = await register(colleague);
    for (let i = 0; i < 2; i++) theirs.push(await register(otherSupervisor));
    // A different child, who must pair with nobody listed.
    await register(caseworker, {
      givenName: "Somchai",
      familyName: "Rattanakorn",
      givenNameLatin: undefined,
      familyNameLatin: undefined,
      nameOrder: "given_first",
      sex: "male",
      nationality: "TH",
      languages: ["th"],
    });
  });

  it("scores the organisation's candidate pairs on refresh, once per model", async () => {
    const res = await caseworker.request("POST", `${QUEUE}/refresh`);
    expect(res.status).toBe(200);
    // Five records of the girl in this organisation: ten pairs, whoever asks.
    expect(res.json.scored).toBe(10);
    expect(res.json.modelVersion).toMatch(/^[0-9a-f]{16}$/);
    const again = await supervisor.request("POST", `${QUEUE}/refresh`);
    expect(again.json.scored).toBe(0);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["details"])
      .where("action", "=", "person_match.refresh")
      .execute();
    expect(audit.some((a) => (a.details as { scored: number }).scored === 10)).toBe(true);
  });

  it("lists to a caseworker only the pairs of records she may open, best first, explained", async () => {
    const res = await caseworker.request("GET", QUEUE);
    expect(res.status).toBe(200);
    const items: Pair[] = res.json.items;
    expect(items).toHaveLength(6);
    const mineIds = mine.map((m) => m.personId);
    for (const p of items) {
      expect(mineIds).toContain(p.a.personId);
      expect(mineIds).toContain(p.b.personId);
    }
    const probabilities = items.map((p) => p.probability);
    expect(probabilities).toEqual([...probabilities].sort((x, y) => y - x));
    const text = JSON.stringify(res.json);
    for (const t of [...theirs, colleagues]) {
      expect(text).not.toContain(t.personId);
      expect(text).not.toContain(t.caseId);
    }
    // Each person shown is a recorded read with the review's purpose.
    const reads = await h.db
      .selectFrom("audit_entries")
      .select("resource_id")
      .where("action", "=", "person.read")
      .where("purpose", "=", "duplicate review")
      .execute();
    for (const id of mineIds) expect(reads.map((r) => r.resource_id)).toContain(id);
  });

  it("lists to a supervisor the whole organisation, and to another agency only its own", async () => {
    const ours = await supervisor.request("GET", QUEUE);
    expect(ours.json.items).toHaveLength(10);
    const text = JSON.stringify(ours.json);
    for (const t of theirs) expect(text).not.toContain(t.personId);
    await otherSupervisor.request("POST", `${QUEUE}/refresh`);
    const other = await otherSupervisor.request("GET", QUEUE);
    expect(other.json.items).toHaveLength(1);
    expect(hasBoth(other.json.items[0], theirs[0]?.personId ?? "", theirs[1]?.personId ?? "")).toBe(
      true,
    );
    const otherText = JSON.stringify(other.json);
    for (const m of [...mine, colleagues]) expect(otherText).not.toContain(m.personId);
  });

  it("shows a pair side by side with explanation terms that add up to its weight", async () => {
    const [first] = (await caseworker.request("GET", QUEUE)).json.items as Pair[];
    const res = await caseworker.request("GET", `${QUEUE}/${first?.id}`);
    expect(res.status).toBe(200);
    expect(res.json.a.person.givenName).toBe("Thị Hoa");
    expect(res.json.explanation.modelVersion).toBe(res.json.modelVersion);
    const sum = res.json.explanation.terms.reduce(
      (s: number, t: { weight: number }) => s + t.weight,
      res.json.explanation.priorWeight,
    );
    expect(sum).toBeCloseTo(res.json.weight, 9);
    expect(res.json.can).toEqual({ decide: true, reopen: false, merge: false, unmerge: false });
  });

  it("keeps who, when and the model version of a decision, and never asks again", async () => {
    const items: Pair[] = (await caseworker.request("GET", QUEUE)).json.items;
    const pair = items[0] as Pair;
    const res = await caseworker.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "match",
      version: pair.version,
      note: "Same guardian phone on both files",
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("match");
    expect(res.json.version).toBe(pair.version + 1);
    const [d] = res.json.decisions;
    expect(d).toMatchObject({
      decision: "match",
      decidedBy: caseworkerUser.id,
      modelVersion: res.json.modelVersion,
      note: "Same guardian phone on both files",
    });
    expect(Date.parse(d.decidedAt)).toBeLessThanOrEqual(h.clock.now().getTime());
    const stored = await h.db
      .selectFrom("person_match_decisions")
      .selectAll()
      .where("pair_id", "=", pair.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.decided_by).toBe(caseworkerUser.id);
    // A new model: the decided pair keeps its score and stays out of the queue, an open pair is
    // rescored.
    const aged = await h.db
      .updateTable("person_match_pairs")
      .set({ model_version: "0000000000000000" })
      .where(
        "person_a_id",
        "in",
        mine.map((m) => m.personId),
      )
      .returning(["status"])
      .execute();
    const refreshed = await caseworker.request("POST", `${QUEUE}/refresh`);
    expect(refreshed.json.scored).toBe(aged.filter((r) => r.status === "open").length);
    expect(aged.some((r) => r.status === "match")).toBe(true);
    const after = await caseworker.request("GET", QUEUE);
    expect(after.json.items.map((p: Pair) => p.id)).not.toContain(pair.id);
    const row = await h.db
      .selectFrom("person_match_pairs")
      .select(["status", "model_version"])
      .where("id", "=", pair.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "match", model_version: "0000000000000000" });
  });

  it("refuses a decision on a pair someone has just decided (409), changing nothing", async () => {
    const pair = (await caseworker.request("GET", QUEUE)).json.items[0] as Pair;
    const first = await caseworker.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "not_match",
      version: pair.version,
    });
    expect(first.status).toBe(200);
    const counts = [await countOf(h, "audit_entries"), await countOf(h, "person_match_decisions")];
    const stale = await supervisor.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "match",
      version: pair.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.type).toMatch(/conflict$/);
    expect([await countOf(h, "audit_entries"), await countOf(h, "person_match_decisions")]).toEqual(
      counts,
    );
    const row = await h.db
      .selectFrom("person_match_pairs")
      .select("status")
      .where("id", "=", pair.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("not_match");
  });

  it("lets exactly one of two simultaneous decisions through", async () => {
    const pair = (await caseworker.request("GET", QUEUE)).json.items[0] as Pair;
    const [x, y] = await Promise.all([
      supervisor.request("POST", `${QUEUE}/${pair.id}/decision`, {
        decision: "match",
        version: pair.version,
      }),
      caseworker.request("POST", `${QUEUE}/${pair.id}/decision`, {
        decision: "not_match",
        version: pair.version,
      }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const decisions = await h.db
      .selectFrom("person_match_decisions")
      .select("id")
      .where("pair_id", "=", pair.id)
      .execute();
    expect(decisions).toHaveLength(1);
  });

  it("sends unsure pairs to a supervisor, who decides them", async () => {
    const pair = (await caseworker.request("GET", QUEUE)).json.items[0] as Pair;
    const res = await caseworker.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "unsure",
      version: pair.version,
    });
    expect(res.status).toBe(200);
    expect((await caseworker.request("GET", `${QUEUE}?status=unsure`)).status).toBe(403);
    const again = await caseworker.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "match",
      version: res.json.version,
    });
    expect(again.status).toBe(403);
    const queue = await supervisor.request("GET", `${QUEUE}?status=unsure`);
    expect(queue.json.items.map((p: Pair) => p.id)).toEqual([pair.id]);
    const decided = await supervisor.request("POST", `${QUEUE}/${pair.id}/decision`, {
      decision: "match",
      version: res.json.version,
    });
    expect(decided.status).toBe(200);
    expect(decided.json.decisions.map((d: { decision: string }) => d.decision)).toEqual([
      "unsure",
      "match",
    ]);
  });

  it("reopens a decision only explicitly, by a supervisor with a reason, audited", async () => {
    const decided = await h.db
      .selectFrom("person_match_pairs")
      .select(["id", "version"])
      .where("status", "=", "not_match")
      .where(
        "person_a_id",
        "in",
        mine.map((m) => m.personId),
      )
      .executeTakeFirstOrThrow();
    const url = `${QUEUE}/${decided.id}/reopen`;
    expect(
      (await caseworker.request("POST", url, { version: decided.version, reason: "x" })).status,
    ).toBe(403);
    const noReason = await supervisor.request("POST", url, {
      version: decided.version,
      reason: " ",
    });
    expect(noReason.status).toBe(400);
    const res = await supervisor.request("POST", url, {
      version: decided.version,
      reason: "The documents were mixed up",
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("open");
    expect(res.json.decisions.at(-1).decision).toBe("reopened");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", decided.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain("person_match.reopen");
    expect((await caseworker.request("GET", QUEUE)).json.items.map((p: Pair) => p.id)).toContain(
      decided.id,
    );
  });

  it("answers 404 for a pair the user cannot see, and changes nothing", async () => {
    const all: Pair[] = (await supervisor.request("GET", QUEUE)).json.items;
    const colleaguesPair = all.find((p) =>
      [p.a.personId, p.b.personId].includes(colleagues.personId),
    );
    expect(colleaguesPair).toBeDefined();
    const before = await countOf(h, "audit_entries");
    for (const c of [caseworker, otherSupervisor]) {
      expect((await c.request("GET", `${QUEUE}/${colleaguesPair?.id}`)).status).toBe(404);
      const res = await c.request("POST", `${QUEUE}/${colleaguesPair?.id}/decision`, {
        decision: "match",
        version: colleaguesPair?.version,
      });
      expect(res.status).toBe(404);
      expect(res.json.type).toMatch(/not-found$/);
    }
    expect(await countOf(h, "audit_entries")).toBe(before);
  });

  it("shows the precision decisions have observed per score band", async () => {
    const res = await supervisor.request("GET", QUEUE);
    const bands: {
      from: number;
      to: number;
      matches: number;
      decided: number;
      precision: number | null;
    }[] = res.json.precision;
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [0, 0.5],
      [0.5, 0.8],
      [0.8, 0.95],
      [0.95, 0.99],
      [0.99, 1],
    ]);
    const rows = await h.db
      .selectFrom("person_match_pairs")
      .select(["status"])
      .where("status", "in", ["match", "not_match"])
      .where(
        "person_a_id",
        "in",
        [...mine, colleagues].map((m) => m.personId),
      )
      .execute();
    expect(bands.reduce((s, b) => s + b.decided, 0)).toBe(rows.length);
    expect(bands.reduce((s, b) => s + b.matches, 0)).toBe(
      rows.filter((r) => r.status === "match").length,
    );
    for (const b of bands) if (b.decided) expect(b.precision).toBeCloseTo(b.matches / b.decided, 9);
  });
});
