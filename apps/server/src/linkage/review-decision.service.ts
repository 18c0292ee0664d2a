import type {
  MatchDecisionBody,
  MatchExplanation,
  MatchPairDetail,
  MatchReopenBody,
} from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { selectLatestLiveMerge, toMergeView } from "./merge-queries.ts";
import { selectReviewPersons } from "./review-people.ts";
import {
  canDecidePair,
  canMergePersons,
  canReopenPair,
  reviewOrganisationOf,
} from "./review-policy.ts";
import { type PairRow, selectDecisions, selectPair } from "./review-queries.ts";
import { recordReviewReads, toPairItem } from "./review-queue.service.ts";

/** The pair when the actor sees it and both its persons; else 404, as for any unseen record. */
async function visiblePair(ctx: Ctx, pairId: string) {
  const organisationId = reviewOrganisationOf(ctx.actor);
  const pair = organisationId ? await selectPair(ctx.db, pairId) : undefined;
  if (!pair || pair.organisation_id !== organisationId) throw new NotFound("pair");
  const people = await selectReviewPersons(ctx.db, ctx.actor, [pair.person_a_id, pair.person_b_id]);
  const item = toPairItem(pair, people);
  if (!item) throw new NotFound("pair");
  return { pair, item };
}

async function detailOf(ctx: Ctx, pair: PairRow, item: NonNullable<ReturnType<typeof toPairItem>>) {
  const decisions = await selectDecisions(ctx.db, pair.id);
  const sameGroup = item.a.groupId !== null && item.a.groupId === item.b.groupId;
  const merge =
    sameGroup && item.a.groupId ? await selectLatestLiveMerge(ctx.db, item.a.groupId) : undefined;
  const detail: MatchPairDetail = {
    ...item,
    explanation: pair.explanation as MatchExplanation,
    decisions: decisions.map((d) => ({
      decision: d.decision as MatchPairDetail["decisions"][number]["decision"],
      note: d.note,
      decidedBy: d.decided_by,
      decidedByName: d.display_name,
      decidedAt: d.decided_at.toISOString(),
      modelVersion: d.model_version,
      probability: d.probability,
    })),
    merge: merge ? toMergeView(merge) : null,
    can: {
      decide: canDecidePair(ctx.actor, pair.status),
      reopen: canReopenPair(ctx.actor, pair.status),
      merge: canMergePersons(ctx.actor) && !sameGroup && pair.status !== "not_match",
      unmerge: canMergePersons(ctx.actor) && merge !== undefined,
    },
  };
  return detail;
}

/** One pair side by side with its explanation and decisions; both persons' reads are recorded. */
export async function getReviewPair(ctx: Ctx, pairId: string): Promise<MatchPairDetail> {
  return inTransaction(ctx, async (tx) => {
    const { pair, item } = await visiblePair(tx, pairId);
    await recordReviewReads(tx, [item.a, item.b], pair.id);
    return detailOf(tx, pair, item);
  });
}

/**
 * Moves the pair to a new status if it is still at the version the person saw: the check and
 * the write are one statement, so of two decisions taken at once exactly one wins.
 */
async function moveTo(ctx: Ctx, pair: PairRow, version: number, status: string) {
  const moved = await ctx.db
    .updateTable("person_match_pairs")
    .set((eb) => ({ status, version: eb("version", "+", 1) }))
    .where("id", "=", pair.id)
    .where("version", "=", version)
    .where("status", "=", pair.status)
    .returning(["version"])
    .executeTakeFirst();
  if (!moved) throw new Conflict("Someone else has just decided this pair: reload it");
}

async function recordDecision(ctx: Ctx, pair: PairRow, decision: string, note: string | null) {
  await ctx.db
    .insertInto("person_match_decisions")
    .values({
      pair_id: pair.id,
      organisation_id: pair.organisation_id,
      decision,
      note,
      decided_by: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      decided_at: ctx.clock.now(),
      model_version: pair.model_version,
      probability: pair.probability,
    })
    .execute();
  await recordAudit(ctx, {
    action: decision === "reopened" ? "person_match.reopen" : "person_match.decide",
    resourceType: "person_match_pair",
    resourceId: pair.id,
    organisationId: pair.organisation_id,
    details: {
      decision,
      previous: pair.status,
      modelVersion: pair.model_version,
      personIds: [pair.person_a_id, pair.person_b_id],
    },
  });
}

/** Records a reviewer's decision on a pair: match, not a match, or unsure (to a supervisor). */
export async function decidePair(
  ctx: Ctx,
  pairId: string,
  body: MatchDecisionBody,
): Promise<MatchPairDetail> {
  return inTransaction(ctx, async (tx) => {
    const { pair, item } = await visiblePair(tx, pairId);
    if (pair.version !== body.version || pair.status === "match" || pair.status === "not_match")
      throw new Conflict("Someone else has just decided this pair: reload it");
    if (!canDecidePair(tx.actor, pair.status))
      throw new Forbidden("Pairs marked unsure go to a supervisor");
    if (pair.status === "unsure" && body.decision === "unsure")
      throw new Conflict("This pair is already with a supervisor");
    await moveTo(tx, pair, body.version, body.decision);
    await recordDecision(tx, pair, body.decision, body.note?.trim() || null);
    const after = { ...pair, status: body.decision, version: pair.version + 1 };
    return detailOf(tx, after, { ...item, status: body.decision, version: after.version });
  });
}

/** Takes a decision back (a supervisor, with a reason): the pair returns to the queue. */
export async function reopenPair(
  ctx: Ctx,
  pairId: string,
  body: MatchReopenBody,
): Promise<MatchPairDetail> {
  return inTransaction(ctx, async (tx) => {
    const { pair, item } = await visiblePair(tx, pairId);
    if (pair.version !== body.version)
      throw new Conflict("Someone else has just changed this pair: reload it");
    if (pair.status === "open" || pair.status === "unsure")
      throw new Conflict("This pair has no decision to reopen");
    if (!canReopenPair(tx.actor, pair.status))
      throw new Forbidden("A supervisor reopens a decision");
    if (item.a.groupId !== null && item.a.groupId === item.b.groupId)
      throw new Conflict("These records are merged: unmerge them before reopening the decision");
    await moveTo(tx, pair, body.version, "open");
    await recordDecision(tx, pair, "reopened", body.reason.trim());
    const after = { ...pair, status: "open", version: pair.version + 1 };
    return detailOf(tx, after, { ...item, status: "open", version: after.version });
  });
}
