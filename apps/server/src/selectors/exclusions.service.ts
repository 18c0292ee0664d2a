import type { ExclusionBody, ExclusionView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canManageExclusion, canReadExclusions } from "./policy.ts";
import { canonicaliseInput } from "./service.ts";

/*
 * Keeping the exclusion list: values that must never link records. An entry is stored as its
 * correlation key (a helpline or office number is not personal data); adding and removing one is
 * audited with the key, so the list's history can be rebuilt from the trail.
 */

type Row = {
  id: string;
  organisation_id: string | null;
  correlation_key: string;
  reason: string;
  source: string;
  created_at: Date;
};

function toView(actor: Actor, r: Row): ExclusionView {
  return {
    id: r.id,
    scope: r.organisation_id === null ? "node" : "organisation",
    organisationId: r.organisation_id,
    correlationKey: r.correlation_key,
    reason: r.reason,
    source: r.source === "directory" ? "directory" : "manual",
    createdAt: r.created_at.toISOString(),
    can: { remove: canManageExclusion(actor, r.organisation_id) },
  };
}

const columns = [
  "id",
  "organisation_id",
  "correlation_key",
  "reason",
  "source",
  "created_at",
] as const;

/** The node-wide entries and the actor's organisation's. */
export async function listExclusions(ctx: Ctx): Promise<ExclusionView[]> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !canReadExclusions(actor)) throw new Forbidden();
  const rows = await ctx.db
    .selectFrom("selector_exclusions")
    .select(columns)
    .where((eb) =>
      eb.or([eb("organisation_id", "is", null), eb("organisation_id", "=", actor.organisationId)]),
    )
    .orderBy("created_at", "desc")
    .limit(1000)
    .execute();
  return rows.map((r) => toView(actor, r));
}

/** Adds a value to the list; one that could never link (it does not parse) is refused. */
export async function addExclusion(ctx: Ctx, body: ExclusionBody): Promise<ExclusionView> {
  const actor = ctx.actor;
  if (actor.kind !== "user") throw new Forbidden();
  const organisationId = body.scope === "node" ? null : actor.organisationId;
  if (!canManageExclusion(actor, organisationId))
    throw new Forbidden("You may not change this exclusion list");
  const selector = canonicaliseInput(body);
  if (selector.correlationKey === null)
    throw new Invalid(
      "value",
      "This value cannot link records, so it needs no exclusion",
      "cannot_link",
    );
  const key = selector.correlationKey;
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db
      .insertInto("selector_exclusions")
      .values({
        organisation_id: organisationId,
        correlation_key: key,
        reason: body.reason,
        source: "manual",
        created_by: actor.userId,
        created_at: tx.clock.now(),
      })
      .onConflict((oc) => oc.doNothing())
      .returning(columns)
      .executeTakeFirst();
    if (!row)
      throw new Conflict("This value is already excluded", [
        { field: "value", message: "Already on this list", code: "already_listed" },
      ]);
    await recordAudit(tx, {
      action: "selector.exclusion.create",
      resourceType: "selector_exclusion",
      resourceId: row.id,
      organisationId,
      details: { correlationKey: key, scope: body.scope },
    });
    return toView(actor, row);
  });
}

/** Removes an entry: the value links again from now on. */
export async function removeExclusion(ctx: Ctx, id: string): Promise<void> {
  const actor = ctx.actor;
  await inTransaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom("selector_exclusions")
      .select(columns)
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    const isVisible =
      row !== undefined &&
      actor.kind === "user" &&
      canReadExclusions(actor) &&
      (row.organisation_id === null || row.organisation_id === actor.organisationId);
    if (!row || !isVisible) throw new NotFound("exclusion");
    if (!canManageExclusion(actor, row.organisation_id))
      throw new Forbidden("You may not change this exclusion list");
    await tx.db.deleteFrom("selector_exclusions").where("id", "=", id).execute();
    await recordAudit(tx, {
      action: "selector.exclusion.remove",
      resourceType: "selector_exclusion",
      resourceId: id,
      organisationId: row.organisation_id,
      details: { correlationKey: row.correlation_key },
    });
  });
}
