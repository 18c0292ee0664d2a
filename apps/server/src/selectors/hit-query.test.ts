import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";

/*
 * Cross-agency hit/no-hit: the asker learns "agency X holds a record with this identifier;
 * contact its focal point" and nothing of the record; the question needs a purpose, is limited
 * per user, audited on both sides without the value, and the holder's supervisors are told who
 * asked and why.
 */
const limitPerHour = 10;

async function countRows(h: Harness) {
  const n = async (table: "selectors" | "audit_entries" | "hit_queries" | "notifications") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return [
    await n("selectors"),
    await n("audit_entries"),
    await n("hit_queries"),
    await n("notifications"),
  ].join("/");
}

const purpose = { code: "victim_identification", text: "Girl found at the border, same phone" };

describeEachDatabase(
  "cross-agency hit/no-hit",
  (h) => {
    let asker: Client;
    let askerOrg: { id: string; name: string };
    let holderOrg: { id: string; name: string };
    let holderSupervisor: Client;
    let holderSupervisorUser: TestUser;
    let holderCaseworker: Client;
    let askerSelectorId: string;
    // Everything of the holder's record that must never reach the asker.
    const secret: string[] = [];
    const phoneAsHeld = "+66 81 999 1234";
    const handleAsHeld = "https://t.me/Broker_Noi";

    beforeAll(async () => {
      askerOrg = await makeOrg(h, { countryCode: "VN" });
      holderOrg = await makeOrg(h, { countryCode: "TH", agencyType: "anti_trafficking_police" });
      asker = await signInAs(h, await makeUser(h, { org: askerOrg, role: "caseworker" }));
      holderSupervisorUser = await makeUser(h, {
        org: holderOrg,
        role: "supervisor",
        displayName: "Pranee",
      });
      holderSupervisor = await signInAs(h, holderSupervisorUser);
      holderCaseworker = await signInAs(h, await makeUser(h, { org: holderOrg }));
      const admin = await signInAs(h, await makeUser(h, { role: "node_admin" }));
      const listed = await admin.request("POST", "/api/directory", {
        organisationId: holderOrg.id,
        name: "ศูนย์ปฏิบัติการ",
        services: ["MSP02"],
        countryCode: "TH",
        hotlineNumbers: ["+6621234567"],
      });
      if (listed.status !== 201) throw new Error(JSON.stringify(listed.json));
      const held = await holderCaseworker.request(
        "POST",
        "/api/cases",
        caseBody({}, { givenName: "Malee", familyName: "Srisuk", givenNameLatin: "Malee" }),
      );
      const phone = await holderCaseworker.request("POST", `/api/cases/${held.json.id}/selectors`, {
        kind: "phone",
        value: phoneAsHeld,
        subject: "person",
      });
      const handle = await holderCaseworker.request(
        "POST",
        `/api/cases/${held.json.id}/selectors`,
        { kind: "handle", value: handleAsHeld },
      );
      secret.push(
        held.json.id,
        held.json.reference,
        held.json.person.id,
        "Malee",
        "Srisuk",
        phoneAsHeld,
        handleAsHeld,
        phone.json.id,
        handle.json.id,
      );
      const own = await asker.request("POST", "/api/cases", caseBody());
      askerSelectorId = (
        await asker.request("POST", `/api/cases/${own.json.id}/selectors`, {
          kind: "phone",
          value: "0819991234",
          defaultCountry: "TH",
        })
      ).json.id;
    });

    it("answers hit with the holder's contact only, never its data", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [
          { kind: "phone", value: "081-999-1234", defaultCountry: "TH" },
          { kind: "handle", value: "@broker_noi", platform: "telegram" },
          { kind: "email", value: "nobody@example.org" },
        ],
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json.hit).toBe(true);
      expect(res.json.agencies).toHaveLength(1);
      expect(res.json.agencies[0]).toEqual({
        organisationId: holderOrg.id,
        organisationName: holderOrg.name,
        agencyType: "anti_trafficking_police",
        countryCode: "TH",
        focalPoints: [{ name: "Pranee", email: holderSupervisorUser.email }],
        hotlineNumbers: ["+6621234567"],
        message: "Holds a record with this identifier; contact its focal point",
        matchedSelectors: [0, 1],
        probablePerson: false,
      });
      expect(res.json.selectors.map((s: { checked: boolean }) => s.checked)).toEqual([
        true,
        true,
        true,
      ]);
      const body = JSON.stringify(res.json);
      for (const s of secret) expect(body).not.toContain(s);
    });

    it("asks about identifiers recorded on the asker's cases by id, and never about another agency's", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        selectorIds: [askerSelectorId],
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json.agencies.map((a: { organisationId: string }) => a.organisationId)).toEqual([
        holderOrg.id,
      ]);
      const before = await countRows(h);
      const probe = await asker.request("POST", "/api/selectors/hit-query", {
        selectorIds: [secret[7]],
        purpose,
      });
      expect(probe.status).toBe(404);
      expect(await countRows(h)).toBe(before);
    });

    it("answers no-hit when no other agency holds the identifier", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+84 90 000 1111" }],
        purpose,
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ hit: false, agencies: [] });
    });

    it("shows another agency's record in a correlation only as its contact, once asked with a purpose", async () => {
      const plain = await asker.request("GET", `/api/selectors/${askerSelectorId}/correlation`);
      expect(plain.json).toMatchObject({ records: [], otherAgencies: null, hitQueryId: null });
      const asked = await asker.request(
        "GET",
        `/api/selectors/${askerSelectorId}/correlation?purposeCode=child_protection&purpose=${encodeURIComponent("Safety plan")}`,
      );
      expect(asked.status).toBe(200);
      expect(asked.json.records).toEqual([]);
      expect(
        asked.json.otherAgencies.map((a: { organisationId: string }) => a.organisationId),
      ).toEqual([holderOrg.id]);
      expect(asked.json.hitQueryId).toMatch(/^[0-9a-f-]{36}$/);
      const body = JSON.stringify(asked.json);
      for (const s of secret) expect(body).not.toContain(s);
    });

    it("records who asked and why in both trails, never the value", async () => {
      const asks = await h.db
        .selectFrom("audit_entries")
        .select(["organisation_id", "purpose", "details", "actor_organisation_id"])
        .where("action", "=", "selector.hit_query")
        .where("actor_organisation_id", "=", askerOrg.id)
        .orderBy("id")
        .execute();
      expect(asks.length).toBeGreaterThanOrEqual(2);
      expect(asks[0]).toMatchObject({ organisation_id: askerOrg.id, purpose: purpose.text });
      expect(asks[0]?.details).toMatchObject({
        purposeCode: "victim_identification",
        kinds: ["phone", "handle", "email"],
        hitOrganisationIds: [holderOrg.id],
      });
      const received = await h.db
        .selectFrom("audit_entries")
        .select(["organisation_id", "details"])
        .where("action", "=", "selector.hit_query.received")
        .where("organisation_id", "=", holderOrg.id)
        .execute();
      expect(received.length).toBe(3);
      const all = JSON.stringify([...asks, ...received]);
      for (const v of ["0819991234", "081-999-1234", "66819991234", "broker_noi", "nobody@"])
        expect(all).not.toContain(v);
      const logs = h.logLines.join("\n");
      for (const v of ["819991234", "broker_noi", "nobody@example.org", "Girl found"])
        expect(logs).not.toContain(v);
    });

    it("tells the holder's supervisors who asked and why; others of the holder see nothing", async () => {
      const notes = await holderSupervisor.request("GET", "/api/notifications");
      const note = notes.json.find((n: { kind: string }) => n.kind === "selector.hit_query");
      expect(note).toBeDefined();
      const query = await holderSupervisor.request(
        "GET",
        `/api/selectors/hit-queries/${note.hitQueryId}`,
      );
      expect(query.status).toBe(200);
      expect(query.json).toMatchObject({
        askingOrganisation: { id: askerOrg.id, name: askerOrg.name },
        purpose: { code: expect.any(String), text: expect.any(String) },
      });
      expect(query.json.selectorKinds.length).toBeGreaterThan(0);
      const caseworkerNotes = await holderCaseworker.request("GET", "/api/notifications");
      expect(
        caseworkerNotes.json.filter((n: { kind: string }) => n.kind === "selector.hit_query"),
      ).toEqual([]);
      const forbidden = await holderCaseworker.request(
        "GET",
        `/api/selectors/hit-queries/${note.hitQueryId}`,
      );
      expect(forbidden.status).toBe(404);
    });

    it("requires a purpose, naming the field, writing nothing", async () => {
      const before = await countRows(h);
      const missing = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+66819991234" }],
      });
      expect(missing.status).toBe(400);
      expect(missing.json.errors.map((e: { field: string }) => e.field)).toContain("purpose");
      const blank = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+66819991234" }],
        purpose: { code: "investigation", text: "  " },
      });
      expect(blank.json.errors.map((e: { field: string }) => e.field)).toContain("purpose.text");
      const half = await asker.request(
        "GET",
        `/api/selectors/${askerSelectorId}/correlation?purposeCode=investigation`,
      );
      expect(half.status).toBe(422);
      expect(half.json.errors[0]).toMatchObject({ field: "purpose", code: "reason_required" });
      expect(await countRows(h)).toBe(before);
    });

    const hostile: [string, unknown, string][] = [
      ["no identifiers", { selectors: [], purpose }, "selectors"],
      [
        "eleven identifiers",
        { selectors: Array(11).fill({ kind: "phone", value: "+66819991234" }), purpose },
        "selectors",
      ],
      [
        "an unknown kind",
        { selectors: [{ kind: "fax", value: "1" }], purpose },
        "selectors.0.kind",
      ],
      [
        "a huge value",
        { selectors: [{ kind: "auto", value: "x".repeat(20_000) }], purpose },
        "selectors.0.value",
      ],
      [
        "a control character",
        { selectors: [{ kind: "auto", value: "+66\u001b[2J819991234" }], purpose },
        "selectors.0.value",
      ],
      [
        "an unknown purpose",
        {
          selectors: [{ kind: "phone", value: "+66819991234" }],
          purpose: { ...purpose, code: "curiosity" },
        },
        "purpose.code",
      ],
      [
        "an unknown field",
        {
          selectors: [{ kind: "phone", value: "+66819991234" }],
          purpose,
          organisationId: "00000000-0000-4000-8000-000000000000",
        },
        "organisationId",
      ],
    ];
    for (const [what, body, field] of hostile) {
      it(`refuses ${what}, naming the field, writing nothing`, async () => {
        const before = await countRows(h);
        const res = await asker.request("POST", "/api/selectors/hit-query", body);
        expect(res.status).toBe(400);
        expect(res.json.errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await countRows(h)).toBe(before);
      });
    }

    it("flags an excluded or over-used identifier instead of asking about it", async () => {
      const res = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "02 123 4567", defaultCountry: "TH" }],
        purpose,
      });
      expect(res.json).toMatchObject({
        hit: false,
        agencies: [],
        selectors: [{ checked: false, flag: { reason: "excluded", count: 0 } }],
      });
      const invalid = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "not a number" }],
        purpose,
      });
      expect(invalid.json.selectors[0]).toMatchObject({
        valid: false,
        problem: "unparseable",
        checked: false,
        flag: { reason: "invalid" },
      });
    });

    it(`limits each user to ${limitPerHour} questions an hour with a 429 problem`, async () => {
      const user = await signInAs(h, await makeUser(h, { org: askerOrg, role: "investigator" }));
      const ask = () =>
        user.request("POST", "/api/selectors/hit-query", {
          selectors: [{ kind: "phone", value: "+66819991234" }],
          purpose,
        });
      for (let i = 0; i < limitPerHour; i++) expect((await ask()).status).toBe(200);
      const before = await countRows(h);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(refused.json.type).toMatch(/rate-limited$/);
      expect(refused.json.detail).toMatch(/try again in \d+ minutes/);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(await countRows(h)).toBe(before);
      const other = await asker.request("POST", "/api/selectors/hit-query", {
        selectors: [{ kind: "phone", value: "+66819991234" }],
        purpose,
      });
      expect(other.status).toBe(200);
    });
  },
  { HIT_QUERY_RATE_LIMIT_PER_HOUR: String(limitPerHour) },
);
