import { matchProbability, prepareRecord, scorePair } from "@sahabat/linkage";
import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import { keyHoldersLimit, MAX_KEY_HOLDERS } from "./candidates.ts";
import { matchKeysOf } from "./match-keys.ts";
import { linkageModel } from "./model.ts";
import { toPersonRecord } from "./person-record.ts";
import { selectMatchRows } from "./queries.ts";

/**
 * From this match probability up, another agency's person is "a probable match". Higher than the
 * duplicate check's 5 %: there a caseworker looks at the candidates herself, here the asker only
 * learns that an agency holds someone and calls its focal point, so a hit should be more likely
 * than not to be the child.
 */
export const PROBABLE_MATCH_THRESHOLD = 0.5;
/** At most this many persons sharing a key are scored (the best ranked by their shared keys). */
const MAX_SCORED = 200;

/**
 * The organisations, other than the asker's, holding a person who is probably this one.
 * WARNING: reads other agencies' persons inside the server to score them; only the holders'
 * ids leave this function — never a person, a score or a count — and the caller answers with
 * the agencies' contacts alone (hit/no-hit, issue 6).
 */
export async function selectProbableHolders(
  db: Db,
  personId: string,
  askerOrganisationId: string,
  today: string,
): Promise<Set<string>> {
  const [own] = await selectMatchRows(db, [personId]);
  if (!own) return new Set();
  const mine = prepareRecord(toPersonRecord(own.id, own.fields), 0, { today });
  const keys = matchKeysOf(mine);
  if (keys.length === 0) return new Set();
  // Ranked as the duplicate check ranks (candidates.ts): a rare shared key counts for more, a key
  // held by too many persons is not looked up; here over every organisation but the asker's.
  const { rows } = await sql<{ person_id: string }>`
    with wanted (rule, key, most) as (
      values ${sql.join(keys.map((k) => sql`(${k.rule}::text, ${k.key}::text, ${keyHoldersLimit(k.rule)}::int)`))}
    ), counted as materialized (
      select w.rule, w.key, w.most, (
        select count(*) from (
          select 1 from person_match_keys h
          where h.rule = w.rule and h.key = w.key and h.organisation_id <> ${askerOrganisationId}
          limit w.most + 1
        ) held
      ) as holders
      from wanted w
    )
    select k.person_id
    from counted c
    join person_match_keys k
      on k.rule = c.rule and k.key = c.key and k.organisation_id <> ${askerOrganisationId}
    where c.holders between 1 and c.most
    group by k.person_id
    order by sum(log(${2 * MAX_KEY_HOLDERS}::float8 / c.holders)) desc, k.person_id
    limit ${MAX_SCORED}`.execute(db);
  const candidates = await selectMatchRows(
    db,
    rows.map((r) => r.person_id),
  );
  const cm = linkageModel();
  const holders = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.organisationId === askerOrganisationId || holders.has(c.organisationId)) return;
    const theirs = prepareRecord(toPersonRecord(c.id, c.fields), i + 1, { today });
    if (matchProbability(scorePair(cm, mine, theirs)) >= PROBABLE_MATCH_THRESHOLD)
      holders.add(c.organisationId);
  });
  return holders;
}
