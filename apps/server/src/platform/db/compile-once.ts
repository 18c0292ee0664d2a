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

/**
 * A query of fixed shape, compiled on its first run: `build` receives stand-ins for the
 * parameters and must pass each one through to the query untouched, as a value (never branch on
 * it, look into it or transform it: the SQL would then depend on the stand-in). Every key must
 * reach the SQL as a parameter, or the first run throws, so a test of the caller catches it.
 * Returns a function that runs the query with real values, typed as the builder's result.
 */
export function compileOnce<P extends Record<string, unknown>, O>(
  keys: readonly (keyof P & string)[],
  build: (db: Db, params: P) => Compilable<O>,
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
