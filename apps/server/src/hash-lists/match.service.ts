import { canonicaliseValue, type FingerprintType } from "@sahabat/hash-lists";
import { type PdqHash, parsePdqHex } from "@sahabat/pdq";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { DomainError, type FieldError, Forbidden } from "../platform/errors.ts";
import type { IndexHit, NodeHashIndex } from "./node-index.ts";
import { canMatch } from "./policy.ts";
import type { ListRow } from "./queries.ts";
import type { HashListMatch, HashListMatchBody, HashListMatchResult } from "./schemas.ts";
import { findVisibleHits } from "./visible-hits.ts";

/** A fingerprint whose value does not read: 400, the field named, as a schema error is. */
class FingerprintsRefused extends DomainError {
  constructor(errors: FieldError[]) {
    super("validation", 400, "Invalid input", "Some fingerprints are not valid", errors);
  }
}

type Query = {
  type: FingerprintType;
  value: string;
  hash: PdqHash | null;
  quality?: number;
  variant: string;
};

/**
 * Matches fingerprints against the active entries of every list the actor's organisation sees:
 * exact types by value, PDQ within each list's own threshold (quality ≥ 50 on both sides, an
 * unknown quality kept). A fingerprint found on a negative list (known benign material) has its
 * matches withheld. Each match names the list, its owner, the classification, the distance, the
 * variant asked about and whether it is exact or perceptual; never an image. Audited with counts,
 * never the hashes.
 */
export async function matchFingerprints(
  ctx: Ctx,
  index: NodeHashIndex,
  body: HashListMatchBody,
): Promise<HashListMatchResult> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !canMatch(actor))
    throw new Forbidden("Your role may not match hashes");
  const queries = readQueries(body);
  const found = await findVisibleHits(ctx, index, queries);
  // A quarantined entry is not trusted until its keepers release it: it matches nothing here.
  const hitsPerQuery = found.map((f) => f.hits.filter((h) => !h.isQuarantined));
  const entryIds = [...new Set(hitsPerQuery.flat().map((h) => h.entryId))];
  const classifications = await readClassifications(ctx, entryIds);
  const results = queries.map((q, i) => {
    const isSuppressed = found[i]!.isSuppressed;
    const matches = isSuppressed
      ? []
      : hitsPerQuery[i]!.map((h) => toMatch(q, h, h.list, classifications.get(h.entryId) ?? null));
    matches.sort((a, b) => a.distance - b.distance || a.listName.localeCompare(b.listName));
    return { fingerprint: i, isSuppressed, matches };
  });
  await inTransaction(ctx, async (tx) => {
    await recordAudit(tx, {
      action: "hash_list.match",
      resourceType: "hash_list",
      organisationId: actor.organisationId,
      details: {
        fingerprints: queries.length,
        types: [...new Set(queries.map((q) => q.type))],
        matches: results.reduce((n, r) => n + r.matches.length, 0),
        suppressed: results.filter((r) => r.isSuppressed).length,
        listIds: [...new Set(results.flatMap((r) => r.matches.map((m) => m.listId)))],
      },
    });
  });
  return { results };
}

function readQueries(body: HashListMatchBody): Query[] {
  const errors: FieldError[] = [];
  const queries = body.fingerprints.map((f, i): Query => {
    const canonical = canonicaliseValue(f.type, f.value);
    const variant = f.variant ?? "original";
    if ("error" in canonical) {
      // Said as a schema's malformed value; `format` names the fingerprint type expected.
      errors.push({
        field: `fingerprints.${i}.value`,
        message: canonical.error,
        code: "invalid_format",
        params: { format: f.type },
      });
      return { type: f.type, value: "", hash: null, variant };
    }
    if (f.quality !== undefined && f.type !== "pdq")
      errors.push({
        field: `fingerprints.${i}.quality`,
        message: "Only a PDQ hash has a quality",
        code: "quality_pdq_only",
      });
    const hash = f.type === "pdq" ? parsePdqHex(canonical.value) : null;
    return {
      type: f.type,
      value: canonical.value,
      hash,
      variant,
      ...(f.quality === undefined ? {} : { quality: f.quality }),
    };
  });
  if (errors.length > 0) throw new FingerprintsRefused(errors);
  return queries;
}

async function readClassifications(
  ctx: Ctx,
  entryIds: string[],
): Promise<Map<string, string | null>> {
  if (entryIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom("hash_list_entries")
    .select(["id", "classification"])
    .where("id", "in", entryIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.classification]));
}

function toMatch(
  q: Query,
  hit: IndexHit,
  list: ListRow,
  classification: string | null,
): HashListMatch {
  return {
    listId: list.id,
    listName: list.name,
    ownerOrganisationId: list.owner_organisation_id,
    ownerOrganisationName: list.owner_organisation_name,
    entryId: hit.entryId,
    classification,
    fingerprintType: q.type,
    distance: hit.distance,
    variant: q.variant,
    kind: q.type === "pdq" ? "perceptual" : "exact",
    tlp: list.tlp as HashListMatch["tlp"],
  };
}
