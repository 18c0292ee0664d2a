import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import type { Db } from "./database.ts";

/** Numbered migration files, in order. */
export function listMigrations(dir: string): { version: string; file: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ""), file: path.join(dir, f) }));
}

/**
 * Applies every migration not yet applied, each in its own transaction, under an advisory
 * lock so two nodes starting at once do not race. Returns the versions applied now.
 */
export async function migrate(db: Db, dir: string): Promise<string[]> {
  await sql`create table if not exists schema_migrations (
    version text primary key, applied_at timestamptz not null default now())`.execute(db);
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7261001)`.execute(conn);
    try {
      const done = new Set(
        (await conn.selectFrom("schema_migrations").select("version").execute()).map(
          (r) => r.version,
        ),
      );
      for (const m of listMigrations(dir)) {
        if (done.has(m.version)) continue;
        const text = fs.readFileSync(m.file, "utf8");
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await tx.insertInto("schema_migrations").values({ version: m.version }).execute();
        });
        applied.push(m.version);
      }
    } finally {
      await sql`select pg_advisory_unlock(7261001)`.execute(conn);
    }
  });
  return applied;
}
