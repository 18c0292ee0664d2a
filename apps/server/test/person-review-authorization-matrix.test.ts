import { randomUUID } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "./client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "./factories.ts";
import { describeEachDatabase, type Harness } from "./harness.ts";

/*
 * The authorisation matrix for the review queue and merges: actor (role × organisation ×
 * relation to the records) × action → expected status, written out by hand so a policy change
 * must change this table too. The records of organisation A are registered by one caseworker;
 * B is another agency. A guessed id answers 404 to everyone.
 */
type Actor =
  | "registering caseworker"
  | "other caseworker"
  | "supervisor"
  | "investigator"
  | "analyst"
  | "org admin"
  | "node admin"
  | "other agency supervisor";
type Action = "queue.list" | "queue.refresh" | "pair.read" | "pair.decide" | "merge" | "unmerge";

const row = (
  list: number,
  refresh: number,
  read: number,
  decide: number,
  merge: number,
  unmerge: number,
): Record<Action, number> => ({
  "queue.list": list,
  "queue.refresh": refresh,
  "pair.read": read,
  "pair.decide": decide,
  merge,
  unmerge,
});

const matrix: Record<Actor, Record<Action, number>> = {
  "registering caseworker": row(200, 200, 200, 200, 403, 403),
  "other caseworker": row(200, 200, 404, 404, 404, 404),
  supervisor: row(200, 200, 200, 200, 201, 200),
  investigator: row(403, 403, 404, 404, 403, 403),
  analyst: row(403, 403, 404, 404, 404, 404),
  "org admin": row(403, 403, 404, 404, 404, 404),
  "node admin": row(403, 403, 404, 404, 404, 404),
  "other agency supervisor": row(200, 200, 404, 404, 404, 404),
};
const idActions = new Set<Action>(["pair.read", "pair.decide", "merge", "unmerge"]);

/**
 * A name no other record of the run shares (syllables spelled from a counter), so each action's
 * records pair only with each other: identical names on every record would make each refresh
 * score every pair of the growing organisation.
 */
let serial = 0;
function uniqueName(): string {
  const consonants = "bdghklmnprstvz";
  const vowels = "aeiou";
  let n = serial++;
  let word = "";
  do {
    word += `${consonants[n % consonants.length]}${vowels[Math.floor(n / consonants.length) % vowels.length]}`;
    n = Math.floor(n / (consonants.length * vowels.length));
  } while (n > 0);
  return `${word[0]?.toUpperCase()}${word.slice(1)}rin`;
}

/** Fresh records for one action: two persons, their open pair and a merge of two others. */
async function target(h: Harness, owner: Client, supervisor: Client) {
  const names = [
    { givenName: uniqueName(), familyName: uniqueName() },
    { givenName: uniqueName(), familyName: uniqueName() },
  ];
  const person = async (name: { givenName: string; familyName: string }) => {
    const body = caseBody(
      {},
      { ...name, givenNameLatin: name.givenName, familyNameLatin: name.familyName },
    );
    return (await owner.request("POST", "/api/cases", body)).json.person.id as string;
  };
  const [first, second] = names as [(typeof names)[0], (typeof names)[0]];
  const [a, b, c, d] = [
    await person(first),
    await person(first),
    await person(second),
    await person(second),
  ];
  await owner.request("POST", "/api/persons/match-pairs/refresh");
  const [x, y] = a < b ? [a, b] : [b, a];
  const pair = await h.db
    .selectFrom("person_match_pairs")
    .select(["id", "version"])
    .where("person_a_id", "=", x)
    .where("person_b_id", "=", y)
    .executeTakeFirstOrThrow();
  const merge = await supervisor.request("POST", "/api/persons/merges", {
    personIds: [c, d],
    reason: "Same girl",
  });
  return { a, b, pairId: pair.id, version: pair.version, mergeId: merge.json.id as string };
}

function perform(c: Client, action: Action, t: Awaited<ReturnType<typeof target>>) {
  switch (action) {
    case "queue.list":
      return c.request("GET", "/api/persons/match-pairs");
    case "queue.refresh":
      return c.request("POST", "/api/persons/match-pairs/refresh");
    case "pair.read":
      return c.request("GET", `/api/persons/match-pairs/${t.pairId}`);
    case "pair.decide":
      return c.request("POST", `/api/persons/match-pairs/${t.pairId}/decision`, {
        decision: "not_match",
        version: t.version,
      });
    case "merge":
      return c.request("POST", "/api/persons/merges", {
        personIds: [t.a, t.b],
        reason: "Same girl",
      });
    case "unmerge":
      return c.request("POST", `/api/persons/merges/${t.mergeId}/unmerge`, { reason: "Two girls" });
  }
}

describeEachDatabase("authorisation matrix for the review queue and merges", (h) => {
  const clients = {} as Record<Actor, Client>;
  beforeAll(async () => {
    const a = await makeOrg(h);
    const b = await makeOrg(h, { agencyType: "police", countryCode: "TH" });
    const user = (org: { id: string }, role: Role) => makeUser(h, { org, role });
    const people: [Actor, TestUser][] = [
      ["registering caseworker", await user(a, "caseworker")],
      ["other caseworker", await user(a, "caseworker")],
      ["supervisor", await user(a, "supervisor")],
      ["investigator", await user(a, "investigator")],
      ["analyst", await user(a, "analyst")],
      ["org admin", await user(a, "org_admin")],
      ["node admin", await user(a, "node_admin")],
      ["other agency supervisor", await user(b, "supervisor")],
    ];
    for (const [name, u] of people) clients[name] = await signInAs(h, u);
  });

  for (const actor of Object.keys(matrix) as Actor[]) {
    for (const action of Object.keys(matrix[actor]) as Action[]) {
      for (const guessed of idActions.has(action) ? [false, true] : [false]) {
        const expected = guessed ? 404 : matrix[actor][action];
        it(`${actor} ${action}${guessed ? " on a guessed id" : ""} → ${expected}`, async () => {
          const t = await target(h, clients["registering caseworker"], clients.supervisor);
          if (guessed)
            Object.assign(t, { a: randomUUID(), pairId: randomUUID(), mergeId: randomUUID() });
          const count = async () =>
            (
              await h.db
                .selectFrom("audit_entries")
                .select((eb) => eb.fn.countAll().as("n"))
                .executeTakeFirstOrThrow()
            ).n;
          const before = await count();
          const res = await perform(clients[actor], action, t);
          expect(res.status).toBe(expected);
          if (expected >= 400) {
            expect(res.json.type).toMatch(expected === 403 ? /forbidden$/ : /not-found$/);
            expect(await count()).toBe(before);
          }
        });
      }
    }
  }
});
