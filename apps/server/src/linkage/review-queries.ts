import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";

/*
 * Queries of the review queue. Every look-up is bound to one organisation: pairs are only ever
 * formed between persons of the same organisation (both keys rows carry it).
 */

/**
 * Pairs of the organisation's persons sharing a blocking key that still need a score under this
 * model: new pairs, and open pairs scored by an older model or before either person was edited.
 * Decided and unsure pairs are left alone, so a decision is never asked again, whatever the model.
 */
export async function selectPairsToScore(
  db: Db,
  organisationId: string,
  modelVersion: string,
  limit: number,
): Promise<{ a: string; b: string }[]> {
  const { rows } = await sql<{ a: string; b: string }>`
    select distinct k1.person_id as a, k2.person_id as b
    from person_match_keys k1
    join person_match_keys k2
      on k2.rule = k1.rule and k2.key = k1.key and k2.organisation_id = k1.organisation_id
      and k1.person_id < k2.person_id
    where k1.organisation_id = ${organisationId}
      and not exists (
        select 1 from person_match_pairs p
        join persons pa on pa.id = p.person_a_id
        join persons pb on pb.id = p.person_b_id
        where p.person_a_id = k1.person_id and p.person_b_id = k2.person_id
          and (p.status <> 'open'
            or (p.model_version = ${modelVersion}
              and p.scored_at >= greatest(pa.updated_at, pb.updated_at))))
    order by a, b
    limit ${limit}`.execute(db);
  return rows;
}

export type ScoredPair = {
  organisationId: string;
  a: string;
  b: string;
  probability: number;
  weight: number;
  explanation: unknown;
  modelVersion: string;
};

/** Stores new pairs and rescores open ones; a pair decided meanwhile keeps its score. */
export async function upsertScoredPairs(db: Db, pairs: readonly ScoredPair[]): Promise<void> {
  if (pairs.length === 0) return;
  await db
    .insertInto("person_match_pairs")
    .values(
      pairs.map((p) => ({
        organisation_id: p.organisationId,
        person_a_id: p.a,
        person_b_id: p.b,
        probability: p.probability,
        weight: p.weight,
        explanation: JSON.stringify(p.explanation),
        model_version: p.modelVersion,
        // The database's clock, as for persons.updated_at: a pair scored before an edit of
        // either person is scored again.
        scored_at: sql<Date>`now()`,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(["person_a_id", "person_b_id"])
        .doUpdateSet((eb) => ({
          probability: eb.ref("excluded.probability"),
          weight: eb.ref("excluded.weight"),
          explanation: eb.ref("excluded.explanation"),
          model_version: eb.ref("excluded.model_version"),
          scored_at: eb.ref("excluded.scored_at"),
        }))
        .where("person_match_pairs.status", "=", "open"),
    )
    .execute();
}

const pairColumns = [
  "p.id",
  "p.organisation_id",
  "p.person_a_id",
  "p.person_b_id",
  "p.probability",
  "p.weight",
  "p.explanation",
  "p.model_version",
  "p.status",
  "p.version",
] as const;

/** The organisation's pairs in one queue, best first, leaving out pairs already merged. */
export async function selectQueuePairs(
  db: Db,
  organisationId: string,
  status: string,
  threshold: number,
  limit: number,
) {
  return db
    .selectFrom("person_match_pairs as p")
    .select(pairColumns)
    .where("p.organisation_id", "=", organisationId)
    .where("p.status", "=", status)
    .where("p.probability", ">=", threshold)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("person_group_members as ga")
            .innerJoin("person_group_members as gb", "gb.group_id", "ga.group_id")
            .select("ga.id")
            .whereRef("ga.person_id", "=", "p.person_a_id")
            .whereRef("gb.person_id", "=", "p.person_b_id")
            .where("ga.removed_at", "is", null)
            .where("gb.removed_at", "is", null),
        ),
      ),
    )
    .orderBy("p.probability", "desc")
    .orderBy("p.id")
    .limit(limit)
    .execute();
}

/** One pair by id (the caller checks that the actor may see it). */
export async function selectPair(db: Db, pairId: string) {
  return db
    .selectFrom("person_match_pairs as p")
    .select(pairColumns)
    .where("p.id", "=", pairId)
    .executeTakeFirst();
}

export type PairRow = NonNullable<Awaited<ReturnType<typeof selectPair>>>;

/** The pair of two persons, whichever order they are given in. */
export async function selectPairOf(db: Db, x: string, y: string) {
  const [a, b] = x < y ? [x, y] : [y, x];
  return db
    .selectFrom("person_match_pairs as p")
    .select(pairColumns)
    .where("p.person_a_id", "=", a)
    .where("p.person_b_id", "=", b)
    .executeTakeFirst();
}

/** The live group of each of these persons that has one. */
export async function selectLiveGroups(db: Db, personIds: readonly string[]) {
  const groups = new Map<string, string>();
  if (personIds.length === 0) return groups;
  const rows = await db
    .selectFrom("person_group_members")
    .select(["person_id", "group_id"])
    .where("person_id", "in", personIds)
    .where("removed_at", "is", null)
    .execute();
  for (const r of rows) groups.set(r.person_id, r.group_id);
  return groups;
}

/** A pair's decisions, oldest first, with the names of those who took them. */
export async function selectDecisions(db: Db, pairId: string) {
  return db
    .selectFrom("person_match_decisions as d")
    .leftJoin("users as u", "u.id", "d.decided_by")
    .select([
      "d.decision",
      "d.note",
      "d.decided_by",
      "u.display_name",
      "d.decided_at",
      "d.model_version",
      "d.probability",
    ])
    .where("d.pair_id", "=", pairId)
    .orderBy("d.seq")
    .execute();
}

/** Decided pairs of the organisation per stored probability, for precision per band. */
export async function selectDecidedPairs(db: Db, organisationId: string) {
  return db
    .selectFrom("person_match_pairs")
    .select(["probability", "status"])
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["match", "not_match"])
    .execute();
}
