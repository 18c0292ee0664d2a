import type { Db } from "../platform/db/database.ts";

const columns = ["id", "name", "agency_type", "country_code", "province", "created_at"] as const;

/** Organisations in a scope, by name. */
export function selectOrganisations(db: Db, scope: { all: true } | { ids: string[] }) {
  let q = db.selectFrom("organisations").select(columns).orderBy("name").limit(1000);
  if ("ids" in scope) {
    if (scope.ids.length === 0) return Promise.resolve([]);
    q = q.where("id", "in", scope.ids);
  }
  return q.execute();
}

/** One organisation by id. */
export function selectOrganisation(db: Db, id: string) {
  return db.selectFrom("organisations").select(columns).where("id", "=", id).executeTakeFirst();
}

export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof selectOrganisation>>>;

/** Whether a country code exists. */
export async function hasCountry(db: Db, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom("countries")
    .select("code")
    .where("code", "=", code)
    .executeTakeFirst());
}
