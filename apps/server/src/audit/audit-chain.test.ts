import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { makeOrg } from "../../test/factories.ts";
import { createTestClock, engines, type Harness, openTestDatabase } from "../../test/harness.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import {
  chainPendingAudit,
  initialiseAuditChain,
  recordAudit,
  sealAuditCheckpoint,
  selectAuditRows,
  verifyAuditChain,
} from "./index.ts";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");

type Open = Awaited<ReturnType<typeof openTestDatabase>>;
const opened: Open[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

/** A fresh database with `n` audit entries written through the real services. */
async function trailOf(engine: (typeof engines)[number], n: number) {
  const open = await openTestDatabase(engine);
  opened.push(open);
  const secrets = { dataKey: randomBytes(32), auditKey: randomBytes(32) };
  await initialiseAuditChain(open.db);
  const clock = createTestClock();
  const ctx: Ctx = {
    actor: { kind: "system", label: "test" },
    db: open.db,
    clock,
    secrets,
    requestId: null,
    clientAddress: "127.0.0.1",
  };
  const h = { systemCtx: () => ctx } as unknown as Harness;
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) await makeOrg(h);
    else
      await open.db.transaction().execute((db) =>
        recordAudit(
          { ...ctx, db },
          {
            action: "test.event",
            resourceType: "test",
            details: { i, note: { b: 1, a: [2, "ü"] } },
          },
        ),
      );
  }
  // As the server does: chain the committed entries, and every minute sign the head.
  await chainPendingAudit(open.db, secrets.auditKey, clock.now());
  await sealAuditCheckpoint(open.db, secrets.auditKey, clock.now());
  return { open, secrets };
}

/** One entry committed but not chained (no server here to chain it). */
async function unchainedEntry(db: Db, secrets: Ctx["secrets"], action: string) {
  const ctx: Ctx = {
    actor: { kind: "system", label: "test" },
    db,
    clock: createTestClock(),
    secrets,
    requestId: null,
    clientAddress: "127.0.0.1",
  };
  await inTransaction(ctx, (tx) => recordAudit(tx, { action, resourceType: "test" }));
}

/** Tampering as a database superuser would: with triggers switched off for the session. */
async function asSuperuser(db: Db, statements: string[]) {
  await db.connection().execute(async (conn) => {
    await sql`set session_replication_role = replica`.execute(conn);
    for (const s of statements) await sql.raw(s).execute(conn);
    await sql`set session_replication_role = origin`.execute(conn);
  });
}

for (const engine of engines) {
  describe(`audit chain [${engine}]`, () => {
    it("verifies an untouched trail, and the append-only triggers refuse ordinary edits", async () => {
      const { open, secrets } = await trailOf(engine, 6);
      expect(await verifyAuditChain(open.db, secrets.auditKey)).toEqual({
        ok: true,
        entries: 6,
        checkpoints: 1,
      });
      await expect(
        sql`update audit_entries set action = 'x' where seq = 2`.execute(open.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_entries where seq = 2`.execute(open.db)).rejects.toThrow(
        /append-only/,
      );
    });

    const tampers: [string, string[], number][] = [
      [
        "an edited entry",
        ["update audit_entries set client_address = '10.0.0.9' where seq = 3"],
        3,
      ],
      ["an edited detail", [`update audit_entries set details = '{"i": 99}' where seq = 4`], 4],
      ["a deleted entry", ["delete from audit_entries where seq = 3"], 3],
      [
        "two entries swapped",
        [
          "update audit_entries set seq = -2 where seq = 2",
          "update audit_entries set seq = 2 where seq = 3",
          "update audit_entries set seq = 3 where seq = -2",
        ],
        2,
      ],
      [
        "the tail cut off with the head moved back",
        [
          "delete from audit_entries where seq > 4",
          "update audit_head set seq = 4, hash = (select hash from audit_entries where seq = 4)",
        ],
        5,
      ],
    ];
    for (const [what, statements, brokenAt] of tampers) {
      it(`names the first broken entry after ${what}`, async () => {
        const { open, secrets } = await trailOf(engine, 6);
        await asSuperuser(open.db, statements);
        const report = await verifyAuditChain(open.db, secrets.auditKey);
        expect(report.ok).toBe(false);
        expect(report.ok === false && report.brokenAt).toBe(brokenAt);
      });
    }

    it("catches an entry whose fields were changed before it was chained, once chained", async () => {
      const { open, secrets } = await trailOf(engine, 6);
      await unchainedEntry(open.db, secrets, "test.pending");
      await asSuperuser(open.db, [
        "update audit_entries set client_address = '10.0.0.9' where seq is null",
      ]);
      expect(await verifyAuditChain(open.db, secrets.auditKey)).toMatchObject({
        ok: false,
        brokenAt: 7,
        reason: expect.stringMatching(/content does not match/),
      });
    });

    it("lets ordinary statements neither edit an unchained entry nor move a chained one", async () => {
      const { open, secrets } = await trailOf(engine, 2);
      await unchainedEntry(open.db, secrets, "test.pending");
      await expect(
        sql`update audit_entries set action = 'x' where seq is null`.execute(open.db),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql`update audit_entries set seq = 9 where seq = 2`.execute(open.db),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql`delete from audit_entries where seq is null`.execute(open.db),
      ).rejects.toThrow(/append-only/);
      expect(await verifyAuditChain(open.db, secrets.auditKey)).toMatchObject({
        ok: true,
        entries: 3,
      });
    });

    it("shows unchained entries in the trail views, newest inserted first", async () => {
      const { open, secrets } = await trailOf(engine, 2);
      await unchainedEntry(open.db, secrets, "test.first");
      await unchainedEntry(open.db, secrets, "test.second");
      const rows = await selectAuditRows(open.db).limit(3).execute();
      expect(rows.map((r) => r.action)).toEqual(["test.second", "test.first", "test.event"]);
      const unchained = await open.db
        .selectFrom("audit_entries")
        .select("action")
        .where("seq", "is", null)
        .orderBy("id")
        .execute();
      expect(unchained.map((r) => r.action)).toEqual(["test.first", "test.second"]);
    });

    it("catches a whole chain rewritten without the key (signed checkpoint)", async () => {
      const { open, secrets } = await trailOf(engine, 4);
      await asSuperuser(open.db, [
        "update audit_entries set client_address = '10.0.0.9' where seq = 1",
      ]);
      // Recompute every hash as an attacker would; only the MAC key is out of reach.
      const { hashEntry, genesisHash } = await import("./chain.ts");
      const { chainedFieldsOf } = await import("./verify.ts");
      let prev = genesisHash;
      const rows = await open.db.selectFrom("audit_entries").selectAll().orderBy("seq").execute();
      const rewrites: string[] = [];
      for (const r of rows) {
        const hash = hashEntry(prev, chainedFieldsOf(r));
        rewrites.push(
          `update audit_entries set prev_hash = '${prev}', hash = '${hash}' where seq = ${r.seq}`,
        );
        prev = hash;
      }
      rewrites.push(`update audit_head set hash = '${prev}'`);
      await asSuperuser(open.db, rewrites);
      const report = await verifyAuditChain(open.db, secrets.auditKey);
      expect(report).toMatchObject({
        ok: false,
        brokenAt: 4,
        reason: expect.stringMatching(/checkpoint/),
      });
    });
  });
}

describe("sahabat audit verify [postgres]", () => {
  it("exits 0 on an intact trail and 1 naming the entry once one is edited", async () => {
    const { open, secrets } = await trailOf("postgres", 5);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-cli-"));
    fs.writeFileSync(
      path.join(dataDir, "secrets.json"),
      JSON.stringify({
        dataKey: secrets.dataKey.toString("hex"),
        auditKey: secrets.auditKey.toString("hex"),
      }),
    );
    const env = { ...process.env, DATABASE_URL: open.url!, DATA_DIR: dataDir };
    const ok = await run("node", [cli, "audit", "verify"], { env });
    expect(ok.stdout).toMatch(/intact: 5 entries/);
    await asSuperuser(open.db, ["update audit_entries set action = 'auth.sign_in' where seq = 2"]);
    const failed = await run("node", [cli, "audit", "verify"], { env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/BROKEN at entry 2/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
