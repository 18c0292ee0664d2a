import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";

export type DirectoryFilter = {
  service?: string | undefined;
  language?: string | undefined;
  countryCode?: string | undefined;
  province?: string | undefined;
  age?: number | undefined;
  sex?: string | undefined;
  hasFreeBed?: boolean | undefined;
  near?: { lat: number; lon: number } | undefined;
  limit: number;
};

/*
 * Ranking, best first: speaks the asked language, has a free bed, same province, nearest (great
 * circle, where both sides have coordinates), then name. Hard filters (service, age, sex, free
 * bed when asked) exclude; the rest only order.
 */
export function searchProviders(db: Db, f: DirectoryFilter) {
  const distance = f.near
    ? sql<number | null>`case when latitude is null then null else 6371 * 2 * asin(sqrt(
        power(sin(radians(latitude - ${f.near.lat}) / 2), 2) +
        cos(radians(${f.near.lat})) * cos(radians(latitude)) * power(sin(radians(longitude - ${f.near.lon}) / 2), 2))) end`
    : sql<number | null>`null::double precision`;
  let q = db.selectFrom("service_providers").selectAll().select(distance.as("distance_km"));
  if (f.service) q = q.where(sql<boolean>`${f.service} = any(services)`);
  if (f.countryCode) q = q.where("country_code", "=", f.countryCode);
  if (f.age !== undefined) q = q.where("min_age", "<=", f.age).where("max_age", ">=", f.age);
  if (f.sex) q = q.where(sql<boolean>`${f.sex} = any(sexes)`);
  if (f.hasFreeBed) q = q.where("beds_available", ">", 0);
  // Constant ORDER BY terms are refused by PostgreSQL: rank by a criterion only when asked for.
  if (f.language) q = q.orderBy(sql`(${f.language} = any(languages))`, "desc");
  q = q.orderBy(sql`coalesce(beds_available, 0) > 0`, "desc");
  if (f.province) q = q.orderBy(sql`(lower(province) = lower(${f.province}))`, "desc");
  return q.orderBy(sql`distance_km asc nulls last`).orderBy("name").limit(f.limit).execute();
}

/** One provider. */
export function selectProvider(db: Db, id: string) {
  return db.selectFrom("service_providers").selectAll().where("id", "=", id).executeTakeFirst();
}
export type ProviderRow = NonNullable<Awaited<ReturnType<typeof selectProvider>>>;
