import { createHash, randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { fingerprintImage } from "./fingerprint.ts";
import { makeBenignPng, reportBody, resizedCopy, rotatedCopy } from "./test-fixtures.ts";

/*
 * Online-harm reports through the API: a hotline caseworker records a report and uploads benign
 * test images; an exact hit on a verified list is known material, perceptual hits go to review,
 * a supervisor decides them once; other agencies and analysts see nothing; hostile input is
 * refused with nothing stored.
 */

const listBody = (o: Record<string, unknown>) => ({
  name: "Benign test list",
  source: "Made from benign drawn test images",
  licence: "Test data, no restriction",
  permittedUse: "Testing the matcher",
  exportPolicy: "owner",
  sharingLevel: "organisation",
  tlp: "amber",
  ...o,
});

async function count(
  h: Harness,
  table: "online_harm_uploads" | "online_harm_reports" | "online_harm_matches",
) {
  const row = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDatabase("online-harm reports", (h) => {
  let caseworker: Client;
  let supervisor: Client;
  let investigator: Client;
  let analyst: Client;
  let otherCaseworker: Client;
  let png: Buffer;
  /** A second picture, found turned a quarter through its rotate90 variant (20 bits away). */
  let png2: Buffer;
  let verifiedListId: string;
  let pdqListId: string;
  beforeAll(async () => {
    const org = await makeOrg(h, { agencyType: "hotline" });
    const other = await makeOrg(h, { agencyType: "cyber_crime" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    investigator = await signInAs(h, await makeUser(h, { org, role: "investigator" }));
    analyst = await signInAs(h, await makeUser(h, { org, role: "analyst" }));
    otherCaseworker = await signInAs(h, await makeUser(h, { org: other, role: "caseworker" }));
    png = await makeBenignPng(1);
    png2 = await makeBenignPng(2);
    const f = await fingerprintImage(png);
    const f2 = await fingerprintImage(png2);
    const verified = await supervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Verified", isVerified: true }),
    );
    expect(verified.status).toBe(201);
    expect(verified.json.isVerified).toBe(true);
    verifiedListId = verified.json.id;
    const perceptual = await supervisor.request(
      "POST",
      "/api/hash-lists",
      listBody({ name: "Perceptual" }),
    );
    pdqListId = perceptual.json.id;
    for (const [id, content] of [
      [verifiedListId, `HASH_MD5,${f.md5},src-1,test_class_a1`],
      [pdqListId, `HASH_PDQ,${f.pdq},src-2,test_class_a1\nHASH_PDQ,${f2.pdq},src-3,test_class_a1`],
    ] as const) {
      const r = await supervisor.request("POST", `/api/hash-lists/${id}/import`, {
        format: "threatexchange",
        content,
      });
      expect(r.status).toBe(200);
    }
  });

  const upload = (
    client: Client,
    reportId: string,
    bytes: Buffer,
    o: Record<string, unknown> = {},
  ) =>
    client.request("POST", `/api/online-harm/reports/${reportId}/uploads`, {
      contentBase64: bytes.toString("base64"),
      ...o,
    });

  it(`records a report, and an exact hit on a verified list is known material`, async () => {
    const created = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    expect(created.status).toBe(201);
    expect(created.json.urls).toEqual(reportBody().urls);
    expect(created.json.reporter).toEqual({
      kind: "public",
      anonymous: true,
      name: null,
      contact: null,
    });
    const r = await upload(caseworker, created.json.id, png, { filename: "x.png" });
    expect(r.status).toBe(201);
    const f = await fingerprintImage(png);
    expect(r.json.upload).toMatchObject({
      md5: f.md5,
      sha256: f.sha256,
      pdq: f.pdq,
      mediaType: "image/png",
      byteSize: png.byteLength,
      width: 256,
      evidenceId: null,
    });
    const known = r.json.matches.find((m: { listId: string }) => m.listId === verifiedListId);
    expect(known).toMatchObject({
      status: "known_material",
      kind: "exact",
      distance: 0,
      fingerprintType: "md5",
      listName: "Verified",
      classification: "test_class_a1",
      isVerifiedList: true,
    });
    const perceptual = r.json.matches.find((m: { listId: string }) => m.listId === pdqListId);
    expect(perceptual).toMatchObject({
      status: "review",
      kind: "perceptual",
      distance: 0,
      variant: "original",
    });
    // The detail: fingerprints and matches, never an image; its read is audited.
    const detail = await caseworker.request("GET", `/api/online-harm/reports/${created.json.id}`);
    expect(detail.status).toBe(200);
    expect(detail.json.uploads).toHaveLength(1);
    expect(detail.json.matches).toHaveLength(2);
    expect(JSON.stringify(detail.json)).not.toContain(png.toString("base64").slice(100, 160));
    const audit = await h.db
      .selectFrom("audit_entries")
      .select(["action", "details"])
      .where("resource_id", "in", [created.json.id, r.json.upload.id])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "online_harm.report_create",
      "online_harm.report_read",
      "online_harm.upload",
    ]);
    const uploadAudit = JSON.stringify(
      audit.find((a) => a.action === "online_harm.upload")!.details,
    );
    expect(uploadAudit).toContain('"known_material":1');
    expect(uploadAudit).not.toContain(f.md5);
    const list = await caseworker.request("GET", "/api/online-harm/reports?limit=100");
    const summary = list.json.items.find((i: { id: string }) => i.id === created.json.id);
    expect(summary).toMatchObject({ urls: 2, uploads: 1, knownMaterial: 1, toReview: 1 });
  });

  it(`sends a resized or turned copy to review, decided once by a supervisor`, async () => {
    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const resized = await upload(caseworker, report.json.id, await resizedCopy(png));
    expect(resized.status).toBe(201);
    expect(resized.json.matches).toHaveLength(1);
    expect(resized.json.matches[0]).toMatchObject({
      listId: pdqListId,
      status: "review",
      kind: "perceptual",
    });
    expect(resized.json.matches[0].distance).toBeLessThanOrEqual(31);
    const turned = await upload(caseworker, report.json.id, await rotatedCopy(png2));
    expect(turned.json.matches).toHaveLength(1);
    expect(turned.json.matches[0].variant).not.toBe("original");
    const queue = await caseworker.request(
      "GET",
      "/api/online-harm/matches?status=review&limit=100",
    );
    expect(queue.status).toBe(200);
    const distances = queue.json.items.map((m: { distance: number }) => m.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const matchId = resized.json.matches[0].id;
    expect(queue.json.items.map((m: { id: string }) => m.id)).toContain(matchId);
    expect(queue.json.items[0].can.decide).toBe(false); // a caseworker reviews but does not decide
    // Pages of one, each from the last one's cursor, are the one page: no item twice, none
    // missed.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await caseworker.request(
        "GET",
        `/api/online-harm/matches?status=review&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      paged.push(...page.json.items.map((m: { id: string }) => m.id));
      cursor = page.json.nextCursor;
    } while (cursor && paged.length <= 100);
    expect(paged).toEqual(queue.json.items.map((m: { id: string }) => m.id));

    const refused = await caseworker.request(
      "POST",
      `/api/online-harm/matches/${matchId}/decision`,
      { decision: "confirmed" },
    );
    expect(refused.status).toBe(403);
    const decided = await supervisor.request(
      "POST",
      `/api/online-harm/matches/${matchId}/decision`,
      { decision: "confirmed", note: "Same picture, smaller" },
    );
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({
      status: "confirmed",
      note: "Same picture, smaller",
      can: { decide: false },
    });
    const again = await investigator.request(
      "POST",
      `/api/online-harm/matches/${matchId}/decision`,
      { decision: "not_a_match" },
    );
    expect(again.status).toBe(409);
    const after = await caseworker.request(
      "GET",
      "/api/online-harm/matches?status=review&limit=100",
    );
    expect(after.json.items.map((m: { id: string }) => m.id)).not.toContain(matchId);
    const turnedDecision = await investigator.request(
      "POST",
      `/api/online-harm/matches/${turned.json.matches[0].id}/decision`,
      { decision: "not_a_match" },
    );
    expect(turnedDecision.json.status).toBe("not_a_match");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "online_harm.match_decision")
      .where("resource_id", "=", matchId)
      .execute();
    expect(audit).toHaveLength(1);
    // Each decision is its decider's vote on the matched entry, naming the decision; the
    // refused second decision cast none.
    const entryIds = [resized.json.matches[0].entryId, turned.json.matches[0].entryId];
    const votes = await h.db
      .selectFrom("hash_list_entry_votes as v")
      .innerJoin("hash_list_entries as e", "e.id", "v.entry_id")
      .select(["v.entry_id", "v.vote", "v.match_id", "e.confirm_votes", "e.deconfirm_votes"])
      .where("v.entry_id", "in", entryIds)
      .execute();
    expect(votes).toHaveLength(2);
    expect(votes.find((v) => v.entry_id === entryIds[0])).toMatchObject({
      vote: "confirm",
      match_id: matchId,
      confirm_votes: 1,
      deconfirm_votes: 0,
    });
    expect(votes.find((v) => v.entry_id === entryIds[1])).toMatchObject({
      vote: "deconfirm",
      match_id: turned.json.matches[0].id,
      confirm_votes: 0,
      deconfirm_votes: 1,
    });
    const voteAudit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "hash_list.entry_vote")
      .where("resource_id", "in", entryIds)
      .execute();
    expect(voteAudit).toHaveLength(2);
  });

  it("matches a file by SHA-1 (as NCMEC lists carry it) on a verified list as known material", async () => {
    const png3 = await makeBenignPng(3);
    const sha1 = createHash("sha1").update(png3).digest("hex");
    await supervisor.request("POST", `/api/hash-lists/${verifiedListId}/import`, {
      format: "threatexchange",
      content: `HASH_SHA1,${sha1},src-4,test_class_b1`,
    });
    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const r = await upload(caseworker, report.json.id, png3);
    expect(r.json.matches).toHaveLength(1);
    expect(r.json.matches[0]).toMatchObject({
      fingerprintType: "sha1",
      status: "known_material",
      classification: "test_class_b1",
    });
  });

  it(`keeps reports and matches from other agencies and analysts`, async () => {
    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const r = await upload(caseworker, report.json.id, png);
    const matchId = r.json.matches[0].id;
    const id = report.json.id;
    for (const client of [otherCaseworker, analyst]) {
      expect((await client.request("GET", `/api/online-harm/reports/${id}`)).status).toBe(404);
      expect((await upload(client, id, png)).status).toBe(404);
      expect(
        (
          await client.request("POST", `/api/online-harm/matches/${matchId}/decision`, {
            decision: "confirmed",
          })
        ).status,
      ).toBe(404);
    }
    expect((await analyst.request("GET", "/api/online-harm/reports")).status).toBe(403);
    expect((await analyst.request("GET", "/api/online-harm/matches")).status).toBe(403);
    expect((await analyst.request("POST", "/api/online-harm/reports", reportBody())).status).toBe(
      403,
    );
    const others = await otherCaseworker.request("GET", "/api/online-harm/reports?limit=100");
    expect(others.json.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const othersQueue = await otherCaseworker.request("GET", "/api/online-harm/matches?limit=100");
    expect(othersQueue.json.items).toEqual([]);
    // Another agency's upload of the same image matches nothing: the lists are the owner's.
    const own = await otherCaseworker.request("POST", "/api/online-harm/reports", reportBody());
    expect((await upload(otherCaseworker, own.json.id, png)).json.matches).toEqual([]);
    // A case the caseworker may not open, and a case that does not exist: 404, nothing stored.
    const before = await count(h, "online_harm_reports");
    const noCase = await caseworker.request(
      "POST",
      "/api/online-harm/reports",
      reportBody({ caseId: randomUUID() }),
    );
    expect(noCase.status).toBe(404);
    expect(await count(h, "online_harm_reports")).toBe(before);
    // Retaining evidence is a supervisor's or investigator's choice: a caseworker's 403.
    const uploads = await count(h, "online_harm_uploads");
    const retain = await upload(caseworker, id, png, {
      retain: { legalBasis: "Test basis", reason: "Needed for the test" },
    });
    expect(retain.status).toBe(403);
    expect(await count(h, "online_harm_uploads")).toBe(uploads);
    // A supervisor keeps it: the evidence item points back to the upload, in one transaction.
    const kept = await upload(supervisor, id, png, {
      retain: { legalBasis: "Test legal basis", reason: "Kept for the test investigation" },
    });
    expect(kept.status).toBe(201);
    const item = await h.db
      .selectFrom("evidence_items")
      .select(["source_kind", "source_id", "organisation_id"])
      .where("id", "=", kept.json.upload.evidenceId)
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({
      source_kind: "online_harm_upload",
      source_id: kept.json.upload.id,
    });
  });

  it(`closes a report once, with an outcome and a reason; a closed report takes no upload`, async () => {
    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const id = report.json.id;
    expect(report.json).toMatchObject({ status: "open", closure: null });
    expect(report.json.can).toMatchObject({ upload: true, close: false });
    const path = `/api/online-harm/reports/${id}/close`;
    const body = { outcome: "content_removed", reason: "The platform removed both addresses" };
    expect((await caseworker.request("POST", path, body)).status).toBe(403);
    expect((await otherCaseworker.request("POST", path, body)).status).toBe(404);
    expect((await analyst.request("POST", path, body)).status).toBe(404);
    for (const [bad, field] of [
      [{ ...body, outcome: "solved" }, "outcome"],
      [{ ...body, reason: "    ok  " }, "reason"],
      [{ outcome: "duplicate" }, "reason"],
      [{ ...body, extra: true }, "extra"],
    ] as const) {
      const r = await supervisor.request("POST", path, bad);
      expect(r.status, field).toBe(400);
      expect(r.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const open = await h.db
      .selectFrom("online_harm_reports")
      .select(["status", "close_outcome"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(open).toEqual({ status: "open", close_outcome: null });

    const closed = await investigator.request("POST", path, body);
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe("closed");
    expect(closed.json.closure).toMatchObject({
      outcome: "content_removed",
      reason: "The platform removed both addresses",
    });
    expect(closed.json.can).toEqual({ upload: false, retain: false, close: false });
    const again = await supervisor.request("POST", path, { ...body, outcome: "duplicate" });
    expect(again.status).toBe(409);
    const uploads = await count(h, "online_harm_uploads");
    const late = await upload(supervisor, id, png);
    expect(late.status).toBe(409);
    expect(late.json.errors[0].field).toBe("contentBase64");
    expect(await count(h, "online_harm_uploads")).toBe(uploads);
    const row = await h.db
      .selectFrom("online_harm_reports")
      .select(["close_outcome", "closed_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.close_outcome).toBe("content_removed");
    const audit = await h.db
      .selectFrom("audit_entries")
      .select("details")
      .where("action", "=", "online_harm.report_close")
      .where("resource_id", "=", id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ outcome: "content_removed" });
  });

  it(`refuses hostile reports and uploads, storing nothing`, async () => {
    const before = await count(h, "online_harm_reports");
    const bad = [
      [reportBody({ urls: ["javascript:alert(1)"] }), "urls.0"],
      [reportBody({ category: "spam" }), "category"],
      [
        reportBody({ reporter: { kind: "public", anonymous: true, name: "Someone" } }),
        "reporter.anonymous",
      ],
      [reportBody({ image: "AAAA" }), "image"],
    ] as const;
    for (const [body, field] of bad) {
      const r = await caseworker.request("POST", "/api/online-harm/reports", body);
      expect(r.status, field).toBe(400);
      expect(r.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const future = await caseworker.request(
      "POST",
      "/api/online-harm/reports",
      reportBody({ reportedAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(future.status).toBe(422);
    expect(await count(h, "online_harm_reports")).toBe(before);

    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const uploads = await count(h, "online_harm_uploads");
    const text = Buffer.from("not an image at all, just words");
    const bomb = await pngDeclaring(100_000, 100_000);
    // The last column: the stable code the web words the refusal by (none for a client's bug).
    const cases: [Record<string, unknown>, number, string, RegExp?][] = [
      [{ contentBase64: "@@not base64@@" }, 400, "not base64"],
      [{ contentBase64: `data:image/png;base64,${png.toString("base64")}` }, 400, "data: prefix"],
      [
        { contentBase64: text.toString("base64"), mediaType: "image/png" },
        400,
        "text as an image",
        /^file_not_image$/,
      ],
      [
        { contentBase64: text.toString("base64"), mediaType: "application/pdf" },
        400,
        "a document",
        /^file_type_not_accepted$/,
      ],
      [
        { contentBase64: png.subarray(0, 200).toString("base64") },
        400,
        "a truncated image",
        /^file_(damaged|not_image)$/,
      ],
      [{ contentBase64: bomb.toString("base64") }, 400, "a decompression bomb", /^file_too_large$/],
      [{ contentBase64: "A".repeat(28_500_000) }, 413, "over the upload limit", /^file_too_large$/],
    ];
    for (const [body, status, what, code] of cases) {
      const r = await caseworker.request(
        "POST",
        `/api/online-harm/reports/${report.json.id}/uploads`,
        body,
      );
      expect(r.status, what).toBe(status);
      expect(r.json.errors?.[0]?.field, what).toBe("contentBase64");
      if (code) expect(r.json.errors?.[0]?.code, what).toMatch(code);
    }
    const bombAnswer = await caseworker.request(
      "POST",
      `/api/online-harm/reports/${report.json.id}/uploads`,
      { contentBase64: bomb.toString("base64") },
    );
    expect(bombAnswer.json.detail).toMatch(/100000 × 100000 pixels/);
    expect(await count(h, "online_harm_uploads")).toBe(uploads);
  });
});

/** A valid 1 × 1 PNG whose header claims `width` × `height` pixels (CRC fixed): a bomb. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const { crc32 } = await import("node:zlib");
  const png = Buffer.from(await makeBenignPng(2, 8));
  // IHDR data starts at byte 16: width, height (big-endian), then its CRC at byte 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
