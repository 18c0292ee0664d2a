import { matchProbability, prepareRecord, scorePair } from "@sahabat/linkage";
import type { Db } from "../platform/db/database.ts";
import { selectRankedKeyHolders } from "./key-ranking.ts";
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
  // Ranked as the duplicate check ranks, over every organisation but the asker's.
  const ranked = await selectRankedKeyHolders(
    db,
    keys,
    { allBut: askerOrganisationId },
    MAX_SCORED,
  );
  const candidates = await selectMatchRows(db, ranked);
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
