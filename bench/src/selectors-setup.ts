import { canonicaliseSelector } from "@sahabat/linkage";
import type { Insertable } from "kysely";
import { createRandom } from "../../apps/server/src/demo/names.ts";
import type { Db } from "../../apps/server/src/platform/db/database.ts";
import type { Database } from "../../apps/server/src/platform/db/schema.ts";

/*
 * Identifiers on the generated region's cases, for the selector look-up (issue 6): the child's
 * own phone or e-mail on some cases, and on others a recruiter's phone or social-media account
 * drawn from a shared pool, so that one value links several cases (a few popular ones more
 * than the over-correlation limit, as a trafficking network's number would). Every value goes
 * through the real canonicaliser, once per distinct value.
 */

/** Shares of cases carrying each identifier (a case may carry several). */
const shares = { childPhone: 0.2, childEmail: 0.05, recruiterPhone: 0.2, recruiterHandle: 0.15 };
/** Cases per distinct recruiter value: a pool of cases/25 values, drawn skewed towards a few. */
const casesPerRecruiterValue = 25;
const batchSize = 2000;

/** A mobile number prefix and how many digits follow, per country (all valid numbering plans). */
const mobile: Record<string, [string, number]> = {
  VN: ["+84 90", 7],
  TH: ["+66 81", 7],
  KH: ["+855 12", 6],
  MM: ["+95 9 78", 8],
  LA: ["+856 20 55", 6],
  ID: ["+62 812", 8],
  PH: ["+63 917", 7],
  MY: ["+60 12", 7],
};
const platforms = ["https://t.me/", "https://www.facebook.com/", "https://zalo.me/", "@"];

type CaseRow = {
  id: string;
  organisation_id: string;
  person_id: string;
  created_by: string | null;
};
type Canonical = ReturnType<typeof canonicaliseSelector>;

function phoneOf(random: () => number, country: string): string {
  const [prefix, digits] = mobile[country] ?? (mobile.VN as [string, number]);
  let rest = "";
  for (let i = 0; i < digits; i++) rest += Math.floor(random() * 10);
  return `${prefix} ${rest}`;
}

/** A pool index drawn so that the first values are held by many cases, most by a few. */
const skewed = (random: () => number, size: number) => Math.floor(size * random() ** 2);

/**
 * Adds selectors to every organisation's cases in bulk (no audit entries, like the region
 * itself); returns how many. Deterministic for the same cases.
 */
export async function insertBenchSelectors(
  db: Db,
  countryOf: Map<string, string>,
  say: (line: string) => void,
): Promise<number> {
  const random = createRandom(6060);
  const cases: CaseRow[] = await db
    .selectFrom("cases")
    .select(["id", "organisation_id", "person_id", "created_by"])
    .orderBy("id")
    .execute();
  const poolSize = Math.max(50, Math.round(cases.length / casesPerRecruiterValue));
  const canonical = new Map<string, Canonical>();
  const canonicalOf = (kind: "phone" | "email" | "handle", value: string) => {
    const id = `${kind}\n${value}`;
    let c = canonical.get(id);
    if (!c) {
      c = canonicaliseSelector(kind, value, kind === "handle" ? { platform: "telegram" } : {});
      canonical.set(id, c);
    }
    return c;
  };
  const now = new Date();
  let added = 0;
  let rows: Insertable<Database["selectors"]>[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    await db
      .insertInto("selectors")
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
    added += rows.length;
    rows = [];
  };
  for (const [n, c] of cases.entries()) {
    const country = countryOf.get(c.organisation_id) ?? "VN";
    const picks: [Canonical, string | null][] = [];
    if (random() < shares.childPhone)
      picks.push([canonicalOf("phone", phoneOf(random, country)), c.person_id]);
    if (random() < shares.childEmail)
      picks.push([canonicalOf("email", `child.${n}@mail.example`), c.person_id]);
    if (random() < shares.recruiterPhone) {
      const k = skewed(random, poolSize);
      picks.push([canonicalOf("phone", phoneOf(createRandom(k + 1), country)), null]);
    }
    if (random() < shares.recruiterHandle) {
      const k = skewed(random, poolSize);
      const prefix = platforms[k % platforms.length] as string;
      picks.push([canonicalOf("handle", `${prefix}recruiter_${k}`), null]);
    }
    for (const [s, personId] of picks)
      rows.push({
        organisation_id: c.organisation_id,
        case_id: c.id,
        person_id: personId,
        kind: s.kind,
        entered: s.entered,
        canonical: s.canonical,
        platform: s.platform ?? null,
        country: s.country ?? null,
        correlation_key: s.correlationKey,
        is_valid: s.valid,
        problem: s.problem ?? null,
        note: null,
        created_by: c.created_by,
        created_at: now,
      });
    if (rows.length >= batchSize) await flush();
    if ((n + 1) % 100_000 === 0) say(`  selectors: cases ${n + 1}/${cases.length}`);
  }
  await flush();
  return added;
}
