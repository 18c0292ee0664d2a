import { matchProbability, prepareRecord, scorePair } from "@sahabat/linkage";
import type { Db } from "../platform/db/database.ts";
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
/** At most this many persons sharing a key are scored (those sharing the most keys first). */
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
  const record = toPersonRecord(own.id, own.fields);
  const keys = matchKeysOf(record, today);
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom("person_match_keys as k")
    .select(["k.person_id", (eb) => eb.fn.countAll<string>().as("shared")])
    .where("k.organisation_id", "<>", askerOrganisationId)
    .where((eb) =>
      eb.or(keys.map((k) => eb.and([eb("k.rule", "=", k.rule), eb("k.key", "=", k.key)]))),
    )
    .groupBy("k.person_id")
    .orderBy("shared", "desc")
    .orderBy("k.person_id")
    .limit(MAX_SCORED)
    .execute();
  const candidates = await selectMatchRows(
    db,
    rows.map((r) => r.person_id),
  );
  const cm = linkageModel();
  const mine = prepareRecord(record, 0, { today });
  const holders = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.organisationId === askerOrganisationId || holders.has(c.organisationId)) return;
    const theirs = prepareRecord(toPersonRecord(c.id, c.fields), i + 1, { today });
    if (matchProbability(scorePair(cm, mine, theirs)) >= PROBABLE_MATCH_THRESHOLD)
      holders.add(c.organisationId);
  });
  return holders;
}
