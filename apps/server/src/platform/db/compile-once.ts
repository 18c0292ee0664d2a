import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./database.ts";

/*
 * Building a Kysely query and compiling it to SQL costs the server more CPU than PostgreSQL
 * spends running a primary-key insert: a registration's profile showed 12-18% of the server's
 * CPU in Kysely. A query whose SQL never changes from one request to the next (its shape is
 * fixed, only its values vary) is built and compiled once here; each call then only fills in its
 * parameters. Both engines compile with Kysely's PostgreSQL compiler, so one SQL text serves both.
 */

/** Marks a parameter while the query is built once; never sent to the database. */
const sentinelPrefix = "\u0000sahabat-compile-once:";

type Slot<P> = { key: keyof P } | { fixed: unknown };

/*
 * Names of the server-side prepared statements, by SQL text. On a PostgreSQL server a query sent
 * with a name is parsed and planned once per connection, then only bound and run (database.ts
 * looks its text up here); PGlite runs every query as it comes. Only statements whose plan does
 * not depend on their values may be named: after five runs PostgreSQL may keep a generic plan,
 * one plan for every value, which is wrong for a filter on skewed data (a status that is rare in
 * one organisation and common in another) but is the plan anyway for an insert of one row or a
 * read by primary key.
 */
const preparedNames = new Map<string, string>();

/** The prepared statement's name for a query compiled with `prepare: true`, else undefined. */
export function preparedStatementName(sql: string): string | undefined {
  return preparedNames.get(sql);
}

/**
 * A query of fixed shape, compiled on its first run: `build` receives stand-ins for the
 * parameters and must pass each one through to the query untouched, as a value (never branch on
 * it, look into it or transform it: the SQL would then depend on the stand-in). Every key must
 * reach the SQL as a parameter, or the first run throws, so a test of the caller catches it.
 * Returns a function that runs the query with real values, typed as the builder's result.
 * `prepare`: run it as a named prepared statement on a PostgreSQL server (see preparedNames).
 */
export function compileOnce<P extends Record<string, unknown>, O>(
  keys: readonly (keyof P & string)[],
  build: (db: Db, params: P) => Compilable<O>,
  options: { prepare?: boolean } = {},
): (db: Db, params: P) => Promise<O[]> {
  let compiled: { query: CompiledQuery<O>; slots: Slot<P>[] } | undefined;
  return async (db, params) => {
    if (!compiled) {
      // A value given for a key the stand-ins lacked would have been compiled as undefined,
      // which Kysely leaves out (an insert would silently drop its column).
      const unknown = Object.keys(params).filter((k) => !keys.includes(k as keyof P & string));
      if (unknown.length)
        throw new Error(`compileOnce: ${unknown.join(", ")} missing from the parameter keys`);
      compiled = compile(db, keys, build);
      if (options.prepare && !preparedNames.has(compiled.query.sql))
        preparedNames.set(compiled.query.sql, `sahabat_${preparedNames.size + 1}`);
    }
    const { query, slots } = compiled;
    const parameters = slots.map((s) => ("key" in s ? params[s.key] : s.fixed));
    const result = await db.executeQuery<O>({ ...query, parameters });
    return result.rows;
  };
}

function compile<P extends Record<string, unknown>, O>(
  db: Db,
  keys: readonly (keyof P & string)[],
  build: (db: Db, params: P) => Compilable<O>,
) {
  const standIns = Object.fromEntries(keys.map((k) => [k, `${sentinelPrefix}${k}`])) as P;
  const query = build(db, standIns).compile();
  const seen = new Set<string>();
  const slots = query.parameters.map((value): Slot<P> => {
    if (typeof value !== "string" || !value.startsWith(sentinelPrefix)) return { fixed: value };
    const key = value.slice(sentinelPrefix.length);
    seen.add(key);
    return { key: key as keyof P };
  });
  const missing = keys.filter((k) => !seen.has(k));
  if (missing.length)
    throw new Error(`compileOnce: ${missing.join(", ")} did not reach the SQL as parameters`);
  if (query.sql.includes(sentinelPrefix))
    throw new Error("compileOnce: a parameter was written into the SQL text");
  return { query, slots };
}
