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
 * Persons in the actor's scope sharing at least one key with the new record, those sharing the
 * most keys first. The scope is part of the look-up itself, so another organisation's persons are
 * never read, counted or scored.
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
  const rows = await db
    .selectFrom("person_match_keys as k")
    .select(["k.person_id", (eb) => eb.fn.countAll<string>().as("shared")])
    .where("k.organisation_id", "=", scope.organisationId)
    .where((eb) =>
      eb.or(keys.map((k) => eb.and([eb("k.rule", "=", k.rule), eb("k.key", "=", k.key)]))),
    )
    .where((eb) =>
      eb.exists(
        casesInScope(db, scope)
          .select("c.id")
          .where("c.person_id", "=", sql.ref<string>("k.person_id")),
      ),
    )
    .groupBy("k.person_id")
    .orderBy("shared", "desc")
    .orderBy("k.person_id")
    .limit(limit)
    .execute();
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
