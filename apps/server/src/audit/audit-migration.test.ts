import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { withDatabase } from "../../test/global-setup.ts";
import { createTestClock, engines } from "../../test/harness.ts";
import { migrationsDir } from "../platform/config.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { type OpenDatabase, openPglite, openPostgres } from "../platform/db/database.ts";
import { migrate } from "../platform/db/migrate.ts";
import { checkpointInterval, entryContent, macChainPosition } from "./chain.ts";
import {
  initialiseAuditChain,
  recordAudit,
  sealAuditCheckpoint,
  selectAuditRows,
  verifyAuditChain,
} from "./index.ts";

// Migration 0013 moved chaining out of the request's transaction. A trail chained before it
// (by 0006's sahabat_append_audit, inside each transaction) must keep verifying after it.
const chainAfterCommit = "0013_audit_chain_after_commit";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** An empty database of the engine, migrated by the caller. */
async function emptyDatabase(engine: (typeof engines)[number]): Promise<OpenDatabase> {
  if (engine === "pglite") {
    const open = await openPglite(undefined);
    closers.push(() => open.close());
    return open;
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `sahabat_m_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const open = openPostgres(withDatabase(adminUrl, name), 4);
  closers.push(async () => {
    await open.close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  return open;
}

/** The migrations before 0013, in a folder of their own. */
function migrationsBefore(version: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-migrations-"));
  for (const f of fs.readdirSync(migrationsDir)) {
    if (f.endsWith(".sql") && f < version)
      fs.copyFileSync(path.join(migrationsDir, f), path.join(dir, f));
  }
  closers.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `n` entries appended as the server did before 0013: chained in the transaction, signed every 1,000. */
async function appendTheOldWay(db: OpenDatabase["db"], auditKey: Buffer, n: number) {
  const at = new Date("2026-11-01T08:00:00.000Z");
  const events = Array.from({ length: n }, (_, i) => {
    const fields = {
      occurredAt: new Date(at.getTime() + i),
      actorUserId: null,
      actorOrganisationId: null,
      action: "test.before_migration",
      resourceType: "test",
      resourceId: String(i),
      organisationId: null,
      purpose: null,
      clientAddress: "127.0.0.1",
      requestId: `req-${i}`,
      outcome: "ok",
      details: { i, note: { b: 1, a: [2, "ü"] } },
    };
    return {
      ...fields,
      occurredAt: fields.occurredAt.toISOString(),
      content: entryContent(fields),
    };
  });
  await db.transaction().execute(async (tx) => {
    const { rows } = await sql<{
      seq: string;
      hash: string;
    }>`select seq, hash from sahabat_append_audit(${JSON.stringify(events)}::jsonb)`.execute(tx);
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq % checkpointInterval !== 0) continue;
      await tx
        .insertInto("audit_checkpoints")
        .values({ seq, hash: r.hash, mac: macChainPosition(auditKey, seq, r.hash), created_at: at })
        .execute();
    }
  });
}

for (const engine of engines) {
  describe(`audit trail across migration 0013 [${engine}]`, () => {
    // A fresh embedded database migrated from scratch takes tens of seconds on a busy machine.
    it("a trail chained before the migration still verifies, and new entries continue it", {
      timeout: 180_000,
    }, async () => {
      const open = await emptyDatabase(engine);
      const auditKey = randomBytes(32);
      const clock = createTestClock();
      await migrate(open.db, migrationsBefore(chainAfterCommit));
      await initialiseAuditChain(open.db);
      await appendTheOldWay(open.db, auditKey, 1005);
      await sealAuditCheckpoint(open.db, auditKey, clock.now());
      const applied = await migrate(open.db, migrationsDir);
      expect(applied[0]).toBe(chainAfterCommit);

      expect(await verifyAuditChain(open.db, auditKey)).toEqual({
        ok: true,
        entries: 1005,
        checkpoints: 2,
      });
      const old = await open.db
        .selectFrom("audit_entries")
        .select(["id", "seq"])
        .where("seq", "in", ["1", "1005"] as never[])
        .orderBy("id")
        .execute();
      expect(old).toEqual([
        { id: "1", seq: "1" },
        { id: "1005", seq: "1005" },
      ]);

      // Then 1,000 entries the new way, unchained until verify chains them (a checkpoint at 2,000).
      const ctx: Ctx = {
        actor: { kind: "system", label: "test" },
        db: open.db,
        clock,
        secrets: { dataKey: randomBytes(32), auditKey },
        requestId: null,
        clientAddress: null,
      };
      await inTransaction(ctx, async (tx) => {
        for (let i = 0; i < 1000; i++) {
          await recordAudit(tx, {
            action: "test.after_migration",
            resourceType: "test",
            details: { i },
          });
        }
      });
      const newest = await selectAuditRows(open.db).limit(1).executeTakeFirstOrThrow();
      expect(newest).toMatchObject({ id: "2005", action: "test.after_migration" });
      const unchained = await open.db
        .selectFrom("audit_entries")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("seq", "is", null)
        .executeTakeFirstOrThrow();
      expect(Number(unchained.n)).toBe(1000);
      expect(await verifyAuditChain(open.db, auditKey)).toEqual({
        ok: true,
        entries: 2005,
        checkpoints: 3,
      });
    });
  });
}
