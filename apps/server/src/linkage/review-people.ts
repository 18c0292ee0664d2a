import type { ReviewPerson } from "@sahabat/shared";
import { visibleCases } from "../cases/index.ts";
import type { Actor } from "../platform/context.ts";
import type { Db } from "../platform/db/database.ts";
import { selectVisibleCases } from "./candidates.ts";
import { visiblePerson } from "./model.ts";
import { selectMatchRows } from "./queries.ts";
import { selectLiveGroups } from "./review-queries.ts";

/**
 * The persons among these that the actor may see (a case of theirs in the actor's case scope),
 * each as one side of a pair, with her newest visible case and her group.
 * WARNING: identifying data leaves the server through this; the caller records the read.
 */
export async function selectReviewPersons(
  db: Db,
  actor: Actor,
  personIds: readonly string[],
): Promise<Map<string, ReviewPerson>> {
  const people = new Map<string, ReviewPerson>();
  const scope = visibleCases(actor);
  if ("none" in scope || personIds.length === 0) return people;
  const cases = await selectVisibleCases(db, [...new Set(personIds)], scope);
  const visible = [...cases.keys()];
  const rows = await selectMatchRows(db, visible);
  const groups = await selectLiveGroups(db, visible);
  for (const row of rows) {
    const c = cases.get(row.id);
    if (!c || row.organisationId !== scope.organisationId) continue;
    people.set(row.id, {
      personId: row.id,
      caseId: c.id,
      caseReference: c.reference,
      groupId: groups.get(row.id) ?? null,
      person: visiblePerson(row.fields),
    });
  }
  return people;
}
