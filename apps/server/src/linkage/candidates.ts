import { type SqlBool, sql } from "kysely";
import type { CaseScope } from "../cases/index.ts";
import type { Db } from "../platform/db/database.ts";
import { rankedKeyHolders } from "./key-ranking.ts";
import { selectMatchRowsOf } from "./queries.ts";

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

/** The ranked person holds a case of the scope (`r.person_id`: see selectRankedKeyHolders). */
function isInScope(db: Db, scope: VisibleScope) {
  const inScope = casesInScope(db, scope)
    .select("c.id")
    .where("c.person_id", "=", sql.ref<string>("r.person_id"));
  return sql<SqlBool>`exists (${inScope})`;
}

/**
 * Persons in the actor's scope sharing at least one matching key with the new record, best first
 * (key-ranking.ts). How many hold a key is counted over the organisation (every person of it, in
 * scope or not): it only decides which keys are looked up and what they weigh, never whose
 * records are read. The scope is part of the look-up itself, so another organisation's persons,
 * and the persons of the organisation the actor may not see, are never read, ranked or scored.
 * Their matching fields are read in the same statement (one round trip fewer for every duplicate
 * check); the rows come in no particular order.
 * WARNING: this decides whose records a duplicate check may show; it must stay the case scope
 * (cases/policy.ts visibleCases). A change needs a second reviewer.
 */
export async function selectCandidateRows(
  db: Db,
  keys: readonly { rule: string; key: string }[],
  scope: VisibleScope,
  limit: number,
) {
  if (keys.length === 0) return [];
  const ranked = rankedKeyHolders(
    keys,
    { only: scope.organisationId },
    limit,
    isInScope(db, scope),
  );
  return selectMatchRowsOf(db, ranked);
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
