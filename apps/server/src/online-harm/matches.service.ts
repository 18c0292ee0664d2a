import type { HashMatchDecisionBody, MatchListQuery, MatchPage, MatchView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { castEntryVote } from "../hash-lists/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { cursorTimeOf, cursorTimestamp, isCursorTime } from "../platform/db/cursor-time.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { decodeCursor, encodeCursor, isUuid, isWholeNumber } from "./cursor.ts";
import { selectMatchRows, toMatchView, UNDECIDED_STATUSES } from "./match-views.ts";
import { canDecideMatch, canSeeReport, canWorkOnReports } from "./policy.ts";

/**
 * The organisation's matches of one status, best (smallest distance) first, then oldest first;
 * a page at a time. `review` lists what a person still has to decide: matches to review and
 * matches on quarantined entries (marked by their status). Never an image.
 */
export async function listMatches(ctx: Ctx, query: MatchListQuery): Promise<MatchPage> {
  const actor = ctx.actor;
  if (!canWorkOnReports(actor)) throw new Forbidden("Your role does not review matches");
  const after = query.cursor
    ? decodeCursor(
        query.cursor,
        (p) => p.length === 3 && isWholeNumber(p[0]) && isCursorTime(p[1]) && isUuid(p[2]),
      )
    : null;
  const statuses = query.status === "review" ? [...UNDECIDED_STATUSES] : [query.status];
  let q = selectMatchRows(ctx.db)
    .select(cursorTimeOf("m.created_at").as("cursor_time"))
    .where("m.organisation_id", "=", actor.organisationId)
    .where("m.status", "in", statuses)
    .orderBy("m.distance")
    .orderBy("m.created_at")
    .orderBy("m.id")
    .limit(query.limit + 1);
  if (after) {
    const distance = Number(after[0]);
    const at = cursorTimestamp(after[1]!);
    const id = after[2]!;
    q = q.where((eb) =>
      eb.or([
        eb("m.distance", ">", distance),
        eb.and([eb("m.distance", "=", distance), eb("m.created_at", ">", at)]),
        eb.and([eb("m.distance", "=", distance), eb("m.created_at", "=", at), eb("m.id", ">", id)]),
      ]),
    );
  }
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toMatchView(actor, r)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.distance, last.cursor_time, last.id])
        : null,
  };
}

/**
 * A supervisor's or investigator's decision on a match awaiting review: the listed material
 * (`confirmed`) or not (`not_a_match`). A decided match is not asked again: deciding it twice,
 * or deciding known material or a suppressed match, is a 409 and changes nothing. Audited.
 * The decision is also the decider's vote on the matched list entry (confirm / deconfirm), in
 * the same transaction: the list's keepers learn which entries reviewers vouch for. The vote is
 * cast once, with the decision; the row lock and the 409 keep a retry from casting it again.
 */
export async function decideMatch(
  ctx: Ctx,
  matchId: string,
  body: HashMatchDecisionBody,
): Promise<MatchView> {
  const actor = ctx.actor;
  return inTransaction(ctx, async (tx) => {
    const match = await tx.db
      .selectFrom("online_harm_matches")
      .select(["id", "organisation_id", "status", "upload_id", "list_id", "entry_id"])
      .where("id", "=", matchId)
      .forUpdate()
      .executeTakeFirst();
    if (!match || !canSeeReport(actor, { organisationId: match.organisation_id }))
      throw new NotFound("match");
    if (!canDecideMatch(actor) || actor.kind !== "user")
      throw new Forbidden("Only supervisors and investigators decide matches");
    if (!(UNDECIDED_STATUSES as readonly string[]).includes(match.status))
      throw new Conflict(`This match is not awaiting review (it is ${match.status})`, [
        { field: "decision", message: "Already decided", code: "already_decided" },
      ]);
    await tx.db
      .updateTable("online_harm_matches")
      .set({
        status: body.decision,
        decided_by: actor.userId,
        decided_at: tx.clock.now(),
        note: body.note?.trim() || null,
      })
      .where("id", "=", matchId)
      .execute();
    await castEntryVote(tx, {
      entryId: match.entry_id,
      userId: actor.userId,
      organisationId: actor.organisationId,
      vote: body.decision === "confirmed" ? "confirm" : "deconfirm",
      matchId,
    });
    await recordAudit(tx, {
      action: "online_harm.match_decision",
      resourceType: "online_harm_match",
      resourceId: matchId,
      organisationId: match.organisation_id,
      details: {
        uploadId: match.upload_id,
        listId: match.list_id,
        entryId: match.entry_id,
        from: match.status,
        to: body.decision,
      },
    });
    const row = await selectMatchRows(tx.db).where("m.id", "=", matchId).executeTakeFirstOrThrow();
    return toMatchView(actor, row);
  });
}
