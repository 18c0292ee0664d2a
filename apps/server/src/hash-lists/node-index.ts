import type { FingerprintType } from "@sahabat/hash-lists";
import { type PdqHash, PdqMultiIndex, parsePdqHex } from "@sahabat/pdq";
import type { Db } from "../platform/db/database.ts";

/*
 * The node's in-memory index of every active hash-list entry: PDQ hashes in a multi-index
 * (@sahabat/pdq), exact fingerprints (MD5, SHA-1, SHA-256, PhotoDNA) in a map. Loaded at start,
 * updated right after an import commits in this process, and every two seconds from the
 * entries' revisions, so entries imported through another process are matchable within seconds.
 * It holds hashes and ids only; lists' metadata and classifications are read per match.
 * Memory: the PDQ index takes about 100 B an entry and the ids and maps here about as much
 * again; a removed or updated PDQ entry leaves its old position (about 50 B) behind until the
 * server restarts.
 */

/**
 * An entry found by a fingerprint. `isQuarantined`: the entry matched far above its usual rate
 * and was quarantined; it is still found, so that its hits are reviewed rather than counted as
 * known material, but callers that only want trusted entries drop it.
 */
export type IndexHit = {
  entryId: string;
  listId: string;
  distance: number;
  isQuarantined: boolean;
};

const PAGE = 20_000;

/** The node's index. Create one per app; {@link start} loads it and keeps it current. */
export class NodeHashIndex {
  private readonly pdq = new PdqMultiIndex();
  // Flat per-position arrays and one map entry per entry: about 100 B an entry beside the
  // multi-index's own 100 B. List ids are interned, so each list's id is held once.
  private readonly positionEntry: string[] = [];
  private readonly positionList: string[] = [];
  private readonly pdqPosition = new Map<string, number>();
  private readonly exactKeyOf = new Map<string, string>();
  /** Exact fingerprint key → entry id → list id. */
  private readonly exact = new Map<string, Map<string, string>>();
  private readonly listIds = new Map<string, string>();
  private readonly quarantined = new Set<string>();
  private revision = 0n;
  private running: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  /** Entries indexed (active and quarantined ones). */
  get size(): number {
    return this.pdqPosition.size + this.exactKeyOf.size;
  }

  /**
   * Loads every active entry, then polls for changes until {@link stop}. A failed load is
   * reported, not thrown, so the app still starts (the OpenAPI generator runs it on an empty,
   * unmigrated database); the next poll tries again.
   */
  async start(db: Db, onError: (error: unknown) => void, intervalMs = 2000): Promise<void> {
    await this.refresh(db).catch(onError);
    this.timer = setInterval(() => {
      this.refresh(db).catch(onError);
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Applies every change committed since the last refresh; one refresh runs at a time. */
  refresh(db: Db): Promise<void> {
    this.running = this.running.catch(() => {}).then(() => this.catchUp(db));
    return this.running;
  }

  /**
   * Active and quarantined PDQ entries within `threshold` of the hash (quality rules as in
   * @sahabat/pdq).
   */
  searchPdq(hash: PdqHash, quality: number | undefined, threshold: number): IndexHit[] {
    const query = quality === undefined ? { hash } : { hash, quality };
    return this.pdq.search(query, { threshold }).map((m) => {
      const entryId = this.positionEntry[m.index]!;
      return {
        entryId,
        listId: this.positionList[m.index]!,
        distance: m.distance,
        isQuarantined: this.quarantined.has(entryId),
      };
    });
  }

  /** Active and quarantined entries holding exactly this fingerprint (canonical value). */
  searchExact(type: FingerprintType, value: string): IndexHit[] {
    const entries = this.exact.get(`${type}:${value}`);
    if (!entries) return [];
    return [...entries].map(([entryId, listId]) => ({
      entryId,
      listId,
      distance: 0,
      isQuarantined: this.quarantined.has(entryId),
    }));
  }

  private async catchUp(db: Db): Promise<void> {
    for (;;) {
      const rows = await db
        .selectFrom("hash_list_entries")
        .select(["id", "list_id", "fingerprint_type", "value", "quality", "status", "revision"])
        .where("revision", ">", this.revision.toString())
        .orderBy("revision")
        .limit(PAGE)
        .execute();
      for (const row of rows) this.apply(row);
      if (rows.length > 0) this.revision = BigInt(rows.at(-1)!.revision);
      if (rows.length < PAGE) break;
    }
    this.pdq.mergeIfDue();
  }

  private apply(row: {
    id: string;
    list_id: string;
    fingerprint_type: string;
    value: string;
    quality: number | null;
    status: string;
  }): void {
    this.forget(row.id);
    if (row.status === "quarantined") this.quarantined.add(row.id);
    else if (row.status !== "active") return;
    const listId = this.listIds.get(row.list_id) ?? row.list_id;
    this.listIds.set(listId, listId);
    if (row.fingerprint_type === "pdq") {
      const hash = parsePdqHex(row.value);
      const entry = row.quality === null ? { hash } : { hash, quality: row.quality };
      const position = this.pdq.add(entry, { isMergeDeferred: true });
      this.positionEntry[position] = row.id;
      this.positionList[position] = listId;
      this.pdqPosition.set(row.id, position);
      return;
    }
    const key = `${row.fingerprint_type}:${row.value}`;
    const entries = this.exact.get(key) ?? new Map<string, string>();
    this.exact.set(key, entries);
    entries.set(row.id, listId);
    this.exactKeyOf.set(row.id, key);
  }

  private forget(entryId: string): void {
    this.quarantined.delete(entryId);
    const position = this.pdqPosition.get(entryId);
    if (position !== undefined) {
      this.pdqPosition.delete(entryId);
      this.pdq.remove(position);
      this.positionEntry[position] = "";
      this.positionList[position] = "";
    }
    const key = this.exactKeyOf.get(entryId);
    if (key !== undefined) {
      this.exactKeyOf.delete(entryId);
      const entries = this.exact.get(key);
      entries?.delete(entryId);
      if (entries?.size === 0) this.exact.delete(key);
    }
  }
}

const indexes = new WeakMap<Db, NodeHashIndex>();

/**
 * The index the app built on this database (its root connection, `deps.db`), for other
 * capabilities that match fingerprints (an online-harm report's upload) through
 * `matchFingerprints`; undefined before the hash-list routes are registered.
 */
export function hashIndexOf(db: Db): NodeHashIndex | undefined {
  return indexes.get(db);
}

/** Registers the app's index for {@link hashIndexOf}. */
export function registerHashIndex(db: Db, index: NodeHashIndex): void {
  indexes.set(db, index);
}
