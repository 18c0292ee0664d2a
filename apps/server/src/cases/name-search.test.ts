import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";

// The name search narrows by the organisation's own trigram keys (migration 0024) before its
// LIKE conditions: these tests hold it to plain substring semantics, word by word, in scope.
describeEachDatabase("case name search", (h) => {
  let worker: Client;
  let other: Client;
  const ids: Record<string, string> = {};
  const search = async (client: Client, q: string, more = "") => {
    const res = await client.request("GET", `/api/cases?q=${encodeURIComponent(q)}${more}`);
    expect(res.status, q).toBe(200);
    return res.json as { cases: { id: string }[]; nextCursor: string | null };
  };
  const found = async (client: Client, q: string) =>
    (await search(client, q)).cases.map((c) => c.id);

  beforeAll(async () => {
    const org = await makeOrg(h);
    worker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    other = await signInAs(h, await makeUser(h, { org: await makeOrg(h), role: "caseworker" }));
    const register = async (client: Client, key: string, person: Record<string, unknown>) => {
      const res = await client.request("POST", "/api/cases", caseBody({}, person));
      expect(res.status).toBe(201);
      ids[key] = res.json.id;
    };
    await register(worker, "huynh", {
      givenName: "Thị Huệ",
      familyName: "Huỳnh",
      givenNameLatin: "Thi Hue",
      familyNameLatin: "Huynh",
      nameOrder: "family_first",
    });
    await register(worker, "le", {
      givenName: "Văn An",
      familyName: "Lê",
      givenNameLatin: "Van An",
      familyNameLatin: "Le",
      nameOrder: "family_first",
    });
    await register(worker, "khmer", {
      givenName: "ស្រីពៅ",
      familyName: "ចាន់",
      givenNameLatin: "Sreypov",
      familyNameLatin: "Chan",
    });
    // The same name in another organisation: never found from this one, nor this one from there.
    await register(other, "elsewhere", { givenName: "Thị Huệ", familyName: "Huỳnh" });
  });

  it("matches any part of a word, short words and long ones, in either order", async () => {
    expect(await found(worker, "uyn")).toEqual([ids.huynh]);
    expect(await found(worker, "HUỲNH hu")).toEqual([ids.huynh]);
    // Words under three letters have no trigram: the search walks the cases instead.
    expect(await found(worker, "le an")).toEqual([ids.le]);
    expect(await found(worker, "an le")).toEqual([ids.le]);
    expect(await found(worker, "ពៅ")).toEqual([ids.khmer]);
    expect(await found(worker, "ស្រីពៅ ចាន់")).toEqual([ids.khmer]);
    // Every word must match, and a trigram spanning two words is not one the name has.
    expect(await found(worker, "huynh an")).toEqual([]);
    expect(await found(worker, "huynhthi")).toEqual([]);
  });

  it("finds a name typed with combining accents as one typed precomposed", async () => {
    const decomposed = "Huỳnh".normalize("NFD");
    expect(decomposed).not.toBe("Huỳnh");
    expect(await found(worker, decomposed)).toEqual([ids.huynh]);
  });

  it("stays within the searcher's organisation", async () => {
    expect(await found(worker, "huynh thi hue")).toEqual([ids.huynh]);
    expect(await found(other, "huynh thi hue")).toEqual([ids.elsewhere]);
    expect(await found(other, "le an")).toEqual([]);
  });

  it("pages a search by cursor without skipping or repeating", async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await worker.request(
        "POST",
        "/api/cases",
        caseBody(
          {},
          {
            givenName: "Rattana",
            familyName: "Srisuk",
            givenNameLatin: "Rattana",
            familyNameLatin: "Srisuk",
          },
        ),
      );
      made.push(res.json.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(
        worker,
        "srisuk ratt",
        `&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.cases.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    // The pages, one after the other, are the one page of the same search: same order, no gap.
    expect(seen).toEqual((await search(worker, "srisuk ratt")).cases.map((c) => c.id));
    expect([...seen].sort()).toEqual([...made].sort());
  });

  it("pages by the database's microseconds: cases registered within one millisecond are all shown", async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await worker.request(
        "POST",
        "/api/cases",
        caseBody({}, { givenName: "Malee", familyName: "Kaewmanee" }),
      );
      expect(res.status).toBe(201);
      made.push(res.json.id);
    }
    // Three registrations in one millisecond, as happens under load: a cursor that kept only
    // milliseconds skipped the second and third.
    const times = [
      "2026-11-29 01:02:03.123900+00",
      "2026-11-29 01:02:03.123500+00",
      "2026-11-29 01:02:03.123100+00",
    ];
    for (const [i, id] of made.entries())
      await sql`update cases set created_at = ${times[i]}::timestamptz where id = ${id}::uuid`.execute(
        h.db,
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(
        worker,
        "kaewmanee",
        `&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.cases.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made);
    // A cursor this list did not hand out is refused by name.
    const forged = Buffer.from(`1764378123123|${made[0]}`).toString("base64url");
    const refused = await worker.request("GET", `/api/cases?q=kaewmanee&cursor=${forged}`);
    expect(refused.status).toBe(422);
  });

  it("a person's keys hold every trigram of every part of her name, so none is missed", async () => {
    // Random texts over a small alphabet with spaces, accents and Khmer, and random slices of
    // them: the slice's keys are always among the text's (what the index lookup relies on).
    const alphabet = [..."ab cđeơ ថាន្"];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts: string[] = [];
    const slices: string[] = [];
    for (let i = 0; i < 200; i++) {
      const chars = Array.from({ length: 3 + next(20) }, () => alphabet[next(alphabet.length)]);
      const from = next(chars.length - 2);
      texts.push(chars.join(""));
      slices.push(chars.slice(from, from + 3 + next(chars.length - from - 2)).join(""));
    }
    const org = "0b0e5b0a-0000-4000-8000-000000000000";
    const { rows } = await sql<{ contained: boolean; keys: number }>`
      select sahabat_name_keys(${org}::uuid, t) @> sahabat_name_keys(${org}::uuid, s) as contained,
             cardinality(sahabat_name_keys(${org}::uuid, s)) as keys
      from unnest(${texts}::text[], ${slices}::text[]) as x(t, s)`.execute(h.db);
    expect(rows.every((r) => r.contained)).toBe(true);
    expect(rows.every((r) => r.keys > 0)).toBe(true);
    // Another organisation's keys for the same text are other keys.
    const { rows: apart } = await sql<{ overlap: boolean }>`
      select sahabat_name_keys(${org}::uuid, 'huynh thi hue')
        && sahabat_name_keys('1c0e5b0a-0000-4000-8000-000000000000'::uuid, 'huynh thi hue') as overlap`.execute(
      h.db,
    );
    expect(apart[0]?.overlap).toBe(false);
  });
});
