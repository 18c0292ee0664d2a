import type { MergeBody, MergeView, UnmergeBody } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { visibleCases } from "../cases/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { selectVisibleCases } from "./candidates.ts";
import {
  lockOrganisationMerges,
  type MergeRow,
  selectLaterLiveMerge,
  selectLiveMembers,
  selectMerge,
  selectNotMatchBetween,
  toMergeView,
} from "./merge-queries.ts";
import { canMergePersons } from "./review-policy.ts";
import { selectLiveGroups, selectPairOf } from "./review-queries.ts";

/**
 * 404 unless the actor sees every one of these persons (a case of theirs in scope), then 403
 * unless they may merge: another agency's record is never even confirmed to exist.
 */
async function authoriseMerge(ctx: Ctx, personIds: readonly string[]): Promise<string> {
  const scope = visibleCases(ctx.actor);
  if ("none" in scope) throw new NotFound("person");
  const cases = await selectVisibleCases(ctx.db, personIds, scope);
  if (personIds.some((id) => !cases.has(id))) throw new NotFound("person");
  if (!canMergePersons(ctx.actor)) throw new Forbidden("A supervisor merges person records");
  return scope.organisationId;
}

async function addMembers(
  ctx: Ctx,
  groupId: string,
  organisationId: string,
  mergeId: string,
  personIds: string[],
) {
  if (personIds.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db
    .insertInto("person_group_members")
    .values(
      personIds.map((person_id) => ({
        group_id: groupId,
        person_id,
        organisation_id: organisationId,
        added_by_merge_id: mergeId,
        added_at: now,
      })),
    )
    .execute();
}

/** The persons of a record's group, or the record alone. */
async function membersOf(ctx: Ctx, personId: string, groupId: string | undefined) {
  return groupId ? selectLiveMembers(ctx.db, groupId) : [personId];
}

/**
 * Groups two person records (and the groups they are in) as one person. The person rows are not
 * touched: membership rows are added, and the ones a merge ends are closed, never deleted.
 */
export async function mergePersons(ctx: Ctx, body: MergeBody): Promise<MergeView> {
  const [a, b] = body.personIds;
  return inTransaction(ctx, async (tx) => {
    const organisationId = await authoriseMerge(tx, [a, b]);
    await lockOrganisationMerges(tx.db, organisationId);
    const groups = await selectLiveGroups(tx.db, [a, b]);
    const groupA = groups.get(a);
    const groupB = groups.get(b);
    if (groupA && groupA === groupB) throw new Conflict("These records are already one person");
    const membersA = await membersOf(tx, a, groupA);
    const membersB = await membersOf(tx, b, groupB);
    if (await selectNotMatchBetween(tx.db, membersA, membersB))
      throw new Conflict(
        "Someone decided that two of these records are not the same child: reopen that decision first",
        [
          {
            field: "personIds",
            message: "A “not a match” decision stands between these records",
            code: "not_a_match_decided",
          },
        ],
      );
    const pair = await selectPairOf(tx.db, a, b);
    const now = tx.clock.now();
    const groupId =
      groupA ??
      groupB ??
      (
        await tx.db
          .insertInto("person_groups")
          .values({ organisation_id: organisationId, created_at: now })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const merge = await tx.db
      .insertInto("person_merges")
      .values({
        organisation_id: organisationId,
        group_id: groupId,
        joined_group_id: groupA && groupB ? groupB : null,
        person_a_id: a,
        person_b_id: b,
        // The decision the merge rests on; without one, the supervisor's reason is the decision.
        pair_id: pair?.status === "match" ? pair.id : null,
        reason: body.reason.trim(),
        merged_by: tx.actor.kind === "user" ? tx.actor.userId : null,
        merged_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // Joining two groups moves the second group's members: their old rows are closed, not edited.
    const moving = groupA ? (groupB ? membersB : [b]) : groupB ? [a] : [a, b];
    if (groupA && groupB)
      await tx.db
        .updateTable("person_group_members")
        .set({ removed_at: now, removed_by_merge_id: merge.id })
        .where("group_id", "=", groupB)
        .where("removed_at", "is", null)
        .execute();
    await addMembers(tx, groupId, organisationId, merge.id, moving);
    await recordAudit(tx, {
      action: "person.merge",
      resourceType: "person_group",
      resourceId: groupId,
      organisationId,
      details: { mergeId: merge.id, personIds: [a, b], pairId: pair?.id ?? null, moved: moving },
    });
    const row = await selectMerge(tx.db, merge.id);
    if (!row) throw new Error("merge vanished in its own transaction");
    return toMergeView(row);
  });
}

/**
 * Reopens the memberships a merge closed (a joined group gets its members back), once the ones it
 * added are closed: a person is in one group at a time.
 */
async function restoreClosedMembers(ctx: Ctx, m: MergeRow) {
  const closed = await ctx.db
    .selectFrom("person_group_members")
    .select(["group_id", "person_id", "organisation_id", "added_by_merge_id"])
    .where("removed_by_merge_id", "=", m.id)
    .where("group_id", "<>", m.group_id)
    .execute();
  const now = ctx.clock.now();
  await ctx.db
    .updateTable("person_group_members")
    .set({ removed_at: now, removed_by_merge_id: m.id })
    .where("added_by_merge_id", "=", m.id)
    .where("removed_at", "is", null)
    .execute();
  if (closed.length === 0) return;
  await ctx.db
    .insertInto("person_group_members")
    .values(closed.map((r) => ({ ...r, added_at: now })))
    .execute();
}

/**
 * Undoes a merge exactly: the memberships it added are closed and those it closed are opened
 * again, so every person is back in the group (or none) she was in before. Merges that changed a
 * group are undone latest first, which is what makes the restore exact.
 */
export async function unmergePersons(
  ctx: Ctx,
  mergeId: string,
  body: UnmergeBody,
): Promise<MergeView> {
  return inTransaction(ctx, async (tx) => {
    const found = await selectMerge(tx.db, mergeId);
    const scope = visibleCases(tx.actor);
    if (!found || "none" in scope || found.organisation_id !== scope.organisationId)
      throw new NotFound("merge");
    await authoriseMerge(tx, [found.person_a_id, found.person_b_id]);
    await lockOrganisationMerges(tx.db, found.organisation_id);
    const m = await selectMerge(tx.db, mergeId);
    if (!m || m.unmerged_at) throw new Conflict("This merge has already been undone");
    if (await selectLaterLiveMerge(tx.db, m))
      throw new Conflict("A later merge changed this group: undo that one first");
    const now = tx.clock.now();
    await restoreClosedMembers(tx, m);
    await tx.db
      .updateTable("person_merges")
      .set({
        unmerged_at: now,
        unmerged_by: tx.actor.kind === "user" ? tx.actor.userId : null,
        unmerge_reason: body.reason.trim(),
      })
      .where("id", "=", m.id)
      .execute();
    await recordAudit(tx, {
      action: "person.unmerge",
      resourceType: "person_group",
      resourceId: m.group_id,
      organisationId: m.organisation_id,
      details: { mergeId: m.id, personIds: [m.person_a_id, m.person_b_id] },
    });
    const row = await selectMerge(tx.db, m.id);
    if (!row) throw new Error("merge vanished in its own transaction");
    return toMergeView(row);
  });
}
