/*
 * Hash lists (issue 7): lists of fingerprints of known material, imported and exported in the
 * exchanges' formats, and matched through the node's in-memory index. Other capabilities use
 * this only through these exports.
 */
export { castEntryVote, type EntryVote } from "./entry-votes.ts";
export { matchFingerprints } from "./match.service.ts";
export { hashIndexOf, type IndexHit, NodeHashIndex } from "./node-index.ts";
export { type QuarantineEvidence, quarantineEntry } from "./quarantine.service.ts";
export type { HashListMatchBody, HashListMatchResult } from "./schemas.ts";
export {
  findVisibleHits,
  type HitQuery,
  type VisibleHit,
  type VisibleHits,
} from "./visible-hits.ts";
