import { PersonInput } from "@sahabat/shared";
import { expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { insertPerson } from "../persons/index.ts";
import { refreshPersonMatchKeys, storedKeysOf } from "./match-keys.ts";
import { selectMatchRows } from "./queries.ts";

describeEachDatabase("matching fields in one query", (h) => {
  it("brings each person's document numbers as a list of strings, empty when she has none", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const withDocuments = PersonInput.parse({
      givenName: "Thị Hoa",
      documents: [
        { documentType: "passport", number: "C1234567", issuingCountry: "VN" },
        { documentType: "birth_certificate", number: "A-77" },
      ],
    });
    const without = PersonInput.parse({ givenName: "Somchai" });
    const ids = await h.db
      .transaction()
      .execute(async (db) => [
        await insertPerson(db, withDocuments, org.id, null, today),
        await insertPerson(db, without, org.id, null, today),
      ]);
    const rows = await selectMatchRows(h.db, ids);
    const documentsOf = new Map(rows.map((r) => [r.id, r.fields.documents]));
    expect(documentsOf.get(ids[0]!)).toStrictEqual(["A-77", "C1234567"]);
    expect(documentsOf.get(ids[1]!)).toStrictEqual([]);
    expect(await selectMatchRows(h.db, [])).toStrictEqual([]);
  });

  it("stores the same keys from matching fields the caller holds as from reading them back", async () => {
    const org = await makeOrg(h);
    const today = h.clock.now().toISOString().slice(0, 10);
    const input = PersonInput.parse({
      givenName: "ស្រីនី",
      familyName: "សុខ",
      givenNameLatin: "Sreyny",
      familyNameLatin: "Sok",
      dateOfBirth: "2011-04-02",
      nationalityStatus: "known",
      nationality: "KH",
      documents: [{ documentType: "passport", number: "N0912345" }],
    });
    const keysOf = async (id: string) =>
      (
        await h.db
          .selectFrom("person_match_keys")
          .select(["rule", "key"])
          .where("person_id", "=", id)
          .orderBy("rule")
          .orderBy("key")
          .execute()
      ).map((k) => `${k.rule}=${k.key}`);
    const id = await h.db
      .transaction()
      .execute((db) => insertPerson(db, input, org.id, null, today));
    // The registration stores her keys in her own insert, computed from the values it stores.
    const fromInsert = await keysOf(id);
    expect(fromInsert.length).toBeGreaterThan(3);
    await h.db.transaction().execute((db) => refreshPersonMatchKeys(db, [id], today));
    const read = await keysOf(id);
    expect(read).toStrictEqual(fromInsert);
    // The fields as a registration holds them after its insert, not read back.
    const fields = {
      givenName: "ស្រីនី",
      familyName: "សុខ",
      givenNameLatin: "Sreyny",
      familyNameLatin: "Sok",
      nameOrder: input.nameOrder,
      otherNames: [],
      sex: input.sex,
      dateOfBirth: "2011-04-02",
      estimatedAgeYears: null,
      ageEstimatedOn: null,
      ageBasis: input.ageBasis,
      nationality: "KH",
      documents: ["N0912345"],
    };
    // The keys a registration computes before its insert are the keys refreshed from her row.
    const computed = (f: typeof fields) =>
      storedKeysOf(f, today)
        .map((k) => `${k.rule}=${k.key}`)
        .sort();
    expect(computed(fields)).toStrictEqual([...read].sort());
    // The given fields are the ones used: another birth year gives other keys.
    expect(computed({ ...fields, dateOfBirth: "2009-04-02" })).not.toStrictEqual(computed(fields));
  });
});
