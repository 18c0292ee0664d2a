import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { MAX_SCORED } from "./duplicate-check.service.ts";
import { refreshPersonMatchKeys } from "./index.ts";
import { MAX_KEY_HOLDERS } from "./key-ranking.ts";

/*
 * The duplicate check at the scale of a province office: a common name is held by hundreds or
 * thousands of the organisation's children, more than the check reads and scores. The child
 * already registered must still come first, found through the keys few others share (here her
 * date of birth), and a key held by too many is not looked up at all.
 */

const sokha = {
  givenName: "សុខា",
  familyName: "ចាន់",
  givenNameLatin: "Sokha",
  familyNameLatin: "Chan",
  nameOrder: "family_first",
  sex: "female",
  estimatedAgeYears: undefined,
  ageBasis: "document",
  nationalityStatus: "known",
  nationality: "KH",
  languages: ["km"],
  contacts: [],
};
const CHECK = "/api/persons/duplicate-check";

describeEachDatabase("duplicate check among many namesakes", (h) => {
  let supervisor: Client;
  let caseworker: Client;
  const child = { caseId: "" };
  const namesakes: string[] = [];
  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "KH" });
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    const register = async (person: Record<string, unknown>, by = supervisor) => {
      const res = await by.request("POST", "/api/cases", caseBody({}, person));
      expect(res.status).toBe(201);
      return res.json.id as string;
    };
    // More girls of her name and birth year than are scored, each born on another day…
    for (let i = 0; i < MAX_SCORED + 10; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const month = String(1 + (Math.floor(i / 28) % 4)).padStart(2, "0");
      namesakes.push(await register({ ...sokha, dateOfBirth: `2012-${month}-${day}` }));
    }
    // …the child herself, registered by a caseworker with her birth certificate's date…
    child.caseId = await register({ ...sokha, dateOfBirth: "2012-05-14" }, caseworker);
    // …and more namesakes without a case or a date than a key may have holders, so that every
    // key of her name is over the limit (persons without a case are nobody's candidates).
    const today = h.clock.now().toISOString().slice(0, 10);
    const ids: string[] = [];
    for (let done = 0; done <= MAX_KEY_HOLDERS; done += 500) {
      const rows = await h.db
        .insertInto("persons")
        .values(
          Array.from({ length: Math.min(500, MAX_KEY_HOLDERS + 1 - done) }, () => ({
            organisation_id: org.id,
            given_name: sokha.givenName,
            family_name: sokha.familyName,
            given_name_latin: sokha.givenNameLatin,
            family_name_latin: sokha.familyNameLatin,
            name_order: sokha.nameOrder,
            other_names: [],
            search_text: "sokha chan",
            sex: "female",
            age_basis: "unknown",
            is_age_disputed: false,
            nationality_status: "known",
            nationality: "KH",
            languages: ["km"],
          })),
        )
        .returning("id")
        .execute();
      ids.push(...rows.map((r) => r.id));
    }
    await refreshPersonMatchKeys(h.db, ids, today);
  }, 120_000);

  it("shows the child first, found by her rare date of birth, though her name's keys are over the limit", async () => {
    const held = await h.db
      .selectFrom("person_match_keys")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("rule", "=", "given+family")
      .where("key", "=", "chan sokha")
      .executeTakeFirstOrThrow();
    expect(Number(held.n)).toBeGreaterThan(MAX_KEY_HOLDERS);
    const res = await supervisor.request("POST", CHECK, {
      givenName: "Sokha",
      familyName: "Chan",
      nameOrder: "family_first",
      sex: "female",
      dateOfBirth: "2012-05-14",
      nationality: "KH",
    });
    expect(res.status).toBe(200);
    const shown = res.json.candidates.map((c: { caseId: string }) => c.caseId);
    expect(shown[0]).toBe(child.caseId);
    // The others shown are namesakes of her birth year, with a case the supervisor may open.
    expect(shown.length).toBeGreaterThan(1);
    for (const id of shown.slice(1)) expect(namesakes).toContain(id);
  });

  it("shows a caseworker her own case though the organisation's namesakes outrank it", async () => {
    // A slip in the day: the caseworker's case shares only keys all her namesakes share too, so
    // it ranks among more than are scored; the scope is applied before the cut, not after it.
    const res = await caseworker.request("POST", CHECK, {
      givenName: "សុខា",
      familyName: "ចាន់",
      nameOrder: "family_first",
      sex: "female",
      dateOfBirth: "2012-05-15",
      nationality: "KH",
    });
    expect(res.status).toBe(200);
    expect(res.json.candidates.map((c: { caseId: string }) => c.caseId)).toEqual([child.caseId]);
  });
});
