import type { FingerprintType } from "@sahabat/hash-lists";
import type { PdqHash } from "@sahabat/pdq";
import type { Ctx } from "../platform/context.ts";
import type { IndexHit, NodeHashIndex } from "./node-index.ts";
import { type ListRow, selectVisibleLists } from "./queries.ts";

/** A canonical fingerprint to look up: PDQ with its parsed hash, or an exact value. */
export type HitQuery = {
  type: FingerprintType;
  value: string;
  hash: PdqHash | null;
  quality?: number;
};

/** An index hit on a list the actor's organisation sees, with that list. */
export type VisibleHit = IndexHit & { list: ListRow };

/**
 * Per query: its hits on positive lists, and whether a negative list holds it (known benign
 * material, whose matches the callers withhold or mark suppressed).
 */
export type VisibleHits = { hits: VisibleHit[]; isSuppressed: boolean };

/**
 * Searches the node's index for each fingerprint and keeps the hits on lists the actor's
 * organisation sees (queries.ts `visibleLists`), PDQ within each list's own threshold. Quarantined
 * entries are returned, marked; negative-list hits only set `isSuppressed` (a quarantined
 * negative entry suppresses nothing). Reads the lists; writes nothing and audits nothing: the
 * callers audit in their own transaction.
 * WARNING: this decides which agency's lists an actor learns about; keep it on `visibleLists`.
 */
export async function findVisibleHits(
  ctx: Ctx,
  index: NodeHashIndex,
  queries: readonly HitQuery[],
): Promise<VisibleHits[]> {
  const lists = new Map((await selectVisibleLists(ctx.db, ctx.actor)).map((l) => [l.id, l]));
  // The index probes up to 47 bits and scans above, so a list's own wider threshold still holds.
  const widest = Math.max(0, ...[...lists.values()].map((l) => l.threshold));
  return queries.map((q) => {
    const found =
      q.hash !== null
        ? index.searchPdq(q.hash, q.quality, widest)
        : index.searchExact(q.type, q.value);
    const hits: VisibleHit[] = [];
    let isSuppressed = false;
    for (const hit of found) {
      const list = lists.get(hit.listId);
      if (list === undefined || hit.distance > list.threshold) continue;
      if (list.is_negative) isSuppressed ||= !hit.isQuarantined;
      else hits.push({ ...hit, list });
    }
    return { hits, isSuppressed };
  });
}
