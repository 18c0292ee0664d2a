import { PersonInput } from "@sahabat/shared";
import { expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import type { Db } from "../platform/db/database.ts";
import { insertPerson, selectPersonIdentifying } from "./queries.ts";

/** The record as read before it was one query: the person, then contacts, then documents. */
async function readInThreeQueries(db: Db, id: string) {
  const person = await db.selectFrom("persons").selectAll().where("id", "=", id).executeTakeFirst();
  if (!person) return undefined;
  const contacts = await db
    .selectFrom("person_contacts")
    .select(["id", "relation", "name", "phone", "is_legal_guardian"])
    .where("person_id", "=", id)
    .execute();
  const documents = await db
    .selectFrom("person_documents")
    .select(["id", "document_type", "number", "issuing_country"])
    .where("person_id", "=", id)
    .execute();
  return { person, contacts, documents };
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describeEachDatabase("a person's record in one query", (h) => {
  it("reads the same record, types and empty lists as the separate queries did", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const full = PersonInput.parse({
      givenName: "Thị Hoa",
      familyName: "Nguyễn",
      estimatedAgeYears: 15,
      nationalityStatus: "known",
      nationality: "VN",
      otherNames: ["Hoa"],
      contacts: [
        {
          relation: "guardian",
          name: "Nguyễn Văn Bình",
          phone: "+84901234567",
          isLegalGuardian: true,
        },
        { relation: "relative", name: "Lê Thị Lan" },
      ],
      documents: [
        { documentType: "passport", number: "C1234567", issuingCountry: "VN" },
        { documentType: "birth_certificate", number: "A-77" },
      ],
    });
    const bare = PersonInput.parse({ givenName: "Somchai" });
    const ids = await h.db
      .transaction()
      .execute(async (db) => [
        await insertPerson(db, full, org.id, null, today),
        await insertPerson(db, bare, org.id, null, today),
      ]);

    for (const id of ids) {
      const now = await selectPersonIdentifying(h.db, id);
      const before = await readInThreeQueries(h.db, id);
      expect(now).toBeDefined();
      expect(now!.person).toEqual(before!.person);
      expect(byId(now!.contacts)).toStrictEqual(byId(before!.contacts));
      expect(byId(now!.documents)).toStrictEqual(byId(before!.documents));
    }
    const [fullRead, bareRead] = [
      await selectPersonIdentifying(h.db, ids[0]!),
      await selectPersonIdentifying(h.db, ids[1]!),
    ];
    expect(fullRead!.contacts.map((c) => [c.is_legal_guardian, c.phone]).sort()).toEqual([
      [false, null],
      [true, "+84901234567"],
    ]);
    expect(bareRead!.contacts).toStrictEqual([]);
    expect(bareRead!.documents).toStrictEqual([]);
    expect(await selectPersonIdentifying(h.db, "00000000-0000-4000-8000-000000000000")).toBe(
      undefined,
    );
  });
});
