import { randomUUID } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "./client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "./factories.ts";
import { describeEachDatabase } from "./harness.ts";

/*
 * The authorisation matrix for identifiers (selectors) and hit/no-hit questions: actor (role ×
 * organisation × relation to the case) × action → expected status, written out by hand so a
 * policy change must change this table too. Organisation A owns the case, assigned to one of its
 * caseworkers, who recorded the identifier and asked the question; B is another agency. A guessed
 * id answers 404 to everyone. The exclusion list is read by all but analysts and changed (for
 * one's own organisation) by supervisors and organisation administrators.
 */
type Actor =
  | "assigned caseworker"
  | "other caseworker"
  | "supervisor"
  | "investigator"
  | "analyst"
  | "org admin"
  | "node admin"
  | "other agency supervisor";
type Action =
  | "selector.list"
  | "selector.add"
  | "selector.remove"
  | "selector.correlate"
  | "hit.query"
  | "hit.read"
  | "exclusion.list"
  | "exclusion.add";

const row = (
  list: number,
  add: number,
  remove: number,
  correlate: number,
  query: number,
  read: number,
  exclusionList: number,
  exclusionAdd: number,
): Record<Action, number> => ({
  "selector.list": list,
  "selector.add": add,
  "selector.remove": remove,
  "selector.correlate": correlate,
  "hit.query": query,
  "hit.read": read,
  "exclusion.list": exclusionList,
  "exclusion.add": exclusionAdd,
});

const matrix: Record<Actor, Record<Action, number>> = {
  "assigned caseworker": row(200, 201, 204, 200, 200, 200, 200, 403),
  "other caseworker": row(404, 404, 404, 404, 200, 404, 200, 403),
  supervisor: row(200, 201, 204, 200, 200, 200, 200, 201),
  investigator: row(200, 201, 403, 200, 200, 404, 200, 403),
  analyst: row(404, 404, 404, 404, 403, 404, 403, 403),
  "org admin": row(404, 404, 404, 404, 403, 404, 200, 201),
  "node admin": row(404, 404, 404, 404, 403, 404, 200, 403),
  "other agency supervisor": row(404, 404, 404, 404, 200, 404, 200, 201),
};

type World = { caseId: string; selectorId: string; hitQueryId: string; owner: Client };
const purpose = { code: "child_protection", text: "Checking a contact number" };
let serial = 0;

/** Ids an action needs; a removal gets a fresh identifier of the owner's (setup, not measured). */
async function target(w: World, action: Action, guessed: boolean) {
  if (guessed) return { caseId: randomUUID(), selectorId: randomUUID(), hitId: randomUUID() };
  let selectorId = w.selectorId;
  if (action === "selector.remove") {
    serial += 1;
    const s = await w.owner.request("POST", `/api/cases/${w.caseId}/selectors`, {
      kind: "email",
      value: `contact${serial}@example.org`,
    });
    selectorId = s.json.id;
  }
  return { caseId: w.caseId, selectorId, hitId: w.hitQueryId };
}

function perform(c: Client, action: Action, t: Awaited<ReturnType<typeof target>>) {
  switch (action) {
    case "selector.list":
      return c.request("GET", `/api/cases/${t.caseId}/selectors`);
    case "selector.add":
      serial += 1;
      return c.request("POST", `/api/cases/${t.caseId}/selectors`, {
        kind: "phone",
        value: `+8490${String(1_000_000 + serial)}`,
      });
    case "selector.remove":
      return c.request("DELETE", `/api/cases/${t.caseId}/selectors/${t.selectorId}`);
    case "selector.correlate":
      return c.request("GET", `/api/selectors/${t.selectorId}/correlation`);
    case "hit.query":
      return c.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+84901234567" }],
        purpose,
      });
    case "hit.read":
      return c.request("GET", `/api/selectors/hit-queries/${t.hitId}`);
    case "exclusion.list":
      return c.request("GET", "/api/selectors/exclusions");
    case "exclusion.add":
      serial += 1;
      return c.request("POST", "/api/selectors/exclusions", {
        kind: "phone",
        value: `+8424${String(30_000_000 + serial)}`,
        scope: "organisation",
        reason: "Office number",
      });
  }
}

describeEachDatabase(
  "authorisation matrix for selectors and hit/no-hit",
  (h) => {
    const w = {} as World;
    const clients = {} as Record<Actor, Client>;
    beforeAll(async () => {
      const a = await makeOrg(h);
      const b = await makeOrg(h, { agencyType: "police", countryCode: "TH" });
      const user = (org: { id: string }, role: Role) => makeUser(h, { org, role });
      const people: [Actor, TestUser][] = [
        ["assigned caseworker", await user(a, "caseworker")],
        ["other caseworker", await user(a, "caseworker")],
        ["supervisor", await user(a, "supervisor")],
        ["investigator", await user(a, "investigator")],
        ["analyst", await user(a, "analyst")],
        ["org admin", await user(a, "org_admin")],
        ["node admin", await user(a, "node_admin")],
        ["other agency supervisor", await user(b, "supervisor")],
      ];
      for (const [name, u] of people) clients[name] = await signInAs(h, u);
      w.owner = clients["assigned caseworker"];
      w.caseId = (await w.owner.request("POST", "/api/cases", caseBody())).json.id;
      w.selectorId = (
        await w.owner.request("POST", `/api/cases/${w.caseId}/selectors`, {
          kind: "handle",
          value: "t.me/matrix_recruiter",
        })
      ).json.id;
      w.hitQueryId = (
        await w.owner.request("POST", "/api/selectors/hit-query", {
          selectors: [{ kind: "handle", value: "t.me/matrix_recruiter" }],
          purpose,
        })
      ).json.queryId;
    });

    for (const actor of Object.keys(matrix) as Actor[]) {
      for (const action of Object.keys(matrix[actor]) as Action[]) {
        const hasNoId = action === "hit.query" || action.startsWith("exclusion.");
        for (const guessed of hasNoId ? [false] : [false, true]) {
          const expected = guessed ? 404 : matrix[actor][action];
          it(`${actor} ${action}${guessed ? " on a guessed id" : ""} → ${expected}`, async () => {
            const t = await target(w, action, guessed);
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
  },
  { HIT_QUERY_RATE_LIMIT_PER_HOUR: "1000" },
);
