import { randomUUID } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "./client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "./factories.ts";
import { describeEachDatabase } from "./harness.ts";

/*
 * The authorisation matrix for children's records: actor (role × organisation × relation to the
 * case) × action → expected status, written out by hand. Organisation A owns the case, assigned
 * to one of its caseworkers, and has referred it to organisation B (a shelter). A guessed id
 * answers 404 to everyone.
 */
type Actor =
  | "assigned caseworker"
  | "other caseworker"
  | "supervisor"
  | "investigator"
  | "analyst"
  | "org admin"
  | "node admin"
  | "receiving caseworker"
  | "receiving supervisor"
  | "receiving analyst";
type Action =
  | "case.read"
  | "case.note"
  | "plan.read"
  | "plan.write"
  | "case.assign"
  | "referral.read"
  | "case.create";

const row = (
  read: number,
  note: number,
  planRead: number,
  planWrite: number,
  assign: number,
  referral: number,
  create: number,
): Record<Action, number> => ({
  "case.read": read,
  "case.note": note,
  "plan.read": planRead,
  "plan.write": planWrite,
  "case.assign": assign,
  "referral.read": referral,
  "case.create": create,
});

const matrix: Record<Actor, Record<Action, number>> = {
  "assigned caseworker": row(200, 201, 200, 200, 403, 200, 201),
  "other caseworker": row(404, 404, 404, 404, 404, 404, 201),
  supervisor: row(200, 201, 200, 200, 200, 200, 201),
  investigator: row(200, 403, 200, 403, 403, 200, 403),
  analyst: row(404, 404, 404, 404, 404, 404, 403),
  "org admin": row(404, 404, 404, 404, 404, 404, 403),
  "node admin": row(404, 404, 404, 404, 404, 404, 403),
  "receiving caseworker": row(404, 404, 404, 404, 404, 200, 201),
  "receiving supervisor": row(404, 404, 404, 404, 404, 200, 201),
  "receiving analyst": row(404, 404, 404, 404, 404, 404, 403),
};

type World = {
  caseId: string;
  referralId: string;
  assignee: TestUser;
  clients: Record<Actor, Client>;
};

async function perform(w: World, actor: Actor, action: Action, guessed: boolean) {
  const c = w.clients[actor];
  const caseId = guessed ? randomUUID() : w.caseId;
  switch (action) {
    case "case.read":
      return c.request("GET", `/api/cases/${caseId}`);
    case "case.note":
      return c.request("POST", `/api/cases/${caseId}/notes`, { body: "Ghi chú" });
    case "plan.read":
      return c.request("GET", `/api/cases/${caseId}/plan`);
    case "plan.write":
      return c.request("PUT", `/api/cases/${caseId}/plan/MSP09`, { status: "planned" });
    case "case.assign":
      return c.request("POST", `/api/cases/${caseId}/assignment`, { userId: w.assignee.id });
    case "referral.read":
      return c.request("GET", `/api/referrals/${guessed ? randomUUID() : w.referralId}`);
    case "case.create":
      return c.request("POST", "/api/cases", caseBody());
  }
}

describeEachDatabase("authorisation matrix for cases and referrals", (h) => {
  const w = {} as World;
  beforeAll(async () => {
    const a = await makeOrg(h);
    const b = await makeOrg(h, { agencyType: "shelter", countryCode: "TH" });
    const user = (org: { id: string }, role: Role) => makeUser(h, { org, role });
    w.assignee = await user(a, "caseworker");
    const people: [Actor, TestUser][] = [
      ["assigned caseworker", w.assignee],
      ["other caseworker", await user(a, "caseworker")],
      ["supervisor", await user(a, "supervisor")],
      ["investigator", await user(a, "investigator")],
      ["analyst", await user(a, "analyst")],
      ["org admin", await user(a, "org_admin")],
      ["node admin", await user(a, "node_admin")],
      ["receiving caseworker", await user(b, "caseworker")],
      ["receiving supervisor", await user(b, "supervisor")],
      ["receiving analyst", await user(b, "analyst")],
    ];
    w.clients = {} as Record<Actor, Client>;
    for (const [name, u] of people) w.clients[name] = await signInAs(h, u);
    const owner = w.clients["assigned caseworker"];
    w.caseId = (await owner.request("POST", "/api/cases", caseBody())).json.id;
    const provider = await w.clients["node admin"].request("POST", "/api/directory", {
      organisationId: b.id,
      name: "บ้านพักเด็ก",
      services: ["MSP03"],
      countryCode: "TH",
    });
    w.referralId = (
      await owner.request("POST", `/api/cases/${w.caseId}/referrals`, {
        providerId: provider.json.id,
        serviceKey: "MSP03",
        sharedFields: ["person.age"],
        reason: "Safe place",
        legalBasis: "ACTIP Art. 14",
      })
    ).json.id;
  });

  for (const actor of Object.keys(matrix) as Actor[]) {
    for (const action of Object.keys(matrix[actor]) as Action[]) {
      for (const guessed of action === "case.create" ? [false] : [false, true]) {
        const expected = guessed ? 404 : matrix[actor][action];
        it(`${actor} ${action}${guessed ? " on a guessed id" : ""} → ${expected}`, async () => {
          const count = async () =>
            (
              await h.db
                .selectFrom("audit_entries")
                .select((eb) => eb.fn.countAll().as("n"))
                .executeTakeFirstOrThrow()
            ).n;
          const before = await count();
          const res = await perform(w, actor, action, guessed);
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
