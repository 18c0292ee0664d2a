import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/* A Thai officer screens a Khmer-speaking child recruited into a scam compound. */
const answers = {
  "act-recruitment": "yes",
  "act-transportation": "yes",
  "purpose-forced-criminality": "yes",
  "ind-scm-04": "yes",
  "ind-scm-07": "yes",
  "ctx-consented": "yes",
  "ctx-first-contact": "online",
  "ctx-hours-per-day": 14,
};
const screening = {
  instrumentVersion: "2026-1",
  answers,
  age: 16,
  ageEstimated: true,
  ageDisputed: false,
  profile: "TH",
  interviewLanguage: "km",
};

async function counts(h: Harness) {
  const n = async (table: "audit_entries" | "case_screenings") =>
    Number(
      (
        await h.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { audit: await n("audit_entries"), screenings: await n("case_screenings") };
}

async function auditActions(h: Harness, caseId: string) {
  const rows = await h.db
    .selectFrom("audit_entries")
    .select(["action", "details"])
    .where("resource_id", "=", caseId)
    .execute();
  return rows.map((r) => r.action);
}

describeEachDatabase("screening by answers", (h) => {
  let officer: Client;
  let investigator: Client;
  let stranger: Client;
  let caseId: string;
  let originalTypes: string[];

  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "TH", agencyType: "social_welfare" });
    officer = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    investigator = await signInAs(h, await makeUser(h, { org, role: "investigator" }));
    stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    const created = await officer.request(
      "POST",
      "/api/cases",
      caseBody(
        { foundCountry: "TH", exploitationTypes: ["forced_labour"] },
        {
          givenName: "Sreymom",
          familyName: "Chan",
          givenNameLatin: "Sreymom",
          familyNameLatin: "Chan",
          nationality: "KH",
          languages: ["km"],
        },
      ),
    );
    expect(created.status).toBe(201);
    caseId = created.json.id;
    originalTypes = ["forced_labour"];
  });

  it("serves the instrument in nine languages, drafts marked, to any signed-in user", async () => {
    const res = await investigator.request("GET", "/api/screenings/instrument");
    expect(res.status).toBe(200);
    expect(res.json.version).toBe("2026-1");
    expect(res.json.languages).toHaveLength(9);
    const q = res.json.questions.find((x: { id: string }) => x.id === "act-recruitment");
    expect(q.text.km).toMatchObject({ review: "draft" });
    expect(q.text.km.child.length).toBeGreaterThan(10);
    expect(q.text.en.review).toBe("source");
    expect((await investigator.request("GET", "/api/screenings/instrument/2026-1")).status).toBe(
      200,
    );
    const none = await investigator.request("GET", "/api/screenings/instrument/1999-1");
    expect(none.status).toBe(404);
  });

  it("screens anonymously, storing nothing, and explains which answers met which element", async () => {
    const before = await counts(h);
    const res = await stranger.request("POST", "/api/screenings", screening);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: null,
      caseId: null,
      status: "anonymous",
      instrumentVersion: "2026-1",
      determination: "presumed_victim",
      national: { country: "TH", determination: "no_indication" },
      proposedCaseUpdate: null,
    });
    const acts = res.json.explanation.find((l: { code: string }) => l.code === "acts.established");
    expect(acts.questionIds).toEqual(["act-recruitment", "act-transportation"]);
    expect(acts.reference).toContain("Palermo Protocol Art. 3(a)");
    expect(res.json.indicators.map((i: { id: string }) => i.id).sort()).toEqual([
      "LAB-05",
      "ONL-01",
      "SCM-04",
      "SCM-07",
    ]);
    expect(res.json.proposedServices.map((s: { service: string }) => s.service)).toContain("MSP04");
    expect(await counts(h)).toEqual(before);
  });

  it("refuses hostile answers with 400 naming the field, and writes nothing", async () => {
    const before = await counts(h);
    const field = async (body: unknown) => {
      const res = await officer.request("POST", "/api/screenings", body);
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      return res.json.errors.map((e: { field: string }) => e.field);
    };
    expect(await field({ ...screening, answers: { "act-teleportation": "yes" } })).toEqual([
      "answers.act-teleportation",
    ]);
    expect(await field({ ...screening, answers: { "act-recruitment": 1 } })).toEqual([
      "answers.act-recruitment",
    ]);
    expect(await field({ ...screening, answers: { "ctx-hours-per-day": "many" } })).toEqual([
      "answers.ctx-hours-per-day",
    ]);
    const unknownVersion = await officer.request("POST", "/api/screenings", {
      ...screening,
      instrumentVersion: "1999-1",
    });
    expect(unknownVersion.status).toBe(400);
    expect(unknownVersion.json.errors).toEqual([
      {
        field: "instrumentVersion",
        message: expect.any(String),
        code: "unknown_instrument_version",
      },
    ]);
    expect(await field({ ...screening, dateOfBirth: "2000-01-01" })).toEqual(["age"]);
    expect(await field({ ...screening, profile: "ZZ" })).toEqual(["profile"]);
    const draftWithoutCase = await officer.request("POST", "/api/screenings", {
      ...screening,
      draft: true,
    });
    expect(draftWithoutCase.status).toBe(400);
    expect(draftWithoutCase.json.errors).toEqual([
      { field: "draft", message: expect.any(String), code: "draft_needs_case" },
    ]);
    expect(await field({ ...screening, answers: { "act-recruitment": { $ne: 1 } } })).toEqual([
      "answers.act-recruitment",
    ]);
    expect(await field({ ...screening, extra: 1 })).toEqual(["extra"]);
    expect(
      await field({ ...screening, caseId, answers: { "__proto__-x": "yes", "act-receipt": true } }),
    ).toEqual(["answers.act-receipt"]);
    expect(await counts(h)).toEqual(before);
  });

  it("saves a draft with the case without a determination, then completes it, audited, case untouched", async () => {
    const draft = await officer.request("POST", "/api/screenings", {
      ...screening,
      caseId,
      answers: { "act-recruitment": "yes" },
      draft: true,
    });
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ status: "draft", determination: null, caseId });
    expect(draft.json.explanation).toEqual([]);
    const row = await h.db
      .selectFrom("case_screenings")
      .selectAll()
      .where("id", "=", draft.json.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "draft", determination: null, interview_language: "km" });

    const done = await officer.request("POST", "/api/screenings", { ...screening, caseId });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      id: draft.json.id,
      status: "completed",
      determination: "presumed_victim",
      proposedCaseUpdate: {
        exploitationTypes: ["forced_criminality", "forced_labour"],
        addedExploitationTypes: ["forced_criminality"],
        status: "assessed",
      },
    });
    const reasons = done.json.proposedServices.map(
      (s: { service: string; reason: string }) => `${s.service}:${s.reason}`,
    );
    expect(reasons).toEqual(expect.arrayContaining(["MSP03:safe_care", "MSP01:repatriation"]));
    const stored = await h.db
      .selectFrom("case_screenings")
      .selectAll()
      .where("case_id", "=", caseId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: "completed",
      determination: "presumed_victim",
      instrument_version: "2026-1",
      age: 16,
    });
    expect(stored[0]?.completed_at).not.toBeNull();
    const kase = await h.db
      .selectFrom("cases")
      .select(["exploitation_types", "status"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(kase).toEqual({ exploitation_types: originalTypes, status: "open" });
    const actions = await auditActions(h, caseId);
    expect(actions).toEqual(expect.arrayContaining(["case.screening_draft", "case.screening"]));
    const screeningAudit = await h.db
      .selectFrom("audit_entries")
      .select(["details"])
      .where("action", "=", "case.screening")
      .where("resource_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(screeningAudit.details)).not.toContain("act-recruitment");

    const again = await officer.request(
      "PUT",
      `/api/cases/${caseId}/screenings/${draft.json.id}`,
      screening,
    );
    expect(again.status).toBe(409);
  });

  it("completes a draft by PUT, and lists the case's screenings as an audited read", async () => {
    const draft = await officer.request("POST", "/api/screenings", {
      ...screening,
      caseId,
      draft: true,
    });
    const put = await officer.request("PUT", `/api/cases/${caseId}/screenings/${draft.json.id}`, {
      ...screening,
      answers: { ...answers, "means-deception": "yes" },
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ id: draft.json.id, status: "completed" });
    const before = await auditActions(h, caseId);
    const list = await investigator.request("GET", `/api/cases/${caseId}/screenings`);
    expect(list.status).toBe(200);
    expect(list.json.length).toBeGreaterThanOrEqual(2);
    expect(list.json[0]).toMatchObject({ status: "completed", instrumentVersion: "2026-1" });
    expect(list.json[0].answers["act-recruitment"]).toBe("yes");
    const after = await auditActions(h, caseId);
    expect(after.filter((a) => a === "case.screening_read")).toHaveLength(
      before.filter((a) => a === "case.screening_read").length + 1,
    );
  });

  it("another agency's case is 404 and nothing is written; a reader who may not change it gets 403", async () => {
    const before = await counts(h);
    const post = await stranger.request("POST", "/api/screenings", { ...screening, caseId });
    expect(post.status).toBe(404);
    expect((await stranger.request("GET", `/api/cases/${caseId}/screenings`)).status).toBe(404);
    expect(await counts(h)).toEqual(before);
    const seen = await investigator.request("POST", "/api/screenings", { ...screening, caseId });
    expect(seen.status).toBe(403);
    expect((await counts(h)).screenings).toBe(before.screenings);
  });

  it("refuses an age that contradicts the child's recorded date of birth", async () => {
    const withBirth = await officer.request(
      "POST",
      "/api/cases",
      caseBody(
        {},
        { estimatedAgeYears: undefined, dateOfBirth: "2011-05-01", ageBasis: "document" },
      ),
    );
    expect(withBirth.status).toBe(201);
    const before = await counts(h);
    const res = await officer.request("POST", "/api/screenings", {
      ...screening,
      caseId: withBirth.json.id,
      age: 25,
      ageEstimated: false,
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].field).toBe("age");
    expect(await counts(h)).toEqual(before);
  });
});
