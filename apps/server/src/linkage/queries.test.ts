import { PersonInput } from "@sahabat/shared";
import { expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { insertPerson } from "../persons/index.ts";
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
});
