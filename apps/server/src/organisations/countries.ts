import type { Ctx } from "../platform/context.ts";

/** All countries: ASEAN members first, then the rest by name. */
export async function listCountries(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom("countries")
    .select(["code", "name", "is_asean"])
    .orderBy("is_asean", "desc")
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, isAsean: r.is_asean }));
}
