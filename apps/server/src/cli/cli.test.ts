import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withDatabase } from "../../test/global-setup.ts";
import { openPglite } from "../platform/db/database.ts";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../../bin/sahabat.js");

async function sahabat(args: string[], env: Record<string, string>) {
  try {
    const r = await run("node", [cli, ...args], {
      env: { ...process.env, ...env },
      timeout: 90_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("sahabat CLI on the embedded database (DATA_DIR)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-cli-"));
  const env = { DATA_DIR: dataDir, SAHABAT_PASSWORD: "a long enough password" };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("migrates, seeds the demo, creates a user, verifies the trail, and refuses bad input", async () => {
    const migrate = await sahabat(["migrate"], env);
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/up to date/);
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(true);

    const seed = await sahabat(["seed-demo"], env);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toMatch(/admin@demo\.sahabat\.example/);

    const code = await sahabat(["demo-code", "admin@demo.sahabat.example"], env);
    expect(code.stdout.trim()).toMatch(/^\d{6}$/);

    const lite = await openPglite(path.join(dataDir, "pglite"));
    const org = await lite.db
      .selectFrom("organisations")
      .select("id")
      .limit(1)
      .executeTakeFirstOrThrow();
    await lite.close();

    const badRole = await sahabat(
      [
        "create-user",
        "--organisation",
        org.id,
        "--email",
        "x@test.sahabat.example",
        "--name",
        "Aung Aung",
        "--role",
        "wizard",
      ],
      env,
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/--role/);
    const badOrg = await sahabat(
      [
        "create-user",
        "--organisation",
        "not-a-uuid",
        "--email",
        "x@test.sahabat.example",
        "--name",
        "Aung Aung",
        "--role",
        "caseworker",
      ],
      env,
    );
    expect(badOrg.code).not.toBe(0);
    expect(badOrg.stderr).toMatch(/--organisation/);
    const created = await sahabat(
      [
        "create-user",
        "--organisation",
        org.id,
        "--email",
        "Aung@Test.Sahabat.Example",
        "--name",
        "Aung Aung",
        "--role",
        "caseworker",
      ],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created user [0-9a-f-]{36}/);

    const verify = await sahabat(["audit", "verify"], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/intact/);

    const check = await openPglite(path.join(dataDir, "pglite"));
    const users = await check.db
      .selectFrom("users")
      .select("email")
      .where("email", "like", "%test.sahabat.example")
      .execute();
    await check.close();
    expect(users.map((u) => u.email)).toEqual(["aung@test.sahabat.example"]);

    expect((await sahabat(["no-such-command"], env)).code).not.toBe(0);
  }, 240_000);
});

describe("sahabat CLI on a PostgreSQL server (DATABASE_URL)", () => {
  it("migrates an empty database and reports a server it cannot reach", async () => {
    const adminUrl = inject("postgresAdminUrl");
    const name = `sahabat_cli_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-cli-pg-"));
    try {
      const ok = await sahabat(["migrate"], {
        DATABASE_URL: withDatabase(adminUrl, name),
        DATA_DIR: dataDir,
      });
      expect(ok.code).toBe(0);
      const db = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
      await db.connect();
      const tables = await db.query("select count(*)::int as n from countries");
      await db.end();
      expect(tables.rows[0].n).toBe(250);
      const down = await sahabat(["migrate"], {
        DATABASE_URL: "postgres://nobody:x@127.0.0.1:1/none",
        DATA_DIR: dataDir,
      });
      expect(down.code).not.toBe(0);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
