import { performance } from "node:perf_hooks";

/** How long a cached session row may serve reads: bounds how late another process's change applies. */
export const sessionCacheTtlMs = 1000;
const maxEntries = 10_000;

type Entry<Row> = { row: Row; cachedAt: number };

/**
 * A short-lived, in-process cache of session rows (session, user and organisation joined), so a
 * burst of reads does not run the session query once per request: the web app loads a page with
 * several parallel GETs, and a busy node answers hundreds of reads a second. Why it stays safe:
 * - only safe requests (GET, HEAD, OPTIONS) read from it; every write resolves from the database;
 * - every write request this process answers empties it, so sign-out, revocation, a disabled
 *   user, a new role or a second factor apply to the very next request;
 * - an entry serves at most `sessionCacheTtlMs` (1 s, on the monotonic clock), which bounds how
 *   long a change made by another process (the CLI, a second server on the same database) takes
 *   to reach reads;
 * - a row fetched while a write was answered is not stored (the generation moved on), so a stale
 *   row cannot outlive the write that emptied the cache;
 * - the caller still checks revocation, the disabled flag and both timeouts on every request.
 * Entries are keyed by the token's SHA-256, never by the token.
 */
export function createSessionCache<Row>(ttlMs = sessionCacheTtlMs) {
  const entries = new Map<string, Entry<Row>>();
  let generation = 0;
  return {
    /** A row cached within the last `ttlMs`, else undefined. */
    get(tokenHash: string): Row | undefined {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (performance.now() - entry.cachedAt > ttlMs) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.row;
    },
    /** The generation to pass to `set` for a row about to be fetched. */
    generation: () => generation,
    /** Stores a row fetched at `fetchedInGeneration`, unless a write emptied the cache meanwhile. */
    set(tokenHash: string, row: Row, fetchedInGeneration: number) {
      if (fetchedInGeneration !== generation) return;
      if (entries.size >= maxEntries) entries.clear();
      entries.set(tokenHash, { row, cachedAt: performance.now() });
    },
    /**
     * Replaces a cached row in place (keeps its age), e.g. after touching last_seen_at, only if
     * the entry still holds `from`, the row the caller read: a write may have emptied the cache
     * while the caller was busy and a newer row (revoked, demoted) been stored since.
     */
    update(tokenHash: string, from: Row, row: Row) {
      const entry = entries.get(tokenHash);
      if (entry && entry.row === from) entry.row = row;
    },
    /** Empties the cache: a write request was answered. */
    clear() {
      generation++;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type SessionCache<Row> = ReturnType<typeof createSessionCache<Row>>;
