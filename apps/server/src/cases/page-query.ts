import { sql } from "kysely";
import { compileOnce } from "../platform/db/compile-once.ts";
import { cursorTimeOf, cursorTimestamp } from "../platform/db/cursor-time.ts";
import type { Db } from "../platform/db/database.ts";
import type { CaseScope } from "./policy.ts";

export type CaseListFilter = {
  scope: Exclude<CaseScope, { none: true }>;
  status?: string | undefined;
  exploitationType?: string | undefined;
  riskLevel?: string | undefined;
  assignedTo?: string | undefined;
  nameLike?: string | undefined;
  /** The last row shown: its created_at as a cursor time (cursor-time.ts) and id. */
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
};

/** Escapes LIKE wildcards so a searched name matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A searched name counts its first 8 words.
const maxWords = 8;

/**
 * Whether a word keeps three characters once the database has lowered it and removed its
 * accents (Latin combining marks may vanish; precomposed letters stay one character). When no
 * word does, the search has no trigram to look up and walks the organisation's cases instead:
 * keys of an empty word list would match every person.
 */
function hasTrigram(word: string): boolean {
  return [...word.replace(/[\u0300-\u036f]/g, "")].length >= 3;
}

/** Which conditions a page query has: its SQL depends on these alone, never on the values. */
type PageShape = {
  isOwnOnly: boolean;
  hasStatus: boolean;
  hasRiskLevel: boolean;
  hasAssignee: boolean;
  hasExploitationType: boolean;
  hasName: boolean;
  words: number;
  /** Some searched word is long enough to have trigrams, so the keyed index can narrow. */
  isKeyed: boolean;
  hasAfter: boolean;
};

type PageParams = {
  organisationId: string;
  limit: number;
  userId?: string;
  status?: string;
  riskLevel?: string;
  assignedTo?: string;
  exploitationType?: string;
  afterCreatedAt?: string;
  afterId?: string;
} & { [word: `word${number}` | `key${number}`]: string };

function buildCasePage(db: Db, shape: PageShape, p: PageParams) {
  let q = db
    .selectFrom("cases as c")
    .innerJoin("persons as p", "p.id", "c.person_id")
    // The assignee's name by primary key in the same query: no second query per row.
    .leftJoin("users as u", "u.id", "c.assigned_user_id")
    .select([
      "c.id",
      "c.reference",
      "c.registered_on",
      "c.status",
      "c.risk_level",
      "c.exploitation_types",
      "c.assigned_user_id",
      "u.display_name as assignee_display_name",
      cursorTimeOf("c.created_at").as("cursor_time"),
      "p.id as person_id",
      "p.given_name",
      "p.family_name",
      "p.name_order",
      "p.date_of_birth",
      "p.estimated_age_years",
      "p.age_estimated_on",
      "p.is_age_disputed",
    ])
    .where("c.organisation_id", "=", p.organisationId)
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(p.limit);
  // The shape alone decides which conditions exist (compile-once.ts: never branch on a value).
  if (shape.isOwnOnly)
    q = q.where((eb) =>
      eb.or([eb("c.assigned_user_id", "=", p.userId!), eb("c.created_by", "=", p.userId!)]),
    );
  if (shape.hasStatus) q = q.where("c.status", "=", p.status!);
  if (shape.hasRiskLevel) q = q.where("c.risk_level", "=", p.riskLevel!);
  if (shape.hasAssignee) q = q.where("c.assigned_user_id", "=", p.assignedTo!);
  if (shape.hasExploitationType)
    q = q.where(sql<boolean>`${p.exploitationType!} = any(c.exploitation_types)`);
  if (shape.hasName) {
    q = q.where("p.organisation_id", "=", p.organisationId);
    if (shape.isKeyed) {
      // Candidates from the organisation's own trigram keys (migration 0024): every trigram of
      // every searched word must be among the person's. The keys of the words are computed by
      // the same function as the index's, from the same normalised text as the LIKE below, so
      // a person the LIKE conditions match is never left out.
      const wordKeys = Array.from(
        { length: shape.words },
        (_, i) =>
          sql`sahabat_name_keys(${p.organisationId}, sahabat_unaccent(lower(${p[`key${i}`]})))`,
      );
      q = q.where(
        sql<boolean>`sahabat_name_keys(p.organisation_id, p.search_text) @> (${sql.join(wordKeys, sql` || `)})`,
      );
    }
    // Word by word, each required, in any order: people write their names in either order
    // (a Khmer or Vietnamese family name first, or last), and the record keeps one order.
    for (let i = 0; i < shape.words; i++)
      q = q.where(sql<boolean>`p.search_text like sahabat_unaccent(lower(${p[`word${i}`]}))`);
  }
  if (shape.hasAfter)
    q = q.where((eb) =>
      eb.or([
        eb("c.created_at", "<", cursorTimestamp(p.afterCreatedAt!)),
        eb.and([
          eb("c.created_at", "=", cursorTimestamp(p.afterCreatedAt!)),
          eb("c.id", "<", p.afterId!),
        ]),
      ]),
    );
  return q;
}

function keysOf(shape: PageShape): (keyof PageParams & string)[] {
  return [
    "organisationId",
    "limit",
    ...(shape.isOwnOnly ? (["userId"] as const) : []),
    ...(shape.hasStatus ? (["status"] as const) : []),
    ...(shape.hasRiskLevel ? (["riskLevel"] as const) : []),
    ...(shape.hasAssignee ? (["assignedTo"] as const) : []),
    ...(shape.hasExploitationType ? (["exploitationType"] as const) : []),
    ...Array.from({ length: shape.words }, (_, i) => `word${i}` as const),
    ...(shape.isKeyed ? Array.from({ length: shape.words }, (_, i) => `key${i}` as const) : []),
    ...(shape.hasAfter ? (["afterCreatedAt", "afterId"] as const) : []),
  ];
}

const runnerOf = (shape: PageShape) =>
  compileOnce(keysOf(shape), (db, p: PageParams) => buildCasePage(db, shape, p));

// One compiled query per shape: at most 2^8 × 9, in practice a handful (compile-once.ts).
const runners = new Map<string, ReturnType<typeof runnerOf>>();

/** A page of cases in scope, newest first, by keyset (created_at, id). */
export function selectCasePage(db: Db, f: CaseListFilter) {
  // NFKC as the stored names are (persons/queries.ts), so a name typed with combining marks
  // finds the same persons as the same name typed precomposed, and a Thai name typed with SARA
  // AM (U+0E33, stored as U+0E4D U+0E32) finds its registered spelling.
  const words = f.nameLike
    ? f.nameLike.normalize("NFKC").split(/\s+/).filter(Boolean).slice(0, maxWords)
    : [];
  const { userId } = f.scope;
  const shape: PageShape = {
    isOwnOnly: !!userId,
    hasStatus: !!f.status,
    hasRiskLevel: !!f.riskLevel,
    hasAssignee: !!f.assignedTo,
    hasExploitationType: !!f.exploitationType,
    hasName: !!f.nameLike,
    words: words.length,
    isKeyed: words.some(hasTrigram),
    hasAfter: !!f.after,
  };
  const params: PageParams = {
    organisationId: f.scope.organisationId,
    limit: f.limit + 1,
    ...(userId ? { userId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.riskLevel ? { riskLevel: f.riskLevel } : {}),
    ...(f.assignedTo ? { assignedTo: f.assignedTo } : {}),
    ...(f.exploitationType ? { exploitationType: f.exploitationType } : {}),
    ...(f.after ? { afterCreatedAt: f.after.createdAt, afterId: f.after.id } : {}),
  };
  words.forEach((word, i) => {
    params[`word${i}`] = `%${escapeLike(word)}%`;
    if (shape.isKeyed) params[`key${i}`] = word;
  });
  const key = JSON.stringify(shape);
  let run = runners.get(key);
  if (!run) {
    run = runnerOf(shape);
    runners.set(key, run);
  }
  return run(db, params);
}
