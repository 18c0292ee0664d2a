import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase, type Harness } from "../../test/harness.ts";
import { makeBenignPng, reportBody } from "./test-fixtures.ts";

/*
 * The check: "no copy of an upload (bytes or base64) remains in database, data folder,
 * temporary folders or logs". Files carrying a random marker are uploaded (a video, an image, a
 * file that fails to decode), then every table is dumped as text, DATA_DIR and the temporary
 * folder's files changed since the test began are read, and the log lines are searched, for the
 * marker, its hex and base64, and a stretch of each upload's base64.
 */

const MAX_SCANNED_FILE = 64 * 1024 * 1024;

function filesChangedSince(root: string, since: number, depth = 5): string[] {
  if (depth < 0) return [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) return filesChangedSince(full, since, depth - 1);
    if (!entry.isFile()) return [];
    try {
      const stat = fs.statSync(full);
      return stat.mtimeMs >= since && stat.size <= MAX_SCANNED_FILE ? [full] : [];
    } catch {
      return [];
    }
  });
}

async function dumpEveryTable(h: Harness): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(h.db);
  expect(tables.rows.map((t) => t.table_name)).toContain("online_harm_uploads");
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{
      t: string;
    }>`select t::text as t from ${sql.table(table_name)} t`.execute(h.db);
    parts.push(...rows.rows.map((r) => r.t));
  }
  return parts.join("\n");
}

describeEachDatabase("online-harm uploads leave no copy", (h) => {
  let caseworker: Client;
  beforeAll(async () => {
    const org = await makeOrg(h, { agencyType: "hotline" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
  });

  it("keeps no byte or base64 of an upload in the database, DATA_DIR, temporary files or logs", async () => {
    const startedAt = Date.now() - 1000;
    const marker = `MARKER-${randomBytes(16).toString("hex")}`;
    const markerBytes = Buffer.from(marker);
    const video = Buffer.concat([randomBytes(3000), markerBytes, randomBytes(3000)]);
    // An image whose trailing bytes (after its end) carry the marker: decoders ignore them.
    const image = Buffer.concat([await makeBenignPng(7), markerBytes]);
    const broken = Buffer.concat([(await makeBenignPng(8)).subarray(0, 300), markerBytes]);
    const report = await caseworker.request("POST", "/api/online-harm/reports", reportBody());
    const uploads = [
      { bytes: video, mediaType: "video/mp4", expected: 201 },
      { bytes: image, mediaType: "image/png", expected: 201 },
      { bytes: broken, mediaType: "image/png", expected: 400 },
      // Refused by the schema (a field it does not know): the validation error path.
      { bytes: image, mediaType: "image/png", expected: 400, extra: { thumbnail: marker } },
    ];
    for (const u of uploads) {
      const r = await caseworker.request(
        "POST",
        `/api/online-harm/reports/${report.json.id}/uploads`,
        {
          contentBase64: u.bytes.toString("base64"),
          mediaType: u.mediaType,
          filename: `${marker}.bin`,
          ...u.extra,
        },
      );
      expect(r.status, u.mediaType).toBe(u.expected);
      expect(JSON.stringify(r.json)).not.toContain(marker);
    }
    const needles = [
      marker,
      markerBytes.toString("hex"),
      markerBytes.toString("base64").slice(0, 20),
      ...uploads.map((u) => u.bytes.toString("base64").slice(400, 460)),
      ...uploads.map((u) => u.bytes.subarray(300, 340).toString("hex")),
    ];
    const haystacks: [string, string][] = [
      ["database", await dumpEveryTable(h)],
      ["logs", h.logLines.join("\n")],
    ];
    for (const file of [
      ...filesChangedSince(h.dataDir, 0),
      ...filesChangedSince(os.tmpdir(), startedAt),
    ]) {
      try {
        const content = fs.readFileSync(file);
        haystacks.push([file, content.toString("latin1")]);
      } catch {
        // A file another process removed meanwhile holds nothing of ours.
      }
    }
    // The dump does reach the uploads: it holds what an upload keeps, its digest.
    expect(haystacks[0]![1]).toContain(createHash("md5").update(video).digest("hex"));
    for (const [where, text] of haystacks)
      for (const needle of needles)
        expect(text.includes(needle), `${where} holds ${needle}`).toBe(false);
    // The database did record the two uploads' fingerprints (and nothing of the broken one).
    const rows = await h.db
      .selectFrom("online_harm_uploads")
      .select(["media_type", "byte_size"])
      .where("report_id", "=", report.json.id)
      .orderBy("created_at")
      .execute();
    expect(rows.map((r) => r.media_type).sort()).toEqual(["image/png", "video/mp4"]);
    expect(h.logLines.length).toBeGreaterThan(0);
  });
});
