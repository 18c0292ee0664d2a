import { DEFAULT_BLOCKING_RULES, type PreparedRecord, prepareRecord } from "@sahabat/linkage";
import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import { nameFrequencyKeys } from "./name-frequencies.ts";
import { toPersonRecord } from "./person-record.ts";
import { selectMatchRows } from "./queries.ts";

/**
 * Version of the stored keys. Raise the revision whenever names normalisation or the blocking
 * rules change what keys a person gets: the backfill then recomputes every person's keys, and
 * until it has, a person with old keys may be missed by the duplicate check.
 */
export const MATCH_KEYS_VERSION = `2026-5:${DEFAULT_BLOCKING_RULES.map((r) => r.name).join(",")}`;

export type MatchKey = { rule: string; key: string };

/** The blocking keys of a prepared record under every default rule: what a candidate must share. */
export function matchKeysOf(prepared: PreparedRecord): MatchKey[] {
  const keys: MatchKey[] = [];
  for (const rule of DEFAULT_BLOCKING_RULES) {
    // The table refuses keys over 400 characters; such a key would be a pasted text, not a name.
    for (const key of new Set(rule.keys(prepared)))
      if (key.length <= 400) keys.push({ rule: rule.name, key });
  }
  return keys;
}

// Rows per insert statement: 4 parameters per row, far below PostgreSQL's 65,535.
const INSERT_CHUNK = 2000;

/** A person's matching fields as selectMatchRows reads them. */
export type PersonMatchRow = Awaited<ReturnType<typeof selectMatchRows>>[number];

/**
 * Every key stored for a person with these matching fields (as stored): the blocking keys, and
 * the name keys counted, never looked up, for the node's name frequencies (name-frequencies.ts).
 * A registration computes them before its insert, so they go into the person's own statement
 * (persons/queries.ts); refreshPersonMatchKeys computes them from the fields it reads.
 */
export function storedKeysOf(fields: PersonMatchRow["fields"], today: string): MatchKey[] {
  // The id is not part of any key; a registration has none yet.
  const prepared = prepareRecord(toPersonRecord("", fields), 0, { today });
  return [...matchKeysOf(prepared), ...nameFrequencyKeys(prepared)];
}

/**
 * Recomputes and stores the keys of these persons, in the caller's transaction: after their
 * names, sex, date of birth or documents change, and by the backfill. (A registration stores her
 * keys in her own insert statement, computed by storedKeysOf like these.)
 */
export async function refreshPersonMatchKeys(
  db: Db,
  personIds: readonly string[],
  today: string,
): Promise<void> {
  if (personIds.length === 0) return;
  const rows = await selectMatchRows(db, personIds);
  const keys = rows.flatMap((r) =>
    storedKeysOf(r.fields, today).map((k) => ({
      person_id: r.id,
      organisation_id: r.organisationId,
      rule: k.rule,
      key: k.key,
    })),
  );
  await db.deleteFrom("person_match_keys").where("person_id", "in", personIds).execute();
  if (rows.length === 0) return;
  // The last chunk of keys goes in with the key sets, as a data-modifying CTE of one statement
  // (one person's keys are one chunk: one round trip for both).
  const lastChunkAt = Math.max(0, Math.floor((keys.length - 1) / INSERT_CHUNK) * INSERT_CHUNK);
  for (let i = 0; i < lastChunkAt; i += INSERT_CHUNK)
    await db
      .insertInto("person_match_keys")
      .values(keys.slice(i, i + INSERT_CHUNK))
      .execute();
  const lastChunk = keys.slice(lastChunkAt);
  const keySets = (q: typeof db) =>
    q
      .insertInto("person_match_key_sets")
      .values(rows.map((r) => ({ person_id: r.id, keys_version: MATCH_KEYS_VERSION })))
      .onConflict((oc) =>
        oc.column("person_id").doUpdateSet((eb) => ({
          keys_version: eb.ref("excluded.keys_version"),
          computed_at: sql<Date>`now()`,
        })),
      );
  if (lastChunk.length === 0) await keySets(db).execute();
  else
    await keySets(
      db.with("inserted_keys", (q) => q.insertInto("person_match_keys").values(lastChunk)) as never,
    ).execute();
}

/**
 * Computes the keys of every person who has none, or keys of an older version (persons created
 * before the table existed, or before a change to the key derivation). Idempotent; each batch is
 * one transaction, so an interrupted run resumes where it stopped. Returns how many were done.
 */
export async function backfillPersonMatchKeys(
  db: Db,
  today: string,
  batchSize = 500,
): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await db
      .selectFrom("persons as p")
      .leftJoin("person_match_key_sets as s", (join) =>
        join.onRef("s.person_id", "=", "p.id").on("s.keys_version", "=", MATCH_KEYS_VERSION),
      )
      .select("p.id")
      .where("s.person_id", "is", null)
      .orderBy("p.id")
      .limit(batchSize)
      .execute();
    if (ids.length === 0) return done;
    await db.transaction().execute((tx) =>
      refreshPersonMatchKeys(
        tx,
        ids.map((r) => r.id),
        today,
      ),
    );
    done += ids.length;
  }
}
