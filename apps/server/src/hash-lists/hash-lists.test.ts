import { beforeAll, describe, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { hashIndexOf } from "./index.ts";

/*
 * Hash lists through the API: a supervisor creates a list and imports benign test hashes, a
 * caseworker of another agency matches against it (perceptually, exactly, through a dihedral
 * variant), a negative list suppresses, export follows sharing and licence, and a bad row refuses
 * the whole file with nothing written.
 */

const PDQ_A = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";
const PDQ_B = "98736629670cc19fc9f23862f66cce1f599e32c78e236c78619d202e9e66c157";
const MD5 = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";

/** The hash `bits` bits away from `hex` (low bits of the last words flipped). */
function nearby(hex: string, bits: number): string {
  const digits = hex.split("").map((c) => Number.parseInt(c, 16));
  for (let k = 0; k < bits; k++) {
    const position = 63 - Math.floor(k / 4);
    digits[position] = digits[position]! ^ (1 << (k % 4));
  }
  return digits.map((d) => d.toString(16)).join("");
}

async function counts(h: Harness) {
  const n = async (table: "hash_list_entries" | "hash_list_imports" | "audit_entries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("hash_list_entries")}/${await n("hash_list_imports")}/${await n("audit_entries")}`;
}

const listBody = (o: Record<string, unknown> = {}) => ({
  name: "Benign test list",
  source: "Made from benign test photographs",
  licence: "Test data, no restriction",
  permittedUse: "Testing the matcher",
  exportPolicy: "audience",
  sharingLevel: "national",
  tlp: "green",
  ...o,
});

describeEachDatabase("hash lists", (h) => {
  let supervisor: Client;
  let investigator: Client;
  let otherCaseworker: Client;
  let otherSupervisor: Client;
  let analyst: Client;
  let listId: string;
  beforeAll(async () => {
    const org = await makeOrg(h, { agencyType: "hotline" });
    const other = await makeOrg(h, { agencyType: "cyber_crime" });
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    investigator = await signInAs(h, await makeUser(h, { org, role: "investigator" }));
    otherCaseworker = await signInAs(h, await makeUser(h, { org: other, role: "caseworker" }));
    otherSupervisor = await signInAs(h, await makeUser(h, { org: other, role: "supervisor" }));
    analyst = await signInAs(h, await makeUser(h, { org, role: "analyst" }));
    const created = await supervisor.request("POST", "/api/hash-lists", listBody());
    expect(created.status).toBe(201);
    listId = created.json.id;
  });

  it("creates a list, audited; analysts and caseworkers may not create", async () => {
    const list = (await supervisor.request("GET", "/api/hash-lists")).json.find(
      (l: { id: string }) => l.id === listId,
    );
    expect(list).toMatchObject({
      sharingLevel: "national",
      tlp: "green",
      threshold: 31,
      isNegative: false,
      activeEntries: 0,
      can: { import: true, export: true },
    });
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", listId)
      .execute();
    expect(audit.map((a) => a.action)).toContain("hash_list.create");
    expect((await analyst.request("GET", "/api/hash-lists")).status).toBe(403);
    expect((await otherCaseworker.request("POST", "/api/hash-lists", listBody())).status).toBe(403);
  });

  it("imports a file in one transaction with a summary, and the entries match at once", async () => {
    const csv = `hash,quality\n${PDQ_A},100\n${PDQ_B},90\n`;
    const imported = await supervisor.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "pdq-csv",
      content: csv,
    });
    expect(imported.status).toBe(200);
    expect(imported.json).toMatchObject({
      rows: 2,
      added: 2,
      updated: 0,
      tombstoned: 0,
      refused: 0,
    });
    const match = await otherCaseworker.request("POST", "/api/hash-lists/match", {
      fingerprints: [
        { type: "pdq", value: nearby(PDQ_A, 10), quality: 95 },
        { type: "pdq", value: nearby(PDQ_B, 31).toUpperCase(), variant: "rotate90" },
        { type: "pdq", value: nearby(PDQ_A, 32) },
        { type: "md5", value: MD5 },
      ],
    });
    expect(match.status).toBe(200);
    const [a, b, far, exact] = match.json.results;
    expect(a.matches).toHaveLength(1);
    expect(a.matches[0]).toMatchObject({
      listId,
      listName: "Benign test list",
      distance: 10,
      variant: "original",
      kind: "perceptual",
      fingerprintType: "pdq",
    });
    expect(a.matches[0]).not.toHaveProperty("image");
    expect(b.matches[0]).toMatchObject({ distance: 31, variant: "rotate90" });
    expect(far.matches).toEqual([]);
    expect(exact.matches).toEqual([]);
    // The same file again changes nothing; a new quality updates.
    const again = await supervisor.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "pdq-csv",
      content: csv.replace(",90", ",80"),
    });
    expect(again.json).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
  });

  it("reads NCMEC XML: exact MD5 matches, and a deletion tombstones the entry", async () => {
    const xml = (body: string) =>
      `<?xml version="1.0"?><queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2"><images count="1">${body}</images></queryResult>`;
    const added = await investigator.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "ncmec-xml",
      content: xml(
        `<image><id>n1</id><classification>B1</classification><fingerprints><md5>${MD5}</md5><pdna>1,2,3</pdna></fingerprints></image>`,
      ),
    });
    expect(added.json).toMatchObject({ added: 2 });
    const exact = async () =>
      (
        await otherCaseworker.request("POST", "/api/hash-lists/match", {
          fingerprints: [
            { type: "md5", value: MD5.toUpperCase() },
            { type: "photodna", value: "1,2,3" },
            { type: "photodna", value: "1,2,4" },
          ],
        })
      ).json.results;
    const [md5, pdna, otherPdna] = await exact();
    expect(md5.matches[0]).toMatchObject({ kind: "exact", distance: 0, classification: "B1" });
    expect(pdna.matches[0]).toMatchObject({ kind: "exact", fingerprintType: "photodna" });
    expect(otherPdna.matches).toEqual([]);
    const deleted = await investigator.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "ncmec-xml",
      content: xml("<deletedImage><id>n1</id></deletedImage>"),
    });
    expect(deleted.json).toMatchObject({ tombstoned: 2 });
    expect((await exact())[0].matches).toEqual([]);
  });

  it("refuses a file with a bad row, naming it, and writes nothing", async () => {
    const before = await counts(h);
    const bad = await supervisor.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "threatexchange",
      content: `HASH_PDQ,${nearby(PDQ_A, 1)}\nHASH_PDQ,${PDQ_A.slice(2)}\nHASH_VIDEO_TMK,abc\n`,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(bad.json.type).toMatch(/invalid-list-file$/);
    expect(bad.json.errors).toEqual([
      { field: "content.row.2", message: "a PDQ hash is 64 hexadecimal characters, got 62" },
      { field: "content.row.3", message: 'unknown fingerprint type "HASH_VIDEO_TMK"' },
    ]);
    expect(await counts(h)).toBe(before);
  });

  it("refuses hostile input: unknown format and fields, bad hashes, XML bombs, others' lists", async () => {
    const before = await counts(h);
    const post = (c: Client, body: unknown) =>
      c.request("POST", `/api/hash-lists/${listId}/import`, body);
    expect((await post(supervisor, { format: "csv", content: "x" })).status).toBe(400);
    expect((await post(supervisor, { format: "pdq", content: PDQ_A, extra: 1 })).status).toBe(400);
    const bomb = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><queryResult>&b;</queryResult>`;
    const refused = await post(supervisor, { format: "ncmec-xml", content: bomb });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].message).toMatch(/DOCTYPE/);
    expect((await post(otherSupervisor, { format: "pdq", content: PDQ_A })).status).toBe(403);
    expect(
      (
        await supervisor.request(
          "POST",
          "/api/hash-lists/00000000-0000-4000-8000-000000000000/import",
          {
            format: "pdq",
            content: PDQ_A,
          },
        )
      ).status,
    ).toBe(404);
    const badMatch = await otherCaseworker.request("POST", "/api/hash-lists/match", {
      fingerprints: [
        { type: "pdq", value: "xyz" },
        { type: "sha256", value: MD5 },
        { type: "md5", value: MD5, quality: 80 },
      ],
    });
    expect(badMatch.status).toBe(400);
    expect(badMatch.json.errors).toEqual([
      {
        field: "fingerprints.0.value",
        message: expect.any(String),
        code: "invalid_format",
        params: { format: "pdq" },
      },
      {
        field: "fingerprints.1.value",
        message: expect.any(String),
        code: "invalid_format",
        params: { format: "sha256" },
      },
      { field: "fingerprints.2.quality", message: expect.any(String), code: "quality_pdq_only" },
    ]);
    const unknownType = await otherCaseworker.request("POST", "/api/hash-lists/match", {
      fingerprints: [{ type: "phash", value: PDQ_A }],
    });
    expect(unknownType.status).toBe(400);
    // A sharing group without organisations, organisations without one, an unknown one.
    const nobody = "00000000-0000-4000-8000-000000000000";
    const badGroups: [Record<string, unknown>, string][] = [
      [{ sharingLevel: "sharing_group", sharingGroupOrganisationIds: [] }, "sharing_group_empty"],
      [{ sharingGroupOrganisationIds: [nobody] }, "sharing_group_only"],
      [
        { sharingLevel: "sharing_group", sharingGroupOrganisationIds: [nobody] },
        "unknown_organisation",
      ],
    ];
    const listsBefore = (await supervisor.request("GET", "/api/hash-lists")).json.length;
    for (const [overrides, code] of badGroups) {
      const res = await supervisor.request("POST", "/api/hash-lists", listBody(overrides));
      expect(res.status, code).toBe(422);
      expect(res.json.errors).toEqual([
        { field: "sharingGroupOrganisationIds", message: expect.any(String), code },
      ]);
    }
    expect((await supervisor.request("GET", "/api/hash-lists")).json.length).toBe(listsBefore);
    expect(
      (
        await analyst.request("POST", "/api/hash-lists/match", {
          fingerprints: [{ type: "pdq", value: PDQ_A }],
        })
      ).status,
    ).toBe(403);
    expect(await counts(h)).toBe(before);
  });

  it("a negative list suppresses a match; an organisation's list is not seen by others", async () => {
    const negative = await otherSupervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Known benign", isNegative: true, sharingLevel: "organisation" }),
    );
    await otherSupervisor.request("POST", `/api/hash-lists/${negative.json.id}/import`, {
      format: "pdq",
      content: `${nearby(PDQ_B, 3)}\n`,
    });
    const query = { fingerprints: [{ type: "pdq", value: PDQ_B }] };
    const mine = await otherCaseworker.request("POST", "/api/hash-lists/match", query);
    expect(mine.json.results[0]).toEqual({ fingerprint: 0, isSuppressed: true, matches: [] });
    const theirs = await supervisor.request("POST", "/api/hash-lists/match", query);
    expect(theirs.json.results[0].isSuppressed).toBe(false);
    expect(theirs.json.results[0].matches).toHaveLength(1);
    expect(
      (await supervisor.request("GET", `/api/hash-lists/${negative.json.id}/export?format=pdq`))
        .status,
    ).toBe(404);
  });

  it("exports by sharing level and licence, audited", async () => {
    const shared = await otherSupervisor.request(
      "GET",
      `/api/hash-lists/${listId}/export?format=pdq-csv`,
    );
    expect(shared.status).toBe(200);
    expect(shared.json.content).toContain(`${PDQ_A},100`);
    const xml = await supervisor.request(
      "GET",
      `/api/hash-lists/${listId}/export?format=ncmec-xml`,
    );
    expect(xml.json.content).toContain("<deletedImage><id>n1</id></deletedImage>");
    expect(
      (await otherCaseworker.request("GET", `/api/hash-lists/${listId}/export?format=pdq`)).status,
    ).toBe(403);
    const ownerOnly = await supervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Owner only", exportPolicy: "owner" }),
    );
    const red = await supervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Red", tlp: "red" }),
    );
    const licensed = await supervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Licensed", exportPolicy: "none" }),
    );
    for (const list of [ownerOnly, red]) {
      const refused = await otherSupervisor.request(
        "GET",
        `/api/hash-lists/${list.json.id}/export?format=pdq`,
      );
      expect(refused.status).toBe(403);
      expect(
        (await supervisor.request("GET", `/api/hash-lists/${list.json.id}/export?format=pdq`))
          .status,
      ).toBe(200);
    }
    const none = await supervisor.request(
      "GET",
      `/api/hash-lists/${licensed.json.id}/export?format=pdq`,
    );
    expect(none.status).toBe(403);
    expect(none.json.detail).toMatch(/licence forbids export/);
    const exports = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "hash_list.export")
      .where("resource_id", "=", listId)
      .execute();
    expect(exports.length).toBe(2);
  });

  it("disables an entry (it stops matching) and takes one vote per user", async () => {
    const query = { fingerprints: [{ type: "pdq", value: PDQ_A }] };
    const found = await otherCaseworker.request("POST", "/api/hash-lists/match", query);
    const entryId = found.json.results[0].matches[0].entryId;
    const entry = `/api/hash-lists/${listId}/entries/${entryId}`;
    expect((await otherSupervisor.request("PATCH", entry, { status: "disabled" })).status).toBe(
      403,
    );
    const disabled = await supervisor.request("PATCH", entry, { status: "disabled" });
    expect(disabled.status).toBe(200);
    expect(disabled.json.status).toBe("disabled");
    const none = await otherCaseworker.request("POST", "/api/hash-lists/match", query);
    expect(none.json.results[0].matches).toEqual([]);
    // The source's next file does not undo the owner's decision.
    const reimported = await supervisor.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "pdq-csv",
      content: `${PDQ_A},100\n`,
    });
    expect(reimported.json).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    const still = await otherCaseworker.request("POST", "/api/hash-lists/match", query);
    expect(still.json.results[0].matches).toEqual([]);
    await supervisor.request("PATCH", entry, { status: "active" });
    const back = await otherCaseworker.request("POST", "/api/hash-lists/match", query);
    expect(back.json.results[0].matches[0].entryId).toBe(entryId);
    expect(
      (await otherCaseworker.request("POST", `${entry}/votes`, { vote: "confirm" })).json,
    ).toMatchObject({
      confirmVotes: 1,
      deconfirmVotes: 0,
    });
    await supervisor.request("POST", `${entry}/votes`, { vote: "deconfirm" });
    const changed = await otherCaseworker.request("POST", `${entry}/votes`, { vote: "deconfirm" });
    expect(changed.json).toMatchObject({ confirmVotes: 0, deconfirmVotes: 2 });
    // Analysts see no hash list at all, so an entry is out of their scope.
    expect((await analyst.request("POST", `${entry}/votes`, { vote: "confirm" })).status).toBe(404);
    expect(
      (
        await otherCaseworker.request("POST", `/api/hash-lists/${listId}/entries/${listId}/votes`, {
          vote: "confirm",
        })
      ).status,
    ).toBe(404);
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("action")
      .where("resource_id", "=", entryId)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "hash_list.entry_status",
      "hash_list.entry_status",
      "hash_list.entry_vote",
      "hash_list.entry_vote",
      "hash_list.entry_vote",
    ]);
  });

  it("makes an entry written by another process matchable within seconds", async () => {
    // Another server process's import, written straight to the database: this app's index only
    // learns of it from its poll of the entries' revisions.
    const fresh = nearby(PDQ_B, 64);
    const batch = await h.db
      .insertInto("hash_list_imports")
      .values({
        list_id: listId,
        format: "pdq",
        added: 1,
        updated: 0,
        tombstoned: 0,
        unchanged: 0,
        imported_by: null,
        imported_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await h.db
      .insertInto("hash_list_entries")
      .values({
        list_id: listId,
        fingerprint_type: "pdq",
        value: fresh,
        quality: null,
        classification: null,
        batch_id: batch.id,
        source_id: null,
        added_by: null,
        added_at: new Date(),
        updated_at: new Date(),
        status: "active",
      })
      .execute();
    const started = Date.now();
    let matches: unknown[] = [];
    while (matches.length === 0 && Date.now() - started < 6000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const answer = await otherCaseworker.request("POST", "/api/hash-lists/match", {
        fingerprints: [{ type: "pdq", value: fresh }],
      });
      matches = answer.json.results[0].matches;
    }
    expect(matches).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(6000);
    // Other capabilities reach the same index through the app's database.
    expect(hashIndexOf(h.db)?.size).toBeGreaterThan(1);
  });
});

describe("hash list helpers", () => {
  it("moves a hash by the number of bits asked", () => {
    const moved = nearby(PDQ_A, 7);
    let bits = 0;
    for (let i = 0; i < 64; i++) {
      let x = Number.parseInt(moved[i]!, 16) ^ Number.parseInt(PDQ_A[i]!, 16);
      while (x) {
        bits += x & 1;
        x >>= 1;
      }
    }
    expect(bits).toBe(7);
  });
});
