import { DEFAULT_BLOCKING_RULES } from "@sahabat/linkage";
import { type Expression, type SqlBool, sql } from "kysely";
import type { Db } from "../platform/db/database.ts";

/**
 * A key held by more of the ranked persons than this is not looked up: it tells almost nothing
 * (the phonetic code of Thị with a sex) and reading its holders would cost more than the rest of
 * the question. The most common full name of a province office's 60,000 generated persons was
 * held by about 1,300, so names stay in. Rules on common words keep their own, lower limit (a
 * word of a name with a birth year: 300), as when a whole file is deduplicated.
 */
export const MAX_KEY_HOLDERS = 2000;

const holdersLimitOf = new Map(
  DEFAULT_BLOCKING_RULES.map((r) => [
    r.name,
    Math.min(r.maxBucket ?? MAX_KEY_HOLDERS, MAX_KEY_HOLDERS),
  ]),
);

/** How many may hold a key of this rule for it to be looked up. */
export function keyHoldersLimit(rule: string): number {
  return holdersLimitOf.get(rule) ?? MAX_KEY_HOLDERS;
}

/** Whose persons are ranked: one organisation's, or every organisation's but one. */
export type HolderOrganisations = { only: string } | { allBut: string };

function organisationIs(alias: "h" | "k", o: HolderOrganisations) {
  const column = sql.ref(`${alias}.organisation_id`);
  return "only" in o ? sql`${column} = ${o.only}` : sql`${column} <> ${o.allBut}`;
}

/**
 * Persons sharing at least one matching key with a record, best first: each shared key counts for
 * log(2 × MAX_KEY_HOLDERS / its holders), so a rare key (a date of birth held by six, a document)
 * outranks a common one (a full name held by hundreds), and a person sharing several keys
 * outranks one sharing a single key (the idea of an inverse document frequency). A key held by
 * more persons than its rule's limit is not looked up. Holders are counted, ranked and returned
 * among `organisations` only. `isVisible`, when given, is checked on the ranking best first (it
 * may refer to the ranked person as `r.person_id`), so it is probed for about `limit` persons
 * instead of every holder. The duplicate check (its case scope) and the hit/no-hit question
 * about a child (every other agency) share this ranking.
 * WARNING: the organisations and `isVisible` decide whose records are read; callers keep them
 * their policy's (see candidates.ts and probable-holders.ts). A change needs a second reviewer.
 */
export async function selectRankedKeyHolders(
  db: Db,
  keys: readonly { rule: string; key: string }[],
  organisations: HolderOrganisations,
  limit: number,
  isVisible?: Expression<SqlBool>,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await rankedKeyHolders(keys, organisations, limit, isVisible).execute(db);
  return rows.map((r) => r.person_id);
}

/**
 * The statement of selectRankedKeyHolders, for a caller that reads the ranked persons' rows in
 * the same round trip (candidates.ts). `keys` must not be empty.
 * WARNING: as selectRankedKeyHolders.
 */
export function rankedKeyHolders(
  keys: readonly { rule: string; key: string }[],
  organisations: HolderOrganisations,
  limit: number,
  isVisible?: Expression<SqlBool>,
) {
  // One statement: count each key's holders once (materialised, or the planner repeats the count
  // for every row it joins; an index-only scan stopping past the key's limit), weigh the
  // usable keys (in float8: a numeric logarithm per joined row costs more than the join), rank
  // their holders, then walk the ranking best first checking visibility.
  return sql<{ person_id: string }>`
    with wanted (rule, key, most) as (
      values ${sql.join(keys.map((k) => sql`(${k.rule}::text, ${k.key}::text, ${keyHoldersLimit(k.rule)}::int)`))}
    ), counted as materialized (
      select w.rule, w.key, w.most, (
        select count(*) from (
          select 1 from person_match_keys h
          where h.rule = w.rule and h.key = w.key and ${organisationIs("h", organisations)}
          limit w.most + 1
        ) held
      ) as holders
      from wanted w
    ), ranked as (
      select k.person_id, sum(log(${2 * MAX_KEY_HOLDERS}::float8 / c.holders)) as weight
      from counted c
      join person_match_keys k
        on k.rule = c.rule and k.key = c.key and ${organisationIs("k", organisations)}
      where c.holders between 1 and c.most
      group by k.person_id
    )
    select r.person_id
    from (select * from ranked order by weight desc, person_id) r
    where ${isVisible ?? sql<SqlBool>`true`}
    order by r.weight desc, r.person_id
    limit ${limit}`;
}
