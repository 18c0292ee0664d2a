import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * Hit/no-hit about a child rather than an identifier (issue 6): "agency X holds a probable match
 * of this child; contact its focal point". The asker names one of her own cases; the server
 * scores the child against other agencies' persons and answers with their contacts alone.
 */

const purpose = { code: "family_tracing", text: "Mother looking for her daughter" };

// The child as a Cambodian shelter knows her: Khmer script only, date of birth known.
const heldChild = {
  givenName: "សុខា",
  familyName: "ចាន់",
  givenNameLatin: undefined,
  familyNameLatin: undefined,
  nameOrder: "family_first",
  sex: "female",
  dateOfBirth: "2011-03-04",
  estimatedAgeYears: undefined,
  ageBasis: "document",
  nationality: "KH",
  languages: ["km"],
  contacts: [],
};

async function countRows(h: Harness) {
  const n = async (table: "audit_entries" | "hit_queries" | "notifications") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return [await n("audit_entries"), await n("hit_queries"), await n("notifications")].join("/");
}

describeEachDatabase(
  "hit/no-hit about a child",
  (h) => {
    let asker: Client;
    let askerColleague: Client;
    let holderOrg: { id: string; name: string };
    let holderSupervisorUser: TestUser;
    let holderSupervisor: Client;
    let askerCaseId: string;
    let strangerCaseId: string;
    let heldCaseId: string;
    const secret: string[] = [];

    beforeAll(async () => {
      const askerOrg = await makeOrg(h, { countryCode: "TH" });
      holderOrg = await makeOrg(h, { countryCode: "KH", agencyType: "shelter" });
      const bystanderOrg = await makeOrg(h, { countryCode: "VN" });
      asker = await signInAs(h, await makeUser(h, { org: askerOrg, role: "caseworker" }));
      askerColleague = await signInAs(h, await makeUser(h, { org: askerOrg, role: "caseworker" }));
      holderSupervisorUser = await makeUser(h, {
        org: holderOrg,
        role: "supervisor",
        displayName: "Sophea",
      });
      holderSupervisor = await signInAs(h, holderSupervisorUser);
      const holder = await signInAs(h, await makeUser(h, { org: holderOrg }));
      const bystander = await signInAs(h, await makeUser(h, { org: bystanderOrg }));
      const held = await holder.request("POST", "/api/cases", caseBody({}, heldChild));
      if (held.status !== 201) throw new Error(JSON.stringify(held.json));
      heldCaseId = held.json.id;
      secret.push(held.json.id, held.json.reference, held.json.person.id, "សុខា", "ចាន់");
      // Another agency's child of another name: never a hit.
      await bystander.request("POST", "/api/cases", caseBody());
      // The same child as a Thai police unit registers her, in Latin letters.
      const own = await asker.request(
        "POST",
        "/api/cases",
        caseBody(
          {},
          {
            givenName: "Sokha",
            familyName: "Chan",
            givenNameLatin: undefined,
            familyNameLatin: undefined,
            nameOrder: "given_first",
            dateOfBirth: "2011-03-04",
            estimatedAgeYears: undefined,
            ageBasis: "declared",
            nationality: "KH",
            languages: ["km"],
          },
        ),
      );
      if (own.status !== 201) throw new Error(JSON.stringify(own.json));
      askerCaseId = own.json.id;
      const stranger = await asker.request(
        "POST",
        "/api/cases",
        caseBody(
          {},
          {
            givenName: "Ploy",
            familyName: "Kaewkla",
            givenNameLatin: undefined,
            familyNameLatin: undefined,
            nameOrder: "given_first",
            nationality: "TH",
            languages: ["th"],
          },
        ),
      );
      strangerCaseId = stranger.json.id;
    });

    it("names the agency holding a probable match of the child, and nothing of its record", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        caseId: askerCaseId,
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json.hit).toBe(true);
      expect(res.json.selectors).toEqual([]);
      expect(res.json.agencies).toEqual([
        {
          organisationId: holderOrg.id,
          organisationName: holderOrg.name,
          agencyType: "shelter",
          countryCode: "KH",
          focalPoints: [{ name: "Sophea", email: holderSupervisorUser.email }],
          hotlineNumbers: [],
          message: "Holds a probable match of this child; contact its focal point",
          matchedSelectors: [],
          probablePerson: true,
        },
      ]);
      const body = JSON.stringify(res.json);
      for (const s of secret) expect(body).not.toContain(s);
    });

    it("tells the holder who asked about a child and why", async () => {
      const notes = await holderSupervisor.request("GET", "/api/notifications");
      const note = notes.json.find((n: { kind: string }) => n.kind === "selector.hit_query");
      expect(note).toBeDefined();
      const query = await holderSupervisor.request(
        "GET",
        `/api/selectors/hit-queries/${note.hitQueryId}`,
      );
      expect(query.json).toMatchObject({ purpose, selectorKinds: ["person"] });
      const received = await h.db
        .selectFrom("audit_entries")
        .select(["details"])
        .where("action", "=", "selector.hit_query")
        .where("resource_id", "=", note.hitQueryId)
        .executeTakeFirstOrThrow();
      expect(received.details).toMatchObject({
        kinds: ["person"],
        personHitOrganisationIds: [holderOrg.id],
      });
      expect(JSON.stringify(received.details)).not.toContain("Sokha");
    });

    it("answers no-hit for a child no other agency holds", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        caseId: strangerCaseId,
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ hit: false, agencies: [] });
    });

    it("combines a child and identifiers in one question", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+84 90 000 2222" }],
        caseId: askerCaseId,
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json.agencies).toHaveLength(1);
      expect(res.json.agencies[0]).toMatchObject({ matchedSelectors: [], probablePerson: true });
    });

    it("refuses a case the asker may not open as not found, writing nothing", async () => {
      const before = await countRows(h);
      for (const caseId of [heldCaseId, askerCaseId]) {
        const client = caseId === heldCaseId ? asker : askerColleague;
        const res = await client.request("POST", "/api/selectors/hit-query", { caseId, purpose });
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.json)).not.toContain("សុខា");
      }
      expect(await countRows(h)).toBe(before);
    });

    it("refuses a question with neither identifiers nor a case, or a malformed case id", async () => {
      const before = await countRows(h);
      const empty = await asker.request("POST", "/api/selectors/hit-query", { purpose });
      expect(empty.status).toBe(400);
      expect(empty.json.errors.map((e: { field: string }) => e.field)).toContain("selectors");
      const bad = await asker.request("POST", "/api/selectors/hit-query", {
        caseId: "'; drop table persons; --",
        purpose,
      });
      expect(bad.status).toBe(400);
      expect(bad.json.errors.map((e: { field: string }) => e.field)).toContain("caseId");
      expect(await countRows(h)).toBe(before);
    });
  },
  { HIT_QUERY_RATE_LIMIT_PER_HOUR: "100" },
);
