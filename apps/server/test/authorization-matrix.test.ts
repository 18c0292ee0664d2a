import { randomUUID } from "node:crypto";
import type { Role } from "@sahabat/shared";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "./client.ts";
import { makeOrg, makeUser, type TestUser } from "./factories.ts";
import { describeEachDatabase, type Harness } from "./harness.ts";

/*
 * The authorisation matrix: role × relation (own organisation, another organisation, a guessed
 * id) × resource action → expected status. The expectations are written out here by hand, not
 * derived from the policy code, so a change to a policy must change this table too.
 * "200-empty" means 200 with nothing in it; "200-scoped" means 200 holding only entries about the
 * actor's own organisation or caused by its staff (asking for another organisation's trail shows
 * no more than that).
 */
type Relation = "own" | "other" | "guessed";
type Action =
  | "organisation.read"
  | "organisation.update"
  | "organisation.create"
  | "user.read"
  | "user.update"
  | "user.create"
  | "audit.list";
type Expected = 200 | 201 | "200-empty" | "200-scoped" | 403 | 404;

const roles: Role[] = [
  "node_admin",
  "org_admin",
  "supervisor",
  "caseworker",
  "investigator",
  "analyst",
];
const actions: Action[] = [
  "organisation.read",
  "organisation.update",
  "organisation.create",
  "user.read",
  "user.update",
  "user.create",
  "audit.list",
];

const staff = (own: Expected, other: Expected): Record<Relation, Expected> => ({
  own,
  other,
  guessed: other === "200-scoped" ? "200-empty" : 404,
});

const matrix: Record<Role, Record<Action, Record<Relation, Expected>>> = {
  node_admin: {
    "organisation.read": staff(200, 200),
    "organisation.update": staff(200, 200),
    "organisation.create": { own: 201, other: 201, guessed: 201 },
    "user.read": staff(200, 200),
    "user.update": staff(200, 200),
    "user.create": staff(201, 201),
    "audit.list": { own: 200, other: 200, guessed: "200-empty" },
  },
  org_admin: {
    "organisation.read": staff(200, 404),
    "organisation.update": staff(200, 404),
    "organisation.create": { own: 403, other: 403, guessed: 403 },
    "user.read": staff(200, 404),
    "user.update": staff(200, 404),
    "user.create": staff(201, 404),
    "audit.list": staff(200, "200-scoped"),
  },
  supervisor: {
    "organisation.read": staff(200, 404),
    "organisation.update": staff(403, 404),
    "organisation.create": { own: 403, other: 403, guessed: 403 },
    "user.read": staff(200, 404),
    "user.update": staff(403, 404),
    "user.create": staff(403, 404),
    "audit.list": staff(200, "200-scoped"),
  },
  caseworker: {
    "organisation.read": staff(200, 404),
    "organisation.update": staff(403, 404),
    "organisation.create": { own: 403, other: 403, guessed: 403 },
    "user.read": staff(404, 404),
    "user.update": staff(404, 404),
    "user.create": staff(403, 404),
    "audit.list": { own: 403, other: 403, guessed: 403 },
  },
  investigator: {} as never,
  analyst: {} as never,
};
matrix.investigator = matrix.caseworker;
matrix.analyst = matrix.caseworker;

type World = {
  orgs: Record<"own" | "other", { id: string }>;
  targets: Record<"own" | "other", TestUser>;
  clients: Record<Role, Client>;
};

function target(w: World, relation: Relation, kind: "org" | "user"): string {
  if (relation === "guessed") return randomUUID();
  return kind === "org" ? w.orgs[relation].id : w.targets[relation].id;
}

async function perform(h: Harness, w: World, role: Role, action: Action, relation: Relation) {
  const c = w.clients[role];
  const email = `m${randomUUID().slice(0, 8)}@test.sahabat.example`;
  switch (action) {
    case "organisation.read":
      return {
        res: await c.request("GET", `/api/organisations/${target(w, relation, "org")}`),
        email,
      };
    case "organisation.update":
      return {
        res: await c.request("PATCH", `/api/organisations/${target(w, relation, "org")}`, {
          province: "Đồng Tháp",
        }),
        email,
      };
    case "organisation.create":
      return {
        res: await c.request("POST", "/api/organisations", {
          name: "Trung tâm Công tác xã hội",
          agencyType: "ngo",
          countryCode: "VN",
        }),
        email,
      };
    case "user.read":
      return { res: await c.request("GET", `/api/users/${target(w, relation, "user")}`), email };
    case "user.update":
      return {
        res: await c.request("PATCH", `/api/users/${target(w, relation, "user")}`, {
          displayName: "Renamed",
        }),
        email,
      };
    case "user.create":
      return {
        res: await c.request("POST", "/api/users", {
          organisationId: target(w, relation, "org"),
          email,
          displayName: "Nguyễn Văn An",
          role: "caseworker",
          locale: "vi",
          password: "a long enough password",
        }),
        email,
      };
    case "audit.list":
      return {
        res: await c.request("GET", `/api/audit?organisationId=${target(w, relation, "org")}`),
        email,
      };
  }
  void h;
}

describeEachDatabase("authorisation matrix", (h) => {
  const w = {} as World;
  beforeAll(async () => {
    const own = await makeOrg(h);
    const other = await makeOrg(h, { countryCode: "TH", agencyType: "shelter" });
    w.orgs = { own, other };
    w.targets = { own: await makeUser(h, { org: own }), other: await makeUser(h, { org: other }) };
    await signInAs(h, w.targets.other);
    w.clients = {} as Record<Role, Client>;
    for (const role of roles)
      w.clients[role] = await signInAs(h, await makeUser(h, { role, org: own }));
  });

  for (const role of roles) {
    for (const action of actions) {
      for (const relation of ["own", "other", "guessed"] as Relation[]) {
        const expected = matrix[role][action][relation];
        it(`${role} ${action} on ${relation} → ${expected}`, async () => {
          const auditBefore = await h.db
            .selectFrom("audit_entries")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow();
          const { res, email } = (await perform(h, w, role, action, relation))!;
          if (expected === "200-empty" || expected === "200-scoped") {
            expect(res.status).toBe(200);
            if (expected === "200-empty") expect(res.json.entries).toEqual([]);
            for (const e of res.json.entries) {
              expect([e.organisationId, e.actorOrganisationId]).toContain(w.orgs.own.id);
            }
            return;
          }
          expect(res.status).toBe(expected);
          if (expected === 403 || expected === 404) {
            expect(res.json.type).toMatch(expected === 403 ? /forbidden$/ : /not-found$/);
            const auditAfter = await h.db
              .selectFrom("audit_entries")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow();
            expect(auditAfter.n).toBe(auditBefore.n);
            const created = await h.db
              .selectFrom("users")
              .select("id")
              .where("email", "=", email)
              .executeTakeFirst();
            expect(created).toBeUndefined();
          }
        });
      }
    }
  }
});
