import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/*
 * The audit hash chain. Each entry's hash commits to its content, its position and the previous
 * entry's hash, so editing, deleting or reordering any entry breaks every later link. Signed
 * checkpoints (every 1,000 entries, and periodically) carry an HMAC under a key outside the
 * database, so even a database superuser who rewrites the chain cannot make it verify.
 * The database computes the link (sahabat_chain_audit, migration 0013, after the entry's
 * transaction committed) from the content string made here and stored with the entry until it
 * is chained; verification recomputes both here from the entry's fields. An entry is protected
 * only from the moment it is chained (normally within a second of its commit, see chainer.ts).
 * WARNING: any change to what is hashed invalidates every existing trail; it needs a migration
 * plan and a security review.
 */

/** Hash before the first entry. */
export const genesisHash = "0".repeat(64);

/** A checkpoint every this many entries. */
export const checkpointInterval = 1000;

/** The hashed content of an entry. */
export type ChainedFields = {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  organisationId: string | null;
  purpose: string | null;
  clientAddress: string | null;
  requestId: string | null;
  outcome: string;
  details: unknown;
};

/** JSON with object keys sorted at every depth, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  const parts = keys.map(
    (k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`,
  );
  return `{${parts.join(",")}}`;
}

/** The canonical content string of an entry (everything but its position and link). */
export function entryContent(e: Omit<ChainedFields, "seq">): string {
  return canonicalJson([
    e.occurredAt.toISOString(),
    e.actorUserId,
    e.actorOrganisationId,
    e.action,
    e.resourceType,
    e.resourceId,
    e.organisationId,
    e.purpose,
    e.clientAddress,
    e.requestId,
    e.outcome,
    e.details,
  ]);
}

/** The hash of an entry given the previous entry's hash: SHA-256 of `prev \n seq \n content`. */
export function hashEntry(prevHash: string, e: ChainedFields): string {
  return createHash("sha256")
    .update(`${prevHash}\n${e.seq}\n${entryContent(e)}`)
    .digest("hex");
}

/** MAC over a chain position: `seq:hash`. */
export function macChainPosition(key: Buffer, seq: number, hash: string): string {
  return createHmac("sha256", key).update(`${seq}:${hash}`).digest("hex");
}

/** Constant-time check of a chain position's MAC. */
export function isChainPositionMacValid(
  key: Buffer,
  seq: number,
  hash: string,
  mac: string,
): boolean {
  const expected = Buffer.from(macChainPosition(key, seq, hash), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
