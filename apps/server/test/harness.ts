import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createApp } from "../src/app.ts";
import { initialiseAuditChain } from "../src/audit/index.ts";
import type { Clock } from "../src/platform/clock.ts";
import { type Config, loadConfig } from "../src/platform/config.ts";
import type { Ctx } from "../src/platform/context.ts";
import { type Db, openPglite, openPostgres } from "../src/platform/db/database.ts";
import type { Secrets } from "../src/platform/secrets.ts";
import { withDatabase } from "./global-setup.ts";

export type Engine = "pglite" | "postgres";
export const engines: Engine[] = ["pglite", "postgres"];

/** A clock the test moves by hand; starts at the real time so one-time codes look normal. */
export type TestClock = Clock & { advance(ms: number): void };
export function createTestClock(): TestClock {
  let t = Date.now();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

/** One database, one app, one clock, for one test file on one engine. */
export type Harness = {
  engine: Engine;
  db: Db;
  databaseUrl: string | null;
  clock: TestClock;
  secrets: Secrets;
  config: Config;
  dataDir: string;
  app: Awaited<ReturnType<typeof createApp>>;
  /** A service context acting as the system (for factories and direct service tests). */
  systemCtx(): Ctx;
  logLines: string[];
};

/** Opens a fresh migrated database of the engine: a clone of the server template, or the PGlite dump. */
export async function openTestDatabase(engine: Engine) {
  if (engine === "pglite") {
    const dump = new Blob([fs.readFileSync(inject("pgliteDump"))]);
    const open = await openPglite(undefined, dump);
    return { ...open, url: null as string | null };
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `sahabat_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const open = openPostgres(url, 4);
  return {
    ...open,
    url: url as string | null,
    close: async () => {
      await open.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * Runs `body` once per engine (PGlite and the real PostgreSQL server), with the engine's name in
 * every test title. Each file gets its own database; tests make their own organisations.
 */
export function describeEachDatabase(
  title: string,
  body: (h: Harness) => void,
  env: Record<string, string> = {},
) {
  for (const engine of engines) {
    describe(`${title} [${engine}]`, () => {
      const h = {} as Harness;
      let close: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const open = await openTestDatabase(engine);
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-h-"));
        const secrets: Secrets = { dataKey: randomBytes(32), auditKey: randomBytes(32) };
        await initialiseAuditChain(open.db);
        const config = loadConfig({
          LOG_LEVEL: "info",
          DATA_DIR: dataDir,
          SEED_DEMO: "false",
          // Tests sign in many times a minute from one address; the limit itself has its own test.
          SIGN_IN_RATE_LIMIT_PER_MINUTE: "1000",
          WEB_DIST: "/nonexistent",
          ...env,
        });
        const clock = createTestClock();
        const logLines: string[] = [];
        const logStream = {
          write: (line: string) => void logLines.push(line),
        } as unknown as NodeJS.WritableStream;
        const app = await createApp({ db: open.db, clock, secrets, config, logStream });
        Object.assign(h, {
          engine,
          db: open.db,
          databaseUrl: open.url,
          clock,
          secrets,
          config,
          dataDir,
          app,
          logLines,
          systemCtx: (): Ctx => ({
            actor: { kind: "system", label: "test" },
            db: open.db,
            clock,
            secrets,
            requestId: null,
            clientAddress: null,
          }),
        });
        close = async () => {
          await app.close();
          await open.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        };
      });
      afterAll(async () => close());
      body(h);
    });
  }
}
