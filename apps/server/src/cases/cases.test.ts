import { CaseCreateBody } from "@sahabat/shared";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { insertRegistration, selectCase } from "./queries.ts";

describeEachDatabase("cases", (h) => {
  let caseworker: Client;
  let caseworkerUser: TestUser;
  let supervisor: Client;
  let org: { id: string };
  beforeAll(async () => {
    org = await makeOrg(h);
    caseworkerUser = await makeUser(h, { org, role: "caseworker" });
    caseworker = await signInAs(h, caseworkerUser);
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
  });

  it("registers a 15-year-old girl with an estimated age; she is a child, and the read is audited", async () => {
    const res = await caseworker.request("POST", "/api/cases", caseBody());
    expect(res.status).toBe(201);
    expect(res.json.reference).toMatch(/^VN-\d{4}-\d{6}$/);
    expect(res.json.person).toMatchObject({
      givenName: "Thị Hoa",
      familyName: "Nguyễn",
      estimatedAgeYears: 15,
      age: { years: 15, isEstimated: true, isChild: true },
    });
    expect(res.json.status).toBe("open");
    expect(res.json.can).toEqual({
      update: true,
      assign: false,
      requestClosure: true,
      approveClosure: false,
    });
    const detail = await caseworker.request(
      "GET",
      `/api/cases/${res.json.id}?purpose=case%20review`,
    );
    expect(detail.status).toBe(200);
    // The registration answers what it wrote without reading it back: the same as a read.
    expect(res.json).toEqual(detail.json);
    const reads = await h.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("action", "=", "person.read")
      .where("resource_id", "=", res.json.person.id)
      .where("purpose", "=", "case review")
      .execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]?.actor_user_id).toBe(caseworkerUser.id);
  });

  it("answers a registration with contacts, documents and a colleague assigned exactly as a read of it", async () => {
    const colleague = await makeUser(h, { org, role: "caseworker" });
    const res = await supervisor.request(
      "POST",
      "/api/cases",
      caseBody(
        { assignedUserId: colleague.id },
        {
          contacts: [
            { relation: "guardian", name: "Nguyễn Văn Bình", isLegalGuardian: true },
            { relation: "relative", name: "Lê Thị Lan", phone: "+84901234568" },
          ],
          documents: [
            { documentType: "passport", number: "C1234567", issuingCountry: "VN" },
            { documentType: "birth_certificate", number: "A-77" },
          ],
        },
      ),
    );
    expect(res.status).toBe(201);
    expect(res.json.assignee).toEqual({ id: colleague.id, displayName: expect.any(String) });
    expect(res.json.person.contacts.map((c: { name: string }) => c.name)).toEqual([
      "Nguyễn Văn Bình",
      "Lê Thị Lan",
    ]);
    expect(res.json.person.documents).toHaveLength(2);
    const detail = await supervisor.request("GET", `/api/cases/${res.json.id}`);
    const sorted = (x: { id: string }[]) => [...x].sort((a, b) => a.id.localeCompare(b.id));
    expect({
      ...res.json,
      person: {
        ...res.json.person,
        contacts: sorted(res.json.person.contacts),
        documents: sorted(res.json.person.documents),
      },
    }).toEqual({
      ...detail.json,
      person: {
        ...detail.json.person,
        contacts: sorted(detail.json.person.contacts),
        documents: sorted(detail.json.person.documents),
      },
    });
    // Two reads of her identifying data, each audited: the registration's answer and the detail.
    const reads = await h.db
      .selectFrom("audit_entries")
      .select("id")
      .where("action", "=", "person.read")
      .where("resource_id", "=", res.json.person.id)
      .execute();
    expect(reads).toHaveLength(2);
  });

  it("inserts a registration in one statement answering her record and the case exactly as reads of them", async () => {
    const colleague = await makeUser(h, { org, role: "caseworker" });
    const today = h.clock.now().toISOString().slice(0, 10);
    const register = (body: CaseCreateBody) =>
      h.db.transaction().execute(async (db) => {
        const inserted = await insertRegistration(db, body, {
          organisationId: org.id,
          countryCode: "VN",
          today,
          createdBy: caseworkerUser.id,
          now: h.clock.now(),
        });
        const { rows } = await sql<{ statement: string }>`
          select statement from pg_prepared_statements
          where statement like ${'with "p" as (insert into "persons"%"cs" as (insert into "cases"%'}`.execute(
          db,
        );
        return { ...inserted, prepared: rows.length };
      });
    const full = CaseCreateBody.parse(
      caseBody(
        {
          assignedUserId: colleague.id,
          transit: [{ country: "KH", province: "Koh Kong" }],
          riskReason: "recruiter knows the family",
        },
        { documents: [{ documentType: "passport", number: "C1234567", issuingCountry: "VN" }] },
      ),
    );
    const bare = CaseCreateBody.parse(caseBody({}, { contacts: [] }));
    const answers = [await register(full), await register(bare)];
    for (const answer of answers) {
      // Types intact: Dates stay Dates, dates 'YYYY-MM-DD' strings, arrays and JSON as read.
      expect(answer.row).toStrictEqual(await selectCase(h.db, answer.row.id));
      const personId = answer.person.person.id;
      expect(answer.person.person).toStrictEqual(
        await h.db.selectFrom("persons").selectAll().where("id", "=", personId).executeTakeFirst(),
      );
      expect(answer.person.contacts).toStrictEqual(
        await h.db
          .selectFrom("person_contacts")
          .select(["id", "relation", "name", "phone", "is_legal_guardian"])
          .where("person_id", "=", personId)
          .execute(),
      );
      expect(answer.person.documents).toStrictEqual(
        await h.db
          .selectFrom("person_documents")
          .select(["id", "document_type", "number", "issuing_country"])
          .where("person_id", "=", personId)
          .execute(),
      );
      expect(answer.row.person_id).toBe(answer.person.person.id);
      expect(answer.row.organisation_id).toBe(org.id);
      expect(answer.row.created_by).toBe(caseworkerUser.id);
      expect(answer.row.reference).toMatch(new RegExp(`^VN-${today.slice(0, 4)}-\\d{6,}$`));
      // Prepared once on the server's connection; PGlite runs each statement as it comes.
      expect(answer.prepared).toBe(h.engine === "postgres" ? 1 : 0);
    }
    expect(answers[0]!.assigneeDisplayName).toBe(colleague.displayName);
    expect(answers[1]!.row.assigned_user_id).toBe(caseworkerUser.id);
    // The references still come from one sequence, in order.
    const [first, second] = answers.map((a) => Number(a.row.reference.split("-")[2]));
    expect(second).toBeGreaterThan(first!);
    // A case the database refuses leaves no person behind: it is one statement.
    const before = await h.db.selectFrom("persons").select("id").execute();
    await expect(register({ ...bare, riskLevel: "extreme" as "high" })).rejects.toThrow();
    expect(await h.db.selectFrom("persons").select("id").execute()).toHaveLength(before.length);
  });

  it("an age that is unknown or disputed is presumed a child", async () => {
    const unknown = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody({}, { estimatedAgeYears: undefined }),
    );
    expect(unknown.json.person.age).toEqual({
      years: null,
      isEstimated: false,
      isChild: true,
      isPresumedChild: true,
    });
    const disputed = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody({}, { estimatedAgeYears: 19, isAgeDisputed: true }),
    );
    expect(disputed.json.person.age).toMatchObject({
      years: 19,
      isChild: true,
      isPresumedChild: true,
    });
  });

  it("finds her by name with or without Vietnamese diacritics, and audits the names shown", async () => {
    const created = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody({}, { givenName: "Thị Đào", givenNameLatin: "Thi Dao" }),
    );
    for (const q of ["Đào", "dao", "NGUYEN THI DAO", "nguyễn thị đào"]) {
      const res = await caseworker.request("GET", `/api/cases?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(
        res.json.cases.map((c: { id: string }) => c.id),
        q,
      ).toContain(created.json.id);
    }
    const none = await caseworker.request("GET", `/api/cases?q=${encodeURIComponent("%_'; drop")}`);
    expect(none.json.cases).toEqual([]);
    const listed = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "person.list")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect((listed.details as { personIds: string[] }).personIds).toContain(created.json.person.id);
  });

  it("pages by cursor without skipping or repeating", async () => {
    for (let i = 0; i < 5; i++)
      await caseworker.request(
        "POST",
        "/api/cases",
        caseBody({ riskLevel: "low" }, { givenName: `Lan ${i}` }),
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { json: { cases: { id: string }[]; nextCursor: string | null } } =
        await caseworker.request(
          "GET",
          `/api/cases?riskLevel=low&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        );
      seen.push(...res.json.cases.map((c) => c.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
  });

  // Each combination of filters is its own compiled query (page-query.ts): a wrong or missing
  // condition shows as a wrong list.
  it("filters the list by status, exploitation type, risk and assignment, alone and together", async () => {
    const own = await makeOrg(h);
    const worker = await signInAs(h, await makeUser(h, { org: own, role: "caseworker" }));
    const boss = await signInAs(h, await makeUser(h, { org: own, role: "supervisor" }));
    const labour = await worker.request(
      "POST",
      "/api/cases",
      caseBody({ exploitationTypes: ["forced_labour"], riskLevel: "medium" }),
    );
    const sexual = await boss.request("POST", "/api/cases", caseBody({ riskLevel: "high" }));
    const ids = async (client: Client, query: string) => {
      const res = await client.request("GET", `/api/cases?${query}`);
      expect(res.status).toBe(200);
      return (res.json.cases as { id: string }[]).map((c) => c.id).sort();
    };
    const both = [labour.json.id, sexual.json.id].sort();
    expect(await ids(boss, "exploitationType=forced_labour")).toEqual([labour.json.id]);
    expect(await ids(boss, "riskLevel=high&exploitationType=sexual_exploitation")).toEqual([
      sexual.json.id,
    ]);
    expect(await ids(boss, "riskLevel=high&exploitationType=forced_labour")).toEqual([]);
    expect(await ids(boss, "status=open")).toEqual(both);
    expect(await ids(boss, "status=closed")).toEqual([]);
    expect(await ids(boss, "assignedToMe=true")).toEqual([sexual.json.id]);
    expect(await ids(boss, "assignedToMe=true&q=thi%20hoa&status=open")).toEqual([sexual.json.id]);
    // A caseworker's list holds only what she registered or was given.
    expect(await ids(worker, "")).toEqual([labour.json.id]);
    expect(await ids(worker, "q=nguyen&status=open&riskLevel=medium")).toEqual([labour.json.id]);
  });

  it("closes only with a supervisor's approval, never the requester's own", async () => {
    const created = await caseworker.request("POST", "/api/cases", caseBody());
    const id = created.json.id;
    const early = await supervisor.request("POST", `/api/cases/${id}/closure/decision`, {
      approve: true,
    });
    expect(early.status).toBe(409);
    expect(
      (await caseworker.request("POST", `/api/cases/${id}/status`, { to: "in_services" })).status,
    ).toBe(409);
    expect(
      (await caseworker.request("POST", `/api/cases/${id}/status`, { to: "assessed" })).json.status,
    ).toBe("assessed");
    expect(
      (await caseworker.request("POST", `/api/cases/${id}/status`, { to: "in_services" })).json
        .status,
    ).toBe("in_services");
    expect(
      (await caseworker.request("POST", `/api/cases/${id}/closure`, { outcome: "reintegrated" }))
        .json.status,
    ).toBe("closure_requested");
    expect(
      (await caseworker.request("POST", `/api/cases/${id}/closure/decision`, { approve: true }))
        .status,
    ).toBe(403);
    const closed = await supervisor.request("POST", `/api/cases/${id}/closure/decision`, {
      approve: true,
    });
    expect(closed.json).toMatchObject({ status: "closed", closureOutcome: "reintegrated" });
    expect(closed.json.can.update).toBe(false);
    const actions = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", id)
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "case.create",
      "case.status",
      "case.status",
      "case.closure_request",
      "case.close",
    ]);
  });

  it("refuses impossible ages and dates, naming the field, writing nothing", async () => {
    const before = await h.db
      .selectFrom("persons")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    // The last column: the stable code the web words the refusal by (any code for the rest).
    const cases: [Record<string, unknown>, Record<string, unknown>, string, string?][] = [
      [
        {},
        { dateOfBirth: "2999-01-01", estimatedAgeYears: undefined },
        "person.dateOfBirth",
        "date_in_future",
      ],
      [{}, { estimatedAgeYears: 130 }, "person.estimatedAgeYears", "too_big"],
      [
        {},
        { dateOfBirth: "2000-01-01", estimatedAgeYears: 15 },
        "person.estimatedAgeYears",
        "age_contradicts_birth",
      ],
      [{}, { dateOfBirth: "2011-02-30", estimatedAgeYears: undefined }, "person.dateOfBirth"],
      [{ registeredOn: "2999-01-01" }, {}, "registeredOn", "date_in_future"],
      [{ exploitationTypes: ["tourism"] }, {}, "exploitationTypes.0", "invalid_value"],
      [{}, { nationalityStatus: "stateless" }, "person.nationality"],
      [
        { assignedUserId: "00000000-0000-4000-8000-000000000000" },
        {},
        "assignedUserId",
        "choose_colleague",
      ],
    ];
    for (const [overrides, person, field, code] of cases) {
      const res = await caseworker.request("POST", "/api/cases", caseBody(overrides, person));
      expect([400, 422], field).toContain(res.status);
      const error = res.json.errors.find((e: { field: string }) => e.field === field);
      expect(error, field).toMatchObject({ code: code ?? expect.any(String) });
    }
    const after = await h.db
      .selectFrom("persons")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("another organisation's staff get 404; analysts and administrators see no case", async () => {
    const created = await caseworker.request("POST", "/api/cases", caseBody());
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    expect((await stranger.request("GET", `/api/cases/${created.json.id}`)).status).toBe(404);
    expect(
      (await stranger.request("POST", `/api/cases/${created.json.id}/status`, { to: "assessed" }))
        .status,
    ).toBe(404);
    expect(
      (await stranger.request("GET", "/api/cases")).json.cases.map((c: { id: string }) => c.id),
    ).not.toContain(created.json.id);
    for (const role of ["analyst", "org_admin", "node_admin"] as const) {
      const c = await signInAs(h, await makeUser(h, { org, role }));
      expect((await c.request("GET", `/api/cases/${created.json.id}`)).status, role).toBe(404);
      expect((await c.request("GET", "/api/cases")).status, role).toBe(403);
    }
    const colleague = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    expect((await colleague.request("GET", `/api/cases/${created.json.id}`)).status).toBe(404);
  });

  it("changes what is known about the case, field by field, and refuses it once closed", async () => {
    const id = (await caseworker.request("POST", "/api/cases", caseBody())).json.id;
    const res = await caseworker.request("PATCH", `/api/cases/${id}`, {
      riskLevel: "low",
      riskReason: null,
      transit: [{ country: "KH" }],
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      riskLevel: "low",
      riskReason: null,
      transit: [{ country: "KH" }],
      exploitationTypes: ["sexual_exploitation"],
    });
    expect((await caseworker.request("PATCH", `/api/cases/${id}`, {})).status).toBe(400);
    expect(
      (await caseworker.request("PATCH", `/api/cases/${id}`, { person: { givenName: "x" } }))
        .status,
    ).toBe(400);
    const entry = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "case.update")
      .where("resource_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ fields: ["riskLevel", "riskReason", "transit"] });
  });

  it("accepts today's date wherever it is already today (local dates run ahead of UTC), not a day later", async () => {
    const latest = new Date(h.clock.now().getTime() + 14 * 3_600_000);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(
      (await caseworker.request("POST", "/api/cases", caseBody({ registeredOn: iso(latest) })))
        .status,
    ).toBe(201);
    const dayAfter = new Date(latest.getTime() + 86_400_000);
    const refused = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody({ registeredOn: iso(dayAfter) }),
    );
    expect(refused.json.errors[0].field).toBe("registeredOn");
  });

  it("corrects the person's name and age; search follows; impossible ages are refused", async () => {
    const id = (
      await caseworker.request("POST", "/api/cases", caseBody({}, { givenName: "Thị Hoa" }))
    ).json.id;
    const res = await caseworker.request("PATCH", `/api/cases/${id}/person`, {
      givenName: "Thị Huệ",
      givenNameLatin: "Thi Hue",
      estimatedAgeYears: 14,
    });
    expect(res.status).toBe(200);
    expect(res.json.person).toMatchObject({
      givenName: "Thị Huệ",
      estimatedAgeYears: 14,
      age: { years: 14, isChild: true },
    });
    expect(
      (await caseworker.request("GET", "/api/cases?q=hue")).json.cases.map(
        (c: { id: string }) => c.id,
      ),
    ).toContain(id);
    expect(
      (await caseworker.request("PATCH", `/api/cases/${id}/person`, { dateOfBirth: "2999-01-01" }))
        .json.errors[0].field,
    ).toBe("dateOfBirth");
    expect(
      (
        await caseworker.request("PATCH", `/api/cases/${id}/person`, {
          dateOfBirth: "2000-01-01",
          estimatedAgeYears: 14,
        })
      ).json.errors[0].field,
    ).toBe("estimatedAgeYears");
    expect(
      (await caseworker.request("PATCH", `/api/cases/${id}/person`, { nationality: "VN" })).status,
    ).toBe(400);
    const entry = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "person.update")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ fields: ["estimatedAgeYears", "givenName", "givenNameLatin"] });
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    expect(
      (await stranger.request("PATCH", `/api/cases/${id}/person`, { givenName: "x" })).status,
    ).toBe(404);
  });

  it("finds a name typed in either order, word by word (a Khmer family name first)", async () => {
    const created = await caseworker.request(
      "POST",
      "/api/cases",
      caseBody(
        {},
        {
          givenName: "ចន្ថា",
          familyName: "ចាន់",
          givenNameLatin: "Chantha",
          familyNameLatin: "Chan",
          nameOrder: "family_first",
          nationality: "KH",
          languages: ["km"],
        },
      ),
    );
    for (const q of ["ចាន់ ចន្ថា", "ចន្ថា ចាន់", "chan chantha", "Chantha Chan"]) {
      const res = await caseworker.request("GET", `/api/cases?q=${encodeURIComponent(q)}`);
      expect(
        res.json.cases.map((c: { id: string }) => c.id),
        q,
      ).toContain(created.json.id);
    }
    expect(
      (
        await caseworker.request("GET", `/api/cases?q=${encodeURIComponent("ចាន់ Nguyen")}`)
      ).json.cases.map((c: { id: string }) => c.id),
    ).not.toContain(created.json.id);
  });
});
