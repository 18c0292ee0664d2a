import { AGENCY_ENTRY_FIRST, type Language, type Lexicon, type LexiconEntry } from "@sahabat/ads";
import type { Db } from "../platform/db/database.ts";

/** The scope an organisation's entries carry in every indicator's version. */
export function agencyScope(organisationId: string): string {
  return `org-${organisationId}`;
}

/** Each language's revision and version of the organisation's lexicon. */
export async function selectRevisions(db: Db, organisationId: string) {
  return db
    .selectFrom("ad_lexicons")
    .select(["language", "revision", "version"])
    .where("organisation_id", "=", organisationId)
    .orderBy("language")
    .execute();
}

/** The organisation's entries, active only or all, oldest first. */
export async function selectEntries(
  db: Db,
  organisationId: string,
  options: { language?: Language; activeOnly: boolean },
) {
  let query = db
    .selectFrom("ad_lexicon_entries as e")
    .leftJoin("users as u", "u.id", "e.created_by")
    .selectAll("e")
    .select("u.display_name as created_by_name")
    .where("e.organisation_id", "=", organisationId);
  if (options.language) query = query.where("e.language", "=", options.language);
  if (options.activeOnly) query = query.where("e.status", "=", "active");
  return query.orderBy("e.language").orderBy("e.entry_id").execute();
}
export type EntryRow = Awaited<ReturnType<typeof selectEntries>>[number];

/** The next free entry id of a category: agencies number from 500 (vi-B-500, vi-B-501…). */
export function nextEntryId(
  language: Language,
  category: string,
  taken: readonly { entry_id: string }[],
): string | null {
  const prefix = `${language}-${category}-`;
  const used = taken
    .filter((row) => row.entry_id.startsWith(prefix))
    .map((row) => Number(row.entry_id.slice(-3)));
  const next = Math.max(AGENCY_ENTRY_FIRST - 1, ...used) + 1;
  return next > 999 ? null : `${prefix}${String(next).padStart(3, "0")}`;
}

/** The organisation's active entries of one language as the package's lexicon document. */
export function toLexicon(
  organisationId: string,
  language: Language,
  version: string,
  rows: readonly EntryRow[],
): Lexicon {
  return {
    language,
    version,
    scope: agencyScope(organisationId),
    entries: rows.map((row) => row.entry as LexiconEntry),
  };
}
