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
  const providers = await db
    .selectFrom("service_providers")
    .select(["country_code", "hotline_numbers"])
    .where(sql<boolean>`cardinality(hotline_numbers) > 0`)
    .limit(10_000)
    .execute();
  for (const p of providers) {
    const values = p.hotline_numbers.map((value) => ({ kind: "phone" as const, value }));
    for (const key of buildExclusionSet(values, { defaultCountry: p.country_code.trim() }))
      keys.add(key);
  }
  return keys;
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
