import {
  contentTypeOf,
  type ExportEntry,
  type FingerprintType,
  formatHashList,
} from "@sahabat/hash-lists";
import type { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canCreateList, canImportList, canSeeHashLists, exportRefusal } from "./policy.ts";
import {
  countActiveEntries,
  factsOf,
  type ListRow,
  selectVisibleList,
  selectVisibleLists,
} from "./queries.ts";
import type {
  HashListCreateBody,
  HashListExport,
  HashListFormat,
  HashListView,
} from "./schemas.ts";

/** The most entries one export writes; larger lists are exchanged by other means. */
export const MAX_EXPORT_ENTRIES = 500_000;

function toView(actor: Actor, row: ListRow, activeEntries: number): HashListView {
  const facts = factsOf(row);
  return {
    id: row.id,
    name: row.name,
    ownerOrganisationId: row.owner_organisation_id,
    ownerOrganisationName: row.owner_organisation_name,
    source: row.source,
    licence: row.licence,
    permittedUse: row.permitted_use,
    exportPolicy: row.export_policy as HashListView["exportPolicy"],
    sharingLevel: row.sharing_level as HashListView["sharingLevel"],
    sharingGroupOrganisationIds: row.sharing_group_organisation_ids,
    tlp: row.tlp as HashListView["tlp"],
    threshold: row.threshold,
    isNegative: row.is_negative,
    isVerified: row.is_verified,
    activeEntries,
    createdAt: row.created_at.toISOString(),
    can: { import: canImportList(actor, facts), export: exportRefusal(actor, facts) === null },
  };
}

/** The list by id when the actor's organisation sees it; 404 otherwise. */
export async function loadVisibleList(ctx: Ctx, id: string): Promise<ListRow> {
  const row = await selectVisibleList(ctx.db, ctx.actor, id);
  if (!row) throw new NotFound("hash list");
  return row;
}

/** Creates a list owned by the actor's organisation. */
export async function createList(ctx: Ctx, body: HashListCreateBody): Promise<HashListView> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !canCreateList(actor))
    throw new Forbidden("Your role may not create hash lists");
  const group = body.sharingGroupOrganisationIds ?? [];
  if (body.sharingLevel === "sharing_group" && group.length === 0)
    throw new Invalid(
      "sharingGroupOrganisationIds",
      "A sharing group names its organisations",
      "sharing_group_empty",
    );
  if (body.sharingLevel !== "sharing_group" && group.length > 0)
    throw new Invalid(
      "sharingGroupOrganisationIds",
      "Only a sharing group names organisations",
      "sharing_group_only",
    );
  return inTransaction(ctx, async (tx) => {
    if (group.length > 0) {
      const found = await tx.db
        .selectFrom("organisations")
        .select("id")
        .where("id", "in", group)
        .execute();
      if (found.length !== new Set(group).size)
        throw new Invalid(
          "sharingGroupOrganisationIds",
          "No such organisation",
          "unknown_organisation",
        );
    }
    const now = tx.clock.now();
    const { id } = await tx.db
      .insertInto("hash_lists")
      .values({
        name: body.name,
        owner_organisation_id: actor.organisationId,
        source: body.source,
        licence: body.licence,
        permitted_use: body.permittedUse,
        export_policy: body.exportPolicy,
        sharing_level: body.sharingLevel,
        sharing_group_organisation_ids: [...new Set(group)],
        tlp: body.tlp,
        threshold: body.threshold ?? 31,
        is_negative: body.isNegative ?? false,
        is_verified: body.isVerified ?? false,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "hash_list.create",
      resourceType: "hash_list",
      resourceId: id,
      organisationId: actor.organisationId,
      details: {
        sharingLevel: body.sharingLevel,
        tlp: body.tlp,
        isNegative: body.isNegative ?? false,
        isVerified: body.isVerified ?? false,
      },
    });
    return toView(actor, await loadVisibleList(tx, id), 0);
  });
}

/** The lists the actor's organisation sees, with their active entries. */
export async function listLists(ctx: Ctx): Promise<HashListView[]> {
  if (!canSeeHashLists(ctx.actor)) throw new Forbidden("Your role does not work with hash lists");
  const rows = await selectVisibleLists(ctx.db, ctx.actor);
  const counts = await countActiveEntries(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toView(ctx.actor, r, counts.get(r.id) ?? 0));
}

/**
 * Writes the list's entries in a format, when the sharing level, the TLP marking and the licence
 * allow it for the asker; audited. Disabled entries stay home; tombstones travel where the
 * format carries them; PhotoDNA (licensed) leaves only to its owner organisation.
 */
export async function exportList(
  ctx: Ctx,
  listId: string,
  format: z.infer<typeof HashListFormat>,
): Promise<z.infer<typeof HashListExport>> {
  const actor = ctx.actor;
  const list = await loadVisibleList(ctx, listId);
  const refusal = exportRefusal(actor, factsOf(list));
  if (refusal !== null || actor.kind !== "user") throw new Forbidden(refusal ?? undefined);
  const isOwner = actor.organisationId === list.owner_organisation_id;
  return inTransaction(ctx, async (tx) => {
    let query = tx.db
      .selectFrom("hash_list_entries")
      .select(["fingerprint_type", "value", "quality", "classification", "source_id", "status"])
      .where("list_id", "=", listId)
      .where("status", "in", ["active", "tombstoned"]);
    if (!isOwner) query = query.where("fingerprint_type", "<>", "photodna");
    const rows = await query
      .orderBy("added_at")
      .orderBy("id")
      .limit(MAX_EXPORT_ENTRIES + 1)
      .execute();
    if (rows.length > MAX_EXPORT_ENTRIES)
      throw new Invalid("format", `A list over ${MAX_EXPORT_ENTRIES} entries is not exported here`);
    const entries: ExportEntry[] = rows.map((r) => ({
      type: r.fingerprint_type as FingerprintType,
      value: r.value,
      quality: r.quality,
      classification: r.classification,
      sourceId: r.source_id,
      isTombstoned: r.status === "tombstoned",
    }));
    await recordAudit(tx, {
      action: "hash_list.export",
      resourceType: "hash_list",
      resourceId: listId,
      organisationId: list.owner_organisation_id,
      details: { format, entries: entries.length },
    });
    return {
      format,
      contentType: contentTypeOf(format),
      entries: entries.length,
      content: formatHashList(format, entries),
    };
  });
}
