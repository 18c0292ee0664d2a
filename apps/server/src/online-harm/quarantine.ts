import { sql } from "kysely";
import { quarantineEntry } from "../hash-lists/index.ts";
import type { Ctx } from "../platform/context.ts";

/*
 * Quarantine of an entry that suddenly matches far above its usual rate (issue 7). A list entry
 * that starts matching everything is far more likely a bad entry — a hash of a common logo,
 * a blank frame, a meme, a mistaken or malicious import — than a sudden flood of one piece of
 * abuse material, and every false "known material" sends an officer after an innocent upload.
 * So such an entry stops counting as known material until its list's keepers release it.
 * The rate is the entry's across the node (every organisation's recorded matches), not one
 * agency's.
 */

/** The window whose hits are compared with the entry's usual rate. */
export const QUARANTINE_WINDOW_MS = 60 * 60 * 1000;
/** The days before the window that make the usual rate (a daily average). */
export const QUARANTINE_BASELINE_DAYS = 30;
/**
 * Hits in one window that never quarantine, whatever the history: a new entry has no baseline
 * (average 0), and one report of a circulating image can bring several uploads of it at once.
 */
export const QUARANTINE_FLOOR = 20;
/** How many times its usual daily rate an entry may match within one window. */
export const QUARANTINE_FACTOR = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts each entry's recorded matches (suppressed ones aside) in the last window (since its
 * last change, if later) and the 30 days before it, and quarantines those over max(floor, factor × daily average). Runs in the
 * upload's transaction, after its matches are inserted, so they count. Returns the entries
 * quarantined.
 */
export async function quarantineFloodingEntries(tx: Ctx, entryIds: string[]): Promise<string[]> {
  if (entryIds.length === 0) return [];
  const now = tx.clock.now();
  const windowStart = new Date(now.getTime() - QUARANTINE_WINDOW_MS);
  const baselineStart = new Date(windowStart.getTime() - QUARANTINE_BASELINE_DAYS * DAY_MS);
  // The window restarts when an entry last changed (its keepers released it, an import updated
  // it): a released entry is judged on the hits after its release, not re-quarantined at once.
  const rows = await tx.db
    .selectFrom("online_harm_matches as m")
    .innerJoin("hash_list_entries as e", "e.id", "m.entry_id")
    .select([
      "m.entry_id",
      sql<string>`count(*) filter (where m.created_at > greatest(${windowStart}::timestamptz, e.updated_at))`.as(
        "recent",
      ),
      sql<string>`count(*) filter (where m.created_at <= ${windowStart}::timestamptz)`.as(
        "baseline",
      ),
    ])
    .where("m.entry_id", "in", entryIds)
    .where("m.created_at", ">", baselineStart)
    .where("m.created_at", "<=", now)
    .where("m.status", "<>", "suppressed")
    .groupBy("m.entry_id")
    .execute();
  const quarantined: string[] = [];
  for (const row of rows) {
    const hitsLastHour = Number(row.recent);
    const trailingDailyAverage = Number(row.baseline) / QUARANTINE_BASELINE_DAYS;
    const threshold = Math.max(QUARANTINE_FLOOR, QUARANTINE_FACTOR * trailingDailyAverage);
    if (hitsLastHour <= threshold) continue;
    const evidence = {
      hitsLastHour,
      trailingDailyAverage: Math.round(trailingDailyAverage * 100) / 100,
      threshold,
    };
    if (await quarantineEntry(tx, row.entry_id, evidence)) quarantined.push(row.entry_id);
  }
  return quarantined;
}
