import { expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeUser } from "../../test/factories.ts";
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
    }
    const badLocale = await post(h, officer, `${url}?locale=km`, child);
    expect(badLocale.statusCode).toBe(400);
    expect((await post(h, null, url, child)).statusCode).toBe(401);
  });
});
