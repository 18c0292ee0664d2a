import { PersonInput } from "@sahabat/shared";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import type { Db } from "../platform/db/database.ts";
import { insertPerson, insertPersonRecord, selectPersonIdentifying } from "./queries.ts";

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

  it("answers the record it inserted in one statement exactly as a read of it, lists in order", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const full = PersonInput.parse({
      givenName: "ស្រីណុច",
      familyName: "សុខ",
      givenNameLatin: "Sreynoch",
      nameOrder: "family_first",
      dateOfBirth: "2011-03-04",
      otherNames: ["Noch"],
      contacts: [
        { relation: "parent", name: "Sok Dara", phone: "+85512345678", isLegalGuardian: true },
        { relation: "other", name: "Teacher" },
        { relation: "relative", name: "O'Brien \"Aunt\" 'x'" },
      ],
      documents: [{ documentType: "national_id", number: "0123", issuingCountry: "KH" }],
    });
    const bare = PersonInput.parse({ givenName: "Somchai" });
    for (const input of [full, bare]) {
      const inserted = await h.db
        .transaction()
        .execute((db) => insertPersonRecord(db, input, org.id, null, today));
      const read = await selectPersonIdentifying(h.db, inserted.person.id);
      expect(inserted.person).toStrictEqual(read!.person);
      expect(byId(inserted.contacts)).toStrictEqual(byId(read!.contacts));
      expect(byId(inserted.documents)).toStrictEqual(byId(read!.documents));
      expect(inserted.contacts.map((c) => c.name)).toEqual(input.contacts.map((c) => c.name));
      // Her matching keys are there for the duplicate check, as after insertPerson.
      const keys = await h.db
        .selectFrom("person_match_keys")
        .select("key")
        .where("person_id", "=", inserted.person.id)
        .execute();
      expect(keys.length).toBeGreaterThan(0);
    }
  });

  it("inserts nothing when a contact breaks a rule", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const before = await h.db.selectFrom("persons").select("id").execute();
    // The schema lets only valid phones through; the database's own check is the last line.
    const input = { ...PersonInput.parse({ givenName: "Mai" }) };
    input.contacts = [
      { relation: "parent", name: "X", phone: "not a phone", isLegalGuardian: false },
    ];
    await expect(
      h.db.transaction().execute((db) => insertPersonRecord(db, input, org.id, null, today)),
    ).rejects.toThrow();
    expect(await h.db.selectFrom("persons").select("id").execute()).toHaveLength(before.length);
  });

  it("deleting persons still deletes their matching keys and key sets (migration 0023)", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const [gone, kept] = await h.db
      .transaction()
      .execute(async (db) => [
        await insertPerson(
          db,
          PersonInput.parse({ givenName: "Lan", familyName: "Trần" }),
          org.id,
          null,
          today,
        ),
        await insertPerson(
          db,
          PersonInput.parse({ givenName: "Lan", familyName: "Trần" }),
          org.id,
          null,
          today,
        ),
      ]);
    const keysOf = async (id: string) =>
      (
        await h.db
          .selectFrom("person_match_keys")
          .select("key")
          .where("person_id", "=", id)
          .execute()
      ).length;
    const keyCount = await keysOf(kept!);
    expect(await keysOf(gone!)).toBe(keyCount);
    expect(keyCount).toBeGreaterThan(0);
    await h.db.deleteFrom("persons").where("id", "=", gone!).execute();
    expect(await keysOf(gone!)).toBe(0);
    expect(
      await h.db
        .selectFrom("person_match_key_sets")
        .select("person_id")
        .where("person_id", "=", gone!)
        .execute(),
    ).toEqual([]);
    // Her namesake's keys are untouched.
    expect(await keysOf(kept!)).toBe(keyCount);
  });

  it("runs the registration's insert as one named prepared statement per connection on a server", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const prepared = await h.db.transaction().execute(async (db) => {
      for (const givenName of ["Mai", "Lan", "Hoa"])
        await insertPersonRecord(db, PersonInput.parse({ givenName }), org.id, null, today);
      const { rows } = await sql<{ statement: string }>`
        select statement from pg_prepared_statements
        where statement like ${'with "p" as (insert into "persons"%'}`.execute(db);
      return rows;
    });
    // Parsed once on this connection, then only bound and run; PGlite runs each as it comes.
    expect(prepared).toHaveLength(h.engine === "postgres" ? 1 : 0);
  });
});
