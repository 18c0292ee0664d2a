import { expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

const child = {
  id: "c1",
  age: null,
  ageEstimated: false,
  ageDisputed: true,
  acts: ["recruitment"],
  means: [],
  purposes: ["forced_criminality"],
  unknown: [],
  consented: true,
  exploitationOccurred: false,
  borderCrossed: true,
  profile: "TH",
};

/* A Khmer-speaking child recruited into a scam compound, screened by a Thai officer. */
const screening = {
  instrumentVersion: "2026-1",
  answers: {
    "act-recruitment": "yes",
    "act-transportation": "yes",
    "purpose-forced-criminality": "yes",
    "ind-scm-04": "yes",
    "ctx-consented": "yes",
    "ctx-hours-per-day": 14,
  },
  age: 15,
  ageEstimated: true,
  ageDisputed: false,
  profile: "TH",
  interviewLanguage: "km",
};

async function post(h: Harness, client: Client | null, url: string, body: unknown) {
  const res = await h.app.inject({
    method: "POST",
    url,
    headers: client ? { cookie: client.cookie, "x-csrf-token": client.csrfToken } : {},
    payload: body as object,
  });
  return res;
}

async function auditCount(h: Harness) {
  const row = await h.db
    .selectFrom("audit_entries")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDatabase("screening report as PDF", (h) => {
  it("renders the element evaluation as a PDF in the officer's language, storing nothing", async () => {
    const officer = await signInAs(h, await makeUser(h, { role: "investigator" }));
    const before = await auditCount(h);
    const res = await post(h, officer, "/api/screenings/elements/report.pdf?locale=th", child);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The fonts travel with the file: Thai for the text, Latin for the legal references.
    const body = res.rawPayload.toString("latin1");
    expect(body).toMatch(/FontFile2/);
    expect(body).toMatch(/NotoSansThai/);
    expect(await auditCount(h)).toBe(before);
    const doc = await h.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(Object.keys(doc.json().paths)).toContain("/api/screenings/elements/report.pdf");
  });

  it("refuses hostile input with a problem naming the field, and a caller without a session", async () => {
    const officer = await signInAs(h, await makeUser(h, { role: "caseworker" }));
    const url = "/api/screenings/elements/report.pdf";
    const refused: [unknown, number, string][] = [
      [{ ...child, purposes: ["tourism"] }, 400, "purposes.0"],
      [{ ...child, extra: "<script>" }, 400, "extra"],
      [{ ...child, age: "15" }, 400, "age"],
      [[child], 400, "body"],
      [{ ...child, profile: "ZZ" }, 422, "profile"],
    ];
    for (const [body, status, field] of refused) {
      const res = await post(h, officer, url, body);
      expect(res.statusCode).toBe(status);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      expect(fields.join(" ")).toContain(field);
      // The domain refusal carries its code, so the web says it in the user's language.
      if (status === 422) expect(res.json().errors[0].code).toBe("unknown_profile");
    }
    const badLocale = await post(h, officer, `${url}?locale=km`, child);
    expect(badLocale.statusCode).toBe(400);
    expect((await post(h, null, url, child)).statusCode).toBe(401);
  });

  it("renders an anonymous screening's answers as a PDF, storing nothing, and refuses bad answers", async () => {
    const officer = await signInAs(h, await makeUser(h, { role: "caseworker" }));
    const before = await auditCount(h);
    const res = await post(h, officer, "/api/screenings/report.pdf?locale=th", screening);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The questions print in Khmer, the rest in Thai: both fonts are embedded.
    expect(res.rawPayload.toString("latin1")).toMatch(/NotoSansKhmer/);
    expect(res.rawPayload.toString("latin1")).toMatch(/NotoSansThai/);
    expect(await auditCount(h)).toBe(before);
    const refused: [unknown, string][] = [
      [{ ...screening, answers: { "no-such-question": "yes" } }, "answers.no-such-question"],
      [{ ...screening, answers: { "act-recruitment": 3 } }, "answers.act-recruitment"],
      [{ ...screening, instrumentVersion: "1999-1" }, "instrumentVersion"],
      [{ ...screening, caseId: "00000000-0000-4000-8000-000000000000" }, "caseId"],
      [{ ...screening, draft: true }, "draft"],
      [{ ...screening, interviewLanguage: "xx" }, "interviewLanguage"],
    ];
    for (const [body, field] of refused) {
      const bad = await post(h, officer, "/api/screenings/report.pdf", body);
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { field: string }) => e.field)
          .join(" "),
      ).toContain(field);
    }
    expect(await auditCount(h)).toBe(before);
  });

  it("renders a case's stored screening for those who may read the case, and audits it", async () => {
    const org = await makeOrg(h, { countryCode: "TH", agencyType: "social_welfare" });
    const officer = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    const stranger = await signInAs(h, await makeUser(h, { role: "supervisor" }));
    const created = await officer.request(
      "POST",
      "/api/cases",
      caseBody({ foundCountry: "TH" }, { nationality: "KH", languages: ["km"] }),
    );
    const caseId = created.json.id;
    const saved = await officer.request("POST", "/api/screenings", { ...screening, caseId });
    expect(saved.status).toBe(200);
    const url = `/api/cases/${caseId}/screenings/${saved.json.id}/report.pdf?locale=en`;
    const headers = { cookie: officer.cookie };
    const res = await h.app.inject({ method: "GET", url, headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const actions = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", caseId)
      .execute();
    expect(actions.map((a) => a.action)).toContain("case.screening_report");
    const other = await h.app.inject({ method: "GET", url, headers: { cookie: stranger.cookie } });
    expect(other.statusCode).toBe(404);
    const missing = url.replace(saved.json.id, "00000000-0000-4000-8000-000000000000");
    expect((await h.app.inject({ method: "GET", url: missing, headers })).statusCode).toBe(404);
  });
});
