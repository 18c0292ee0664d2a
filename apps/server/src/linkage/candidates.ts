import { DEFAULT_BLOCKING_RULES } from "@sahabat/linkage";
import { sql } from "kysely";
import type { CaseScope } from "../cases/index.ts";
import type { Db } from "../platform/db/database.ts";

type VisibleScope = Exclude<CaseScope, { none: true }>;

/** A case of the scope: the organisation's, and for a caseworker only assigned or registered ones. */
function casesInScope(db: Db, scope: VisibleScope) {
  let q = db.selectFrom("cases as c").where("c.organisation_id", "=", scope.organisationId);
  const userId = scope.userId;
  if (userId)
    q = q.where((eb) =>
      eb.or([eb("c.assigned_user_id", "=", userId), eb("c.created_by", "=", userId)]),
    );
  return q;
}

/**
 * A key held by more of the organisation's persons than this is not looked up: it tells almost
 * nothing (the phonetic code of Thị with a sex) and reading its holders would cost more than the
 * rest of the check. The most common full name of a province office's 60,000 generated persons
 * is held by about 1,300, so names stay in. Rules on common words keep their own, lower limit
 * (a word of a name with a birth year: 300), as when a whole file is deduplicated.
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

/**
 * Persons in the actor's scope sharing at least one key with the new record, best first: each
 * shared key counts for log(2 × MAX_KEY_HOLDERS / its holders), so a rare key (a date of birth
 * held by six, a document) outranks a common one (a full name held by hundreds), and a person
 * sharing several keys outranks one sharing a single key (the idea of an inverse document
 * frequency). A duplicate usually shares several keys, some of them rare, so the few best
 * ranked are the ones worth scoring.
 * How many hold a key is counted over the organisation (every person of it, in scope or not): it
 * only decides which keys are looked up and what they weigh, never whose records are read. The
 * scope is part of the look-up itself, so another organisation's persons, and the persons of the
 * organisation the actor may not see, are never read, ranked or scored.
 * WARNING: this decides whose records a duplicate check may show; it must stay the case scope
 * (cases/policy.ts visibleCases). A change needs a second reviewer.
 */
export async function selectCandidateIds(
  db: Db,
  keys: readonly { rule: string; key: string }[],
  scope: VisibleScope,
  limit: number,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const orgId = scope.organisationId;
  const inScope = casesInScope(db, scope)
    .select("c.id")
    .where("c.person_id", "=", sql.ref<string>("r.person_id"));
  const limitOf = keyHoldersLimit;
  // One statement: count each key's holders once (materialised, or the planner repeats the count
  // for every row it joins; an index-only scan stopping past the key's limit), weigh the
  // usable keys (in float8: a numeric logarithm per joined row costs more than the join), rank
  // their holders, then walk the ranking best first checking the scope, so the scope is probed
  // for about `limit` persons instead of every holder.
  const { rows } = await sql<{ person_id: string }>`
    with wanted (rule, key, most) as (
      values ${sql.join(keys.map((k) => sql`(${k.rule}::text, ${k.key}::text, ${limitOf(k.rule)}::int)`))}
    ), counted as materialized (
      select w.rule, w.key, w.most, (
        select count(*) from (
          select 1 from person_match_keys h
          where h.rule = w.rule and h.key = w.key and h.organisation_id = ${orgId}
          limit w.most + 1
        ) held
      ) as holders
      from wanted w
    ), ranked as (
      select k.person_id, sum(log(${2 * MAX_KEY_HOLDERS}::float8 / c.holders)) as weight
      from counted c
      join person_match_keys k
        on k.rule = c.rule and k.key = c.key and k.organisation_id = ${orgId}
      where c.holders between 1 and c.most
      group by k.person_id
    )
    select r.person_id
    from (select * from ranked order by weight desc, person_id) r
    where exists (${inScope})
    order by r.weight desc, r.person_id
    limit ${limit}`.execute(db);
  return rows.map((r) => r.person_id);
}

/** The newest case in scope of each person, with its policy facts, for the link to open it. */
export async function selectVisibleCases(
  db: Db,
  personIds: readonly string[],
  scope: VisibleScope,
) {
  const byPerson = new Map<string, CaseOfPerson>();
  if (personIds.length === 0) return byPerson;
  const rows = await casesInScope(db, scope)
    .select([
      "c.id",
      "c.reference",
      "c.person_id as personId",
      "c.organisation_id as organisationId",
      "c.assigned_user_id as assignedUserId",
      "c.created_by as createdBy",
      "c.status",
      "c.closure_requested_by as closureRequestedBy",
    ])
    .where("c.person_id", "in", personIds)
    .orderBy("c.created_at", "desc")
    .execute();
  for (const r of rows) if (!byPerson.has(r.personId)) byPerson.set(r.personId, r);
  return byPerson;
}

export type CaseOfPerson = {
  id: string;
  reference: string;
  personId: string;
  organisationId: string;
  assignedUserId: string | null;
  createdBy: string | null;
  status: string;
  closureRequestedBy: string | null;
};
