import { randomUUID } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

/*
 * Who may screen: actor (role × organisation × relation to the case) × action → status, written
 * out by hand. Screening without a case stores nothing and is open to any signed-in user; saving
 * with a case follows the cases policy for changing it; listing, for seeing it. A guessed case id
 * answers 404 to everyone.
 */
type Actor =
  | "registering caseworker"
  | "other caseworker"
  | "supervisor"
  | "investigator"
  | "analyst"
  | "org admin"
  | "node admin"
  | "other agency's supervisor";
type Action = "instrument" | "screen.anonymous" | "screen.case" | "screenings.list";

const matrix: Record<Actor, Record<Action, number>> = {
  "registering caseworker": {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 200,
    "screenings.list": 200,
  },
  "other caseworker": {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 404,
    "screenings.list": 404,
  },
  supervisor: {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 200,
    "screenings.list": 200,
  },
  investigator: {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 403,
    "screenings.list": 200,
  },
  analyst: { instrument: 200, "screen.anonymous": 200, "screen.case": 404, "screenings.list": 404 },
  "org admin": {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 404,
    "screenings.list": 404,
  },
  "node admin": {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 404,
    "screenings.list": 404,
  },
  "other agency's supervisor": {
    instrument: 200,
    "screen.anonymous": 200,
    "screen.case": 404,
    "screenings.list": 404,
  },
};

const screening = {
  instrumentVersion: "2026-1",
  answers: { "act-recruitment": "yes", "purpose-forced-begging": "yes" },
  age: 9,
  ageEstimated: true,
  ageDisputed: false,
};

describeEachDatabase("screening authorisation matrix", (h) => {
  const clients = {} as Record<Actor, Client>;
  let caseId: string;
  beforeAll(async () => {
    const org = await makeOrg(h);
    const roles: [Actor, Role, { id: string } | null][] = [
      ["registering caseworker", "caseworker", org],
      ["other caseworker", "caseworker", org],
      ["supervisor", "supervisor", org],
      ["investigator", "investigator", org],
      ["analyst", "analyst", org],
      ["org admin", "org_admin", org],
      ["node admin", "node_admin", org],
      ["other agency's supervisor", "supervisor", null],
    ];
    for (const [actor, role, o] of roles)
      clients[actor] = await signInAs(h, await makeUser(h, { role, ...(o ? { org: o } : {}) }));
    caseId = (await clients["registering caseworker"].request("POST", "/api/cases", caseBody()))
      .json.id;
  });

  async function perform(actor: Actor, action: Action, id: string) {
    const c = clients[actor];
    switch (action) {
      case "instrument":
        return c.request("GET", "/api/screenings/instrument");
      case "screen.anonymous":
        return c.request("POST", "/api/screenings", screening);
      case "screen.case":
        return c.request("POST", "/api/screenings", { ...screening, caseId: id });
      case "screenings.list":
        return c.request("GET", `/api/cases/${id}/screenings`);
    }
  }

  for (const [actor, actions] of Object.entries(matrix) as [Actor, Record<Action, number>][])
    for (const [action, status] of Object.entries(actions) as [Action, number][]) {
      it(`${actor}: ${action} → ${status}`, async () => {
        expect((await perform(actor, action, caseId)).status).toBe(status);
        if (action === "screen.case" || action === "screenings.list")
          expect((await perform(actor, action, randomUUID())).status).toBe(404);
      });
    }
});
