import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { fingerprintImage } from "./fingerprint.ts";
import { QUARANTINE_FACTOR, QUARANTINE_FLOOR } from "./quarantine.ts";
import { makeBenignPng, reportBody } from "./test-fixtures.ts";

/*
 * Quarantine on the test clock: an entry whose hits in the last hour pass max(20, 10 × its daily
 * average over the 30 days before) is quarantined (audited with the counts); its next hits are
 * marked and reviewed, the hash-list match route leaves it out, and the list's supervisor
 * releases it (its organisation administrator may not: 403, audited). An entry with a busy history is not quarantined by the same hour.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase("online-harm quarantine", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let orgAdmin: Client;
  let organisationId: string;
  let reportId: string;
  let listId: string;
  let floodPng: Buffer;
  let busyPng: Buffer;
  let floodEntry: string;
  let busyEntry: string;

  /** Matches recorded for `entryId` at the given times (each on its own stand-in upload). */
  async function seedHits(entryId: string, times: Date[]) {
    for (const at of times) {
      const upload = await h.db
        .insertInto("online_harm_uploads")
        .values({
          report_id: reportId,
          organisation_id: organisationId,
          md5: "0".repeat(32),
          sha256: "0".repeat(64),
          byte_size: 1,
          media_type: "video/mp4",
          created_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await h.db
        .insertInto("online_harm_matches")
        .values({
          upload_id: upload.id,
          organisation_id: organisationId,
          list_id: listId,
          entry_id: entryId,
          fingerprint_type: "md5",
          distance: 0,
          variant: "original",
          kind: "exact",
          status: "review",
          created_at: at,
        })
        .execute();
    }
  }

  const minutesAgo = (n: number, count: number) =>
    Array.from(
      { length: count },
      (_, i) => new Date(h.clock.now().getTime() - (n + i / 100) * 60_000),
    );

  const upload = (png: Buffer) =>
    caseworker.request("POST", `/api/online-harm/reports/${reportId}/uploads`, {
      contentBase64: png.toString("base64"),
    });

  const entryStatus = async (h: Harness, id: string) =>
    (
      await h.db
        .selectFrom("hash_list_entries")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).status;

  beforeAll(async () => {
    const org = await makeOrg(h, { agencyType: "hotline" });
    organisationId = org.id;
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    orgAdmin = await signInAs(h, await makeUser(h, { org, role: "org_admin" }));
    floodPng = await makeBenignPng(11);
    busyPng = await makeBenignPng(12);
    const list = await supervisor.request("POST", "/api/hash-lists", {
      name: "Unverified exact list",
      source: "Benign drawn test images",
      licence: "Test data",
      permittedUse: "Testing quarantine",
      exportPolicy: "owner",
      sharingLevel: "organisation",
      tlp: "amber",
    });
    listId = list.json.id;
    const [flood, busy] = [await fingerprintImage(floodPng), await fingerprintImage(busyPng)];
    const imported = await supervisor.request("POST", `/api/hash-lists/${listId}/import`, {
      format: "threatexchange",
      content: `HASH_MD5,${flood.md5},flood\nHASH_MD5,${busy.md5},busy`,
    });
    expect(imported.status).toBe(200);
    const entries = await h.db
      .selectFrom("hash_list_entries")
      .select(["id", "source_id"])
      .where("list_id", "=", listId)
      .execute();
    floodEntry = entries.find((e) => e.source_id === "flood")!.id;
    busyEntry = entries.find((e) => e.source_id === "busy")!.id;
    reportId = (await caseworker.request("POST", "/api/online-harm/reports", reportBody())).json.id;
    // The entries were imported at T0; the test's hits follow (within the sessions' idle time).
    h.clock.advance(25 * 60_000);
  });

  it("quarantines an entry matching far above its usual rate, and its keepers release it", async () => {
    expect([QUARANTINE_FLOOR, QUARANTINE_FACTOR]).toEqual([20, 10]);
    await seedHits(floodEntry, minutesAgo(15, QUARANTINE_FLOOR));
    const tipping = await upload(floodPng);
    expect(tipping.status).toBe(201);
    expect(tipping.json.matches).toHaveLength(1);
    expect(tipping.json.matches[0]).toMatchObject({ entryId: floodEntry, status: "quarantined" });
    expect(await entryStatus(h, floodEntry)).toBe("quarantined");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "hash_list.entry_quarantine")
      .where("resource_id", "=", floodEntry)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      hitsLastHour: 21,
      trailingDailyAverage: 0,
      threshold: 20,
      to: "quarantined",
    });

    // Its next hit is marked and reviewed, never known material; the match route drops it.
    const next = await upload(floodPng);
    expect(next.json.matches[0].status).toBe("quarantined");
    const queue = await caseworker.request(
      "GET",
      "/api/online-harm/matches?status=quarantined&limit=100",
    );
    expect(queue.json.items.map((m: { id: string }) => m.id)).toContain(next.json.matches[0].id);
    const review = await caseworker.request(
      "GET",
      "/api/online-harm/matches?status=review&limit=100",
    );
    expect(review.json.items.map((m: { id: string }) => m.id)).toContain(next.json.matches[0].id);
    const md5 = (await fingerprintImage(floodPng)).md5;
    const matched = await caseworker.request("POST", "/api/hash-lists/match", {
      fingerprints: [{ type: "md5", value: md5 }],
    });
    expect(matched.json.results[0].matches).toEqual([]);

    // A caseworker may not release it, nor may the organisation's administrator (who may keep
    // the list otherwise): releasing is a judgement on material. Refused, unchanged, audited.
    const path = `/api/hash-lists/${listId}/entries/${floodEntry}`;
    expect((await caseworker.request("PATCH", path, { status: "active" })).status).toBe(403);
    for (const status of ["active", "disabled"]) {
      const byAdmin = await orgAdmin.request("PATCH", path, { status });
      expect(byAdmin.status, status).toBe(403);
      expect(byAdmin.json.detail).toMatch(/supervisors and investigators/);
    }
    expect(await entryStatus(h, floodEntry)).toBe("quarantined");
    const denied = await h.db
      .selectFrom("audit_entries")
      .select(["outcome", "details"])
      .where("action", "=", "hash_list.entry_status")
      .where("resource_id", "=", floodEntry)
      .execute();
    expect(denied.map((d) => [d.outcome, (d.details as { to: string }).to]).sort()).toEqual([
      ["denied", "active"],
      ["denied", "disabled"],
    ]);
    const released = await supervisor.request("PATCH", path, { status: "active" });
    expect(released.status).toBe(200);
    expect(released.json.status).toBe("active");
    h.clock.advance(60_000);
    const after = await upload(floodPng);
    expect(after.json.matches[0].status).toBe("review");
    expect(await entryStatus(h, floodEntry)).toBe("active");
  });

  it("does not quarantine an entry whose usual rate explains the hour", async () => {
    // Three hits a day for 30 days: a daily average of 3, so up to 30 hits an hour are usual.
    const history = Array.from(
      { length: 90 },
      (_, i) => new Date(h.clock.now().getTime() - 2 * HOUR - (i / 3) * DAY),
    );
    await seedHits(busyEntry, history);
    await seedHits(busyEntry, minutesAgo(12, 25));
    const r = await upload(busyPng);
    expect(r.json.matches[0]).toMatchObject({ entryId: busyEntry, status: "review" });
    expect(await entryStatus(h, busyEntry)).toBe("active");
    // Five more in the same hour pass 10 × 3: quarantined.
    await seedHits(busyEntry, minutesAgo(6, 4));
    const tipping = await upload(busyPng);
    expect(tipping.json.matches[0].status).toBe("quarantined");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "hash_list.entry_quarantine")
      .where("resource_id", "=", busyEntry)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      hitsLastHour: 31,
      trailingDailyAverage: 3,
      threshold: 30,
    });
  });
});
