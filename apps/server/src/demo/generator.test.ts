import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { generatePerson, insertGeneratedPersons } from "./generator.ts";
import { createRandom } from "./names.ts";

it("generates the same persons from the same seed", () => {
  const a = createRandom(11);
  const b = createRandom(11);
  for (let i = 0; i < 200; i++) {
    expect(generatePerson(a, "org", "2026-11-28")).toEqual(generatePerson(b, "org", "2026-11-28"));
  }
});

describeEachDatabase("generated persons without cases", (h) => {
  let orgIds: string[];
  beforeAll(async () => {
    orgIds = [(await makeOrg(h)).id, (await makeOrg(h)).id];
  });

  it("inserts every person, in batches, over the organisations, searchable without accents", async () => {
    const n = await insertGeneratedPersons(h.db, orgIds, 1234, {
      seed: 5,
      today: "2026-11-28",
      batchSize: 500,
    });
    expect(n).toBe(1234);
    const byOrg = await h.db
      .selectFrom("persons")
      .select(["organisation_id", (eb) => eb.fn.countAll<string>().as("n")])
      .where("organisation_id", "in", orgIds)
      .groupBy("organisation_id")
      .execute();
    expect(byOrg.reduce((sum, r) => sum + Number(r.n), 0)).toBe(1234);
    expect(byOrg).toHaveLength(2);
    const withCases = await h.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "in", orgIds)
      .executeTakeFirstOrThrow();
    expect(Number(withCases.n)).toBe(0);
    const vietnamese = await h.db
      .selectFrom("persons")
      .select(["family_name", "family_name_latin", "search_text"])
      .where("organisation_id", "in", orgIds)
      .where("nationality", "=", "VN")
      .where("family_name", "=", "Nguyễn")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(vietnamese.search_text).toContain("nguyen");
    expect(vietnamese.search_text).not.toMatch(/[ễịđ]/);
    const minors = await h.db
      .selectFrom("persons")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "in", orgIds)
      .where(sql<boolean>`coalesce(estimated_age_years, 0) between 0 and 18`)
      .executeTakeFirstOrThrow();
    expect(Number(minors.n)).toBe(1234);
    // Each with its matching keys, so the duplicate check finds them (once a case makes them visible).
    const keyed = await h.db
      .selectFrom("person_match_key_sets as s")
      .innerJoin("persons as p", "p.id", "s.person_id")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("p.organisation_id", "in", orgIds)
      .executeTakeFirstOrThrow();
    expect(Number(keyed.n)).toBe(1234);
    const keys = await h.db
      .selectFrom("person_match_keys")
      .select((eb) => eb.fn.count<string>("person_id").distinct().as("n"))
      .where("organisation_id", "in", orgIds)
      .executeTakeFirstOrThrow();
    expect(Number(keys.n)).toBeGreaterThan(1200);
  });
});
