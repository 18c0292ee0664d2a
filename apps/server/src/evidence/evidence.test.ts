import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Role, roles } from "@sahabat/shared";
import { sql } from "kysely";
import sharp from "sharp";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser, type TestUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { retainEvidence } from "./service.ts";

/*
 * Retained evidence through the service and the API: an investigator keeps a benign test image
 * as evidence; it is stored encrypted (the plaintext's marker is nowhere in the row); the record
 * and custody are visible to the organisation's readers only; a blurred thumbnail is given to
 * the allowed roles with a reason, never cached, and every refusal is recorded; altered
 * ciphertext fails its integrity check on custody; destruction wipes the material and keeps
 * the record.
 */

const MARKER = "SAHABAT-EVIDENCE-MARKER-7f3a";
const startedAt = Date.now();

/** A benign, busy test image (noise with stripes) carrying MARKER in its EXIF. */
async function makeTestImage(): Promise<Buffer> {
  const width = 320;
  const height = 240;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const x = Math.floor(i / 3) % width;
    pixels[i] = x % 8 < 4 ? seed & 0xff : 255 - (seed & 0x3f);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { ImageDescription: MARKER } })
    .toBuffer();
}

/** Standard deviation of the grey levels: a blurred image has far less. */
async function greyDeviation(image: Buffer): Promise<number> {
  const stats = await sharp(image).greyscale().stats();
  return stats.channels[0]?.stdev ?? 0;
}

function userCtx(h: Harness, user: TestUser, role: "investigator" | "supervisor" | "caseworker") {
  const ctx: Ctx = {
    ...h.systemCtx(),
    actor: {
      kind: "user",
      userId: user.id,
      organisationId: user.organisationId,
      role,
      countryCode: "VN",
    },
  };
  return ctx;
}

const retainInput = (user: TestUser, bytes: Buffer, o: Record<string, unknown> = {}) => ({
  bytes,
  organisationId: user.organisationId,
  actorUserId: user.id,
  legalBasis: "Child Protection Law art. 12",
  reason: "Needed to identify the victim's location",
  mediaType: "image/jpeg",
  sourceKind: "online_harm_upload" as const,
  sourceId: "upload-1",
  ...o,
});

async function countRows(h: Harness) {
  const n = async (table: "evidence_items" | "evidence_custody_events" | "audit_entries") =>
    (
      await h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return `${await n("evidence_items")}/${await n("evidence_custody_events")}/${await n("audit_entries")}`;
}

async function custodyOf(h: Harness, itemId: string) {
  return h.db
    .selectFrom("evidence_custody_events")
    .select(["kind", "outcome", "reason", "details", "actor_user_id"])
    .where("item_id", "=", itemId)
    .orderBy("id")
    .execute();
}

async function auditOf(h: Harness, itemId: string, action: string) {
  return h.db
    .selectFrom("audit_entries")
    .select(["outcome", "details", "actor_user_id", "organisation_id"])
    .where("resource_id", "=", itemId)
    .where("action", "=", action)
    .orderBy("seq")
    .execute();
}

describeEachDatabase("retained evidence", (h) => {
  /** The thumbnail's status (the test client reads JSON, and a granted thumbnail is a JPEG). */
  const thumbnailStatus = async (client: Client, id: string) =>
    (
      await h.app.inject({
        method: "POST",
        url: `/api/evidence/${id}/thumbnail`,
        headers: { cookie: client.cookie, "x-csrf-token": client.csrfToken },
        payload: { reason: "Matrix check" },
      })
    ).statusCode;

  let image: Buffer;
  let investigatorUser: TestUser;
  let caseworkerUser: TestUser;
  let supervisor: Client;
  let investigator: Client;
  let caseworker: Client;
  let analyst: Client;
  let orgAdmin: Client;
  let otherSupervisor: Client;
  let evidenceId: string;

  const retain = (o: Record<string, unknown> = {}) =>
    inTransaction(userCtx(h, investigatorUser, "investigator"), (tx) =>
      retainEvidence(tx, retainInput(investigatorUser, image, o)),
    );

  beforeAll(async () => {
    image = await makeTestImage();
    const org = await makeOrg(h, { agencyType: "hotline" });
    const other = await makeOrg(h, { agencyType: "cyber_crime" });
    investigatorUser = await makeUser(h, { org, role: "investigator" });
    caseworkerUser = await makeUser(h, { org, role: "caseworker" });
    supervisor = await signInAs(h, await makeUser(h, { org, role: "supervisor" }));
    investigator = await signInAs(h, investigatorUser);
    caseworker = await signInAs(h, caseworkerUser);
    analyst = await signInAs(h, await makeUser(h, { org, role: "analyst" }));
    orgAdmin = await signInAs(h, await makeUser(h, { org, role: "org_admin" }));
    otherSupervisor = await signInAs(h, await makeUser(h, { org: other, role: "supervisor" }));
    evidenceId = (await retain()).evidenceId;
  });

  it("keeps the upload encrypted, with its acquisition hashes, custody and audit", async () => {
    expect(image.includes(MARKER)).toBe(true);
    const { evidenceId: id, sha256 } = await retain({ sourceId: "upload-2" });
    expect(sha256).toBe(createHash("sha256").update(image).digest("hex"));
    const row = await h.db
      .selectFrom("evidence_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      organisation_id: investigatorUser.organisationId,
      source_kind: "online_harm_upload",
      source_id: "upload-2",
      media_type: "image/jpeg",
      byte_size: image.byteLength,
      md5: createHash("md5").update(image).digest("hex"),
      status: "active",
      retained_by: investigatorUser.id,
      legal_basis: "Child Protection Law art. 12",
    });
    const ciphertext = row.ciphertext as Buffer;
    expect(ciphertext.byteLength).toBe(image.byteLength);
    expect(ciphertext.includes(MARKER)).toBe(false);
    expect(ciphertext.includes(image.subarray(0, 64))).toBe(false);
    expect(row.wrapped_key?.byteLength).toBe(60);
    expect(row.wrapped_key?.includes(h.secrets.dataKey)).toBe(false);
    // Nowhere else in the row, nor in the custody or the audit trail, as bytes or base64.
    const dump = JSON.stringify({
      row: { ...row, ciphertext: null },
      custody: await custodyOf(h, id),
      audit: await auditOf(h, id, "evidence.retain"),
    });
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain(image.subarray(0, 48).toString("base64"));
    expect((await custodyOf(h, id)).map((e) => [e.kind, e.outcome])).toEqual([["acquired", "ok"]]);
    const [audit] = await auditOf(h, id, "evidence.retain");
    expect(audit?.actor_user_id).toBe(investigatorUser.id);
    expect(audit?.details).toMatchObject({ sourceId: "upload-2", byteSize: image.byteLength });
    expect(h.logLines.join("\n")).not.toContain(MARKER);
  });

  it("refuses to keep evidence for a caseworker, for another organisation or without a reason, writing nothing", async () => {
    const otherOrg = await makeOrg(h);
    const before = await countRows(h);
    await expect(
      inTransaction(userCtx(h, caseworkerUser, "caseworker"), (tx) =>
        retainEvidence(tx, retainInput(caseworkerUser, image)),
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(retain({ organisationId: otherOrg.id })).rejects.toMatchObject({ status: 403 });
    await expect(retain({ reason: "  ok " })).rejects.toMatchObject({
      status: 422,
      // Trimmed to two characters: said as the schema says a short text.
      errors: [{ field: "reason", code: "too_small", params: { origin: "string", minimum: 5 } }],
    });
    await expect(retain({ legalBasis: "" })).rejects.toMatchObject({
      errors: [{ field: "legalBasis" }],
    });
    await expect(retain({ mediaType: "not a type" })).rejects.toMatchObject({
      errors: [{ field: "mediaType", code: "invalid_format", params: { format: "media_type" } }],
    });
    await expect(retain({ bytes: new Uint8Array(0) })).rejects.toMatchObject({
      errors: [{ field: "file", code: "file_empty" }],
    });
    expect(await countRows(h)).toBe(before);
  });

  it("shows the record and custody to the organisation's readers only, audited", async () => {
    const read = await supervisor.request("GET", `/api/evidence/${evidenceId}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({
      id: evidenceId,
      status: "active",
      sourceId: "upload-1",
      can: { viewThumbnail: true, destroy: true },
    });
    expect(read.json.custody[0]).toMatchObject({
      kind: "acquired",
      actorUserId: investigatorUser.id,
      reason: "Needed to identify the victim's location",
    });
    expect(read.json).not.toHaveProperty("ciphertext");
    expect(JSON.stringify(read.json)).not.toContain("wrapped");
    const asCaseworker = await caseworker.request("GET", `/api/evidence/${evidenceId}`);
    expect(asCaseworker.status).toBe(200);
    expect(asCaseworker.json.can).toEqual({ viewThumbnail: false, destroy: false });
    expect((await investigator.request("GET", `/api/evidence/${evidenceId}`)).json.can).toEqual({
      viewThumbnail: true,
      destroy: false,
    });
    for (const outsider of [analyst, orgAdmin, otherSupervisor]) {
      const r = await outsider.request("GET", `/api/evidence/${evidenceId}`);
      expect(r.status).toBe(404);
    }
    const listed = await caseworker.request(
      "GET",
      "/api/evidence?sourceKind=online_harm_upload&sourceId=upload-1",
    );
    expect(listed.json.map((i: { id: string }) => i.id)).toContain(evidenceId);
    const foreign = await otherSupervisor.request(
      "GET",
      "/api/evidence?sourceKind=online_harm_upload&sourceId=upload-1",
    );
    expect(foreign.json).toEqual([]);
    expect((await auditOf(h, evidenceId, "evidence.read")).length).toBe(3);
  });

  it("gives an allowed role a small blurred JPEG, never cached, on custody and audited", async () => {
    const reason = "Confirm the room matches the report";
    const r = await h.app.inject({
      method: "POST",
      url: `/api/evidence/${evidenceId}/thumbnail`,
      headers: { cookie: investigator.cookie, "x-csrf-token": investigator.csrfToken },
      payload: { reason },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("image/jpeg");
    expect(r.headers["cache-control"]).toBe("no-store, private");
    expect(r.headers.pragma).toBe("no-cache");
    const thumbnail = r.rawPayload;
    const meta = await sharp(thumbnail).metadata();
    expect(meta.format).toBe("jpeg");
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(64);
    expect(meta.exif).toBeUndefined();
    expect(thumbnail.includes(MARKER)).toBe(false);
    // Blurred: far less contrast than the same image merely scaled down.
    const scaled = await sharp(image).resize(64, 64, { fit: "inside" }).png().toBuffer();
    expect(await greyDeviation(thumbnail)).toBeLessThan((await greyDeviation(scaled)) / 3);
    const custody = await custodyOf(h, evidenceId);
    expect(custody.at(-1)).toMatchObject({
      kind: "thumbnail_viewed",
      outcome: "ok",
      reason,
      actor_user_id: investigatorUser.id,
    });
    const audit = await auditOf(h, evidenceId, "evidence.thumbnail");
    expect(audit.at(-1)).toMatchObject({ outcome: "ok", actor_user_id: investigatorUser.id });
    expect(JSON.stringify(audit)).not.toContain(reason);
  });

  it("refuses a thumbnail without a reason (400) and records the refusal", async () => {
    const withControl = { reason: "look\u0000 at it please" };
    for (const body of [undefined, {}, { reason: "" }, { reason: " why " }, withControl]) {
      const custodyBefore = (await custodyOf(h, evidenceId)).length;
      const auditBefore = (await auditOf(h, evidenceId, "evidence.thumbnail")).length;
      const r = await supervisor.request("POST", `/api/evidence/${evidenceId}/thumbnail`, body);
      expect(r.status).toBe(400);
      expect(r.json.errors).toEqual([
        {
          field: "reason",
          message: expect.any(String),
          code: "reason_required",
          params: { minimum: 5 },
        },
      ]);
      expect(r.headers["content-type"]).toContain("application/problem+json");
      const custody = await custodyOf(h, evidenceId);
      expect(custody.length).toBe(custodyBefore + 1);
      expect(custody.at(-1)).toMatchObject({
        kind: "thumbnail_refused",
        outcome: "denied",
        details: { why: "reason_missing" },
      });
      const audit = await auditOf(h, evidenceId, "evidence.thumbnail");
      expect(audit.length).toBe(auditBefore + 1);
      expect(audit.at(-1)).toMatchObject({ outcome: "denied", details: { why: "reason_missing" } });
    }
  });

  it("refuses a role not allowed: 403 on custody in scope, 404 audited outside it", async () => {
    const reason = "I would like to see it";
    const custodyBefore = (await custodyOf(h, evidenceId)).length;
    const asCaseworker = await caseworker.request("POST", `/api/evidence/${evidenceId}/thumbnail`, {
      reason,
    });
    expect(asCaseworker.status).toBe(403);
    expect((await custodyOf(h, evidenceId)).at(-1)).toMatchObject({
      kind: "thumbnail_refused",
      reason,
      details: { why: "role" },
    });
    for (const outsider of [analyst, orgAdmin, otherSupervisor]) {
      const r = await outsider.request("POST", `/api/evidence/${evidenceId}/thumbnail`, { reason });
      expect(r.status).toBe(404);
      expect(r.headers["content-type"]).toContain("application/problem+json");
    }
    // Outside the asker's scope: no custody event, but each refusal is in the audit trail.
    expect((await custodyOf(h, evidenceId)).length).toBe(custodyBefore + 1);
    const denied = (await auditOf(h, evidenceId, "evidence.thumbnail")).filter(
      (a) => (a.details as { why?: string }).why === "out_of_scope",
    );
    expect(denied.length).toBe(3);
    const unknown = await supervisor.request(
      "POST",
      "/api/evidence/00000000-0000-4000-8000-000000000000/thumbnail",
      { reason },
    );
    expect(unknown.status).toBe(404);
  });

  it("fails the integrity check of altered ciphertext with a clear error, on custody", async () => {
    const { evidenceId: id } = await retain({ sourceId: "upload-tampered" });
    // An attacker with database rights, bypassing the guard trigger as only an owner can.
    await sql`alter table evidence_items disable trigger evidence_items_guard`.execute(h.db);
    await sql`update evidence_items set ciphertext = overlay(ciphertext placing '\\x00ff'::bytea from 100 for 2) where id = ${id}`.execute(
      h.db,
    );
    await sql`alter table evidence_items enable trigger evidence_items_guard`.execute(h.db);
    const r = await supervisor.request("POST", `/api/evidence/${id}/thumbnail`, {
      reason: "Check the material",
    });
    expect(r.status).toBe(500);
    expect(r.json).toMatchObject({
      type: "https://sahabat.example/problems/evidence-integrity-failed",
      title: "Evidence failed its integrity check",
    });
    expect((await custodyOf(h, id)).at(-1)).toMatchObject({
      kind: "integrity_checked",
      outcome: "failed",
      details: { failure: "decryption_failed" },
    });
    expect((await auditOf(h, id, "evidence.integrity_check")).at(-1)?.outcome).toBe("failed");
  });

  it("destroys the material (supervisor, with a reason), keeping the record; then 410", async () => {
    const { evidenceId: id } = await retain({ sourceId: "upload-destroy" });
    expect(
      (await investigator.request("POST", `/api/evidence/${id}/destroy`, { reason: "Case closed" }))
        .status,
    ).toBe(403);
    expect(
      (await otherSupervisor.request("POST", `/api/evidence/${id}/destroy`, { reason: "Closed" }))
        .status,
    ).toBe(404);
    const short = await supervisor.request("POST", `/api/evidence/${id}/destroy`, { reason: "x" });
    expect(short.status).toBe(400);
    expect(short.json.errors[0].field).toBe("reason");
    const destroyed = await supervisor.request("POST", `/api/evidence/${id}/destroy`, {
      reason: "Retention period ended",
    });
    expect(destroyed.status).toBe(200);
    expect(destroyed.json).toMatchObject({
      status: "destroyed",
      destructionReason: "Retention period ended",
      can: { viewThumbnail: false, destroy: false },
    });
    expect(destroyed.json.custody.map((e: { kind: string }) => e.kind)).toEqual([
      "acquired",
      "destroyed",
    ]);
    const row = await h.db
      .selectFrom("evidence_items")
      .select(["ciphertext", "wrapped_key", "iv", "auth_tag", "sha256"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ciphertext: null, wrapped_key: null, iv: null, auth_tag: null });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const thumbnail = await supervisor.request("POST", `/api/evidence/${id}/thumbnail`, {
      reason: "Look again after destruction",
    });
    expect(thumbnail.status).toBe(410);
    expect((await custodyOf(h, id)).at(-1)).toMatchObject({
      kind: "thumbnail_refused",
      details: { why: "destroyed" },
    });
    const again = await supervisor.request("POST", `/api/evidence/${id}/destroy`, {
      reason: "Once more",
    });
    expect(again.status).toBe(410);
    expect((await auditOf(h, id, "evidence.destroy")).length).toBe(1);
  });

  it("has no thumbnail for a video or an undecodable image (422), recorded", async () => {
    const video = await retain({ sourceId: "upload-video", mediaType: "video/mp4" });
    const broken = await inTransaction(userCtx(h, investigatorUser, "investigator"), (tx) =>
      retainEvidence(
        tx,
        retainInput(investigatorUser, Buffer.from("not an image at all, just text"), {
          sourceId: "upload-broken",
          mediaType: "image/png",
        }),
      ),
    );
    for (const [id, why] of [
      [video.evidenceId, "not_an_image"],
      [broken.evidenceId, "undecodable"],
    ] as const) {
      const r = await supervisor.request("POST", `/api/evidence/${id}/thumbnail`, {
        reason: "See what it shows",
      });
      expect(r.status).toBe(422);
      expect(r.json.type).toBe("https://sahabat.example/problems/no-thumbnail");
      expect((await custodyOf(h, id)).at(-1)).toMatchObject({
        kind: "thumbnail_refused",
        details: { why },
      });
    }
  });

  it("keeps custody append-only and items undeletable in the database itself", async () => {
    await expect(
      sql`update evidence_custody_events set reason = 'rewritten' where item_id = ${evidenceId}`.execute(
        h.db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from evidence_custody_events where item_id = ${evidenceId}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from evidence_items where id = ${evidenceId}`.execute(h.db),
    ).rejects.toThrow(/never deleted/);
    await expect(
      sql`update evidence_items set sha256 = repeat('0', 64) where id = ${evidenceId}`.execute(
        h.db,
      ),
    ).rejects.toThrow(/only by its destruction/);
  });

  it("logs nothing of the material, its hashes or the reasons given", async () => {
    const logs = h.logLines.join("\n");
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      MARKER,
      image.subarray(0, 48).toString("base64"),
      createHash("sha256").update(image).digest("hex"),
      "Confirm the room matches the report",
      "Needed to identify the victim's location",
    ])
      expect(logs).not.toContain(secret);
  });

  it("answers every role of both organisations as the policy says (read, thumbnail, destroy)", async () => {
    const { evidenceId: id } = await retain({ sourceId: "upload-matrix" });
    const own = investigatorUser.organisationId;
    const other = await makeOrg(h);
    // [role, organisation, GET, thumbnail, destroy]; a supervisor's own destruction is above.
    const matrix: [Role, "own" | "other", number, number, number | null][] = [
      ["caseworker", "own", 200, 403, 403],
      ["supervisor", "own", 200, 200, null],
      ["investigator", "own", 200, 200, 403],
      ["analyst", "own", 404, 404, 404],
      ["org_admin", "own", 404, 404, 404],
      ["node_admin", "own", 404, 404, 404],
      ...roles.map((role): [Role, "other", number, number, number] => [
        role,
        "other",
        404,
        404,
        404,
      ]),
    ];
    for (const [role, where, read, thumbnail, destroy] of matrix) {
      const org = { id: where === "own" ? own : other.id };
      const client = await signInAs(h, await makeUser(h, { org, role }));
      const label = `${role} of the ${where} organisation`;
      const got = [
        (await client.request("GET", `/api/evidence/${id}`)).status,
        await thumbnailStatus(client, id),
        destroy === null
          ? null
          : (
              await client.request("POST", `/api/evidence/${id}/destroy`, {
                reason: "Matrix check",
              })
            ).status,
      ];
      expect(got, label).toEqual([read, thumbnail, destroy]);
    }
    const status = await h.db
      .selectFrom("evidence_items")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe("active");
  });

  it("leaves no copy of the material in the data folder or temporary folders", async () => {
    const needles = [Buffer.from(MARKER), image.subarray(100, 164)];
    const found: string[] = [];
    const scan = (dir: string, depth: number) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory() && depth > 0) scan(file, depth - 1);
        if (!entry.isFile()) continue;
        try {
          const stat = fs.statSync(file);
          // Only what was written while this file's tests ran, and nothing huge.
          if (stat.mtimeMs < startedAt - 1000 || stat.size > 64 * 1024 * 1024) continue;
          const content = fs.readFileSync(file);
          if (needles.some((n) => content.includes(n))) found.push(file);
        } catch {
          // Another test's file, gone or unreadable: not ours.
        }
      }
    };
    scan(h.dataDir, 6);
    scan(os.tmpdir(), 4);
    expect(found).toEqual([]);
  });
});
