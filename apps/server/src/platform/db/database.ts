import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from "kysely";
import pg from "pg";
import { preparedStatementName } from "./compile-once.ts";
import { PgliteDialect } from "./pglite-driver.ts";
import type { Database } from "./schema.ts";

/** An open database: Kysely over PGlite (embedded) or a PostgreSQL server. */
export type Db = Kysely<Database>;
export type OpenDatabase = { db: Db; engine: "pglite" | "postgres"; close(): Promise<void> };

// bigint (int8) comes back as a string from both engines, so counts stay exact; a calendar date
// (1082) stays "YYYY-MM-DD", because a JS Date would shift it by the server's time zone.
pg.types.setTypeParser(20, (v) => v);
pg.types.setTypeParser(1082, (v) => v);
const pgliteParsers = { 20: (v: string) => v, 1082: (v: string) => v };

/** Opens a PostgreSQL server by URL. */
export function openPostgres(url: string, poolSize: number): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing(pool) }) });
  return { db, engine: "postgres", close: () => db.destroy() };
}

/**
 * The pool as Kysely sees it, each connection sending the queries compiled once with `prepare`
 * (compile-once.ts) as named prepared statements: node-postgres parses such a statement on a
 * connection the first time only, and the server then skips parsing and planning it.
 */
function preparing(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    // A prepared statement outlives a change of its table: after a migration adds or drops a
    // column on a running server, PostgreSQL refuses the statement ("cached plan must not change
    // result type", 0A000) on every connection that prepared it, for good. Such a connection is
    // closed when released, so each fails one query at most and its successor prepares afresh.
    let isStale = false;
    const noteStale = (error: unknown) => {
      if ((error as { code?: unknown }).code === "0A000") isStale = true;
      throw error;
    };
    return {
      // One function for both of Kysely's overloads (a cursor is passed through as it is).
      query: ((sql: unknown, parameters: readonly unknown[] = []) => {
        if (typeof sql !== "string") return client.query(sql as never);
        const name = preparedStatementName(sql);
        const values = [...parameters];
        return name
          ? client.query({ name, text: sql, values }).catch(noteStale)
          : client.query(sql, values);
      }) as unknown as PostgresPoolClient["query"],
      release: (destroy) => {
        if (isStale) clients.delete(client);
        client.release(isStale || destroy);
      },
    };
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = wrap(client);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/**
 * Opens (creating when absent) the embedded database; `dataDir` undefined means in memory.
 * `loadDataDir` starts it from a dump (tests load a migrated template instead of running initdb).
 */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<OpenDatabase & { pglite: PGlite }> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir ?? "memory://", {
    extensions: { btree_gin, pg_trgm, pgcrypto, unaccent },
    parsers: pgliteParsers,
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    db,
    pglite,
    engine: "pglite",
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** Opens the configured database: DATABASE_URL when set, else PGlite in DATA_DIR/pglite. */
export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
  databasePoolSize: number;
}): Promise<OpenDatabase> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize);
  return openPglite(path.join(config.dataDir, "pglite"));
}
