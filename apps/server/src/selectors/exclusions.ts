import {
  buildExclusionSet,
  type CanonicalSelector,
  type CorrelationDecision,
  DEFAULT_OVER_CORRELATION_LIMIT,
  decideCorrelation,
} from "@sahabat/linkage";
import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import { countHolders } from "./queries.ts";

/*
 * The exclusion list an organisation's correlations run against: the node-wide and the
 * organisation's own entries, and every hotline number in the service directory as it is now.
 * The migration pre-filled the directory's international numbers; reading the directory here as
 * well covers numbers written nationally (they need the provider's country to canonicalise) and
 * providers listed since, so a helpline never links the children who called it.
 * WARNING: this list decides what other agencies learn through hit/no-hit; a change needs the
 * review the correlation guard in @sahabat/linkage names.
 */

// The directory's providers with hotline numbers, at most 10,000, in a fixed order.
const providersWithHotlines = sql`(
  select id, country_code, hotline_numbers from service_providers
  where cardinality(hotline_numbers) > 0 order by id limit 10000
)`;

/** A digest of every hotline number in the directory: it changes whenever one does. */
const hotlinesDigest = sql<string>`(
  select md5(coalesce(json_agg(json_build_array(p.country_code, p.hotline_numbers) order by p.id)::text, ''))
  from ${providersWithHotlines} p
)`;

/**
 * The directory's hotline numbers as correlation keys, with the digest they were read under.
 * Canonicalising every number (libphonenumber) on each look-up cost more than the look-up, and
 * the directory rarely changes: the keys are kept until the digest differs. Public directory data,
 * nothing about a person.
 */
let directoryHotlines: { digest: string; keys: ReadonlySet<string> } | undefined;

async function hotlineKeys(db: Db, digest: string): Promise<ReadonlySet<string>> {
  if (directoryHotlines?.digest === digest) return directoryHotlines.keys;
  // The rows and their digest from one statement (one snapshot), so the kept keys are the digest's.
  const { rows } = await sql<{
    digest: string;
    providers: { country_code: string; hotline_numbers: string[] }[] | null;
  }>`select ${hotlinesDigest} as digest, (select json_agg(p order by p.id) from ${providersWithHotlines} p) as providers`.execute(
    db,
  );
  const keys = new Set<string>();
  for (const p of rows[0]?.providers ?? []) {
    const values = p.hotline_numbers.map((value) => ({ kind: "phone" as const, value }));
    for (const key of buildExclusionSet(values, { defaultCountry: p.country_code.trim() }))
      keys.add(key);
  }
  directoryHotlines = { digest: rows[0]?.digest ?? "", keys };
  return keys;
}

/** The correlation keys that never link for this organisation. */
export async function loadExclusionKeys(db: Db, organisationId: string): Promise<Set<string>> {
  const listed = await db
    .selectFrom("selector_exclusions")
    .select("correlation_key")
    .where((eb) =>
      eb.or([eb("organisation_id", "is", null), eb("organisation_id", "=", organisationId)]),
    )
    .execute();
  const keys = new Set(listed.map((r) => r.correlation_key));
  const { rows } = await sql<{ digest: string }>`select ${hotlinesDigest} as digest`.execute(db);
  for (const key of await hotlineKeys(db, rows[0]?.digest ?? "")) keys.add(key);
  return keys;
}

/**
 * Whether one key links its records for this organisation: on its exclusion lists (node-wide,
 * its own, a directory hotline) and how many live records hold it across every agency. One
 * statement, where loadExclusionKeys and decideSelectorCorrelation take three and read every
 * listed key: the same decision for a single look-up.
 */
export async function decideKeyCorrelation(
  db: Db,
  key: string,
  organisationId: string,
): Promise<CorrelationDecision> {
  const { rows } = await sql<{ listed: boolean; holders: string; digest: string }>`
    select
      exists (
        select 1 from selector_exclusions e
        where e.correlation_key = ${key}
          and (e.organisation_id is null or e.organisation_id = ${organisationId})
      ) as listed,
      (
        select count(*) from selectors s where s.correlation_key = ${key} and s.removed_at is null
      ) as holders,
      ${hotlinesDigest} as digest`.execute(db);
  const r = rows[0] as { listed: boolean; holders: string; digest: string };
  const excluded = r.listed ? new Set([key]) : await hotlineKeys(db, r.digest);
  return decideCorrelation({ correlationKey: key }, Number(r.holders), {
    excluded,
    limit: DEFAULT_OVER_CORRELATION_LIMIT,
  });
}

/** Whether a selector links its records, counting its holders across every agency. */
export async function decideSelectorCorrelation(
  db: Db,
  selector: Pick<CanonicalSelector, "correlationKey">,
  excluded: ReadonlySet<string>,
): Promise<CorrelationDecision> {
  const count =
    selector.correlationKey === null ? 0 : await countHolders(db, selector.correlationKey);
  return decideCorrelation(selector, count, {
    excluded,
    limit: DEFAULT_OVER_CORRELATION_LIMIT,
  });
}

/** The flag shown for a decision that does not link: its reason and count. */
export function flagOf(d: CorrelationDecision) {
  return d.links || d.flagged === undefined ? null : { reason: d.flagged, count: d.count };
}
