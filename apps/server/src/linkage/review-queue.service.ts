import { matchProbability, prepareRecord, scorePair } from "@sahabat/linkage";
import type {
  MatchPairItem,
  MatchPairList,
  MatchPairQuery,
  MatchRefreshResult,
  ReviewPerson,
} from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { todayOf } from "../cases/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden } from "../platform/errors.ts";
import { explainForWire, linkageModel } from "./model.ts";
import { toPersonRecord } from "./person-record.ts";
import { selectMatchRows } from "./queries.ts";
import { selectReviewPersons } from "./review-people.ts";
import { reviewOrganisationOf } from "./review-policy.ts";
import { precisionBands } from "./review-precision.ts";
import {
  type PairRow,
  type ScoredPair,
  selectPairsToScore,
  selectQueuePairs,
  upsertScoredPairs,
} from "./review-queries.ts";

/**
 * Pairs from this probability up are listed. As low as the duplicate check's: a person decides,
 * and a wrong pair costs a glance while a missed one leaves a child with two records.
 */
export const REVIEW_THRESHOLD = 0.01;
/** Pairs scored per refresh: bounded so one request stays short; the next refresh goes on. */
export const REFRESH_LIMIT = 5000;
/** Pairs listed per page: more than a reviewer gets through in a sitting. */
const PAGE_SIZE = 100;

/** The purpose written with every read of a child's data in the review. */
export const REVIEW_PURPOSE = "duplicate review";

/**
 * Scores the organisation's candidate pairs the current model has not scored yet (new pairs, and
 * open pairs scored by an older model). Decided pairs are never touched, so never offered again.
 */
export async function refreshReviewQueue(ctx: Ctx): Promise<MatchRefreshResult> {
  const organisationId = reviewOrganisationOf(ctx.actor);
  if (!organisationId) throw new Forbidden("Only caseworkers and supervisors review duplicates");
  const cm = linkageModel();
  const modelVersion = cm.model.version;
  const today = todayOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const pairs = await selectPairsToScore(tx.db, organisationId, modelVersion, REFRESH_LIMIT);
    const rows = await selectMatchRows(tx.db, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
    const prepared = new Map(
      rows.map((r, i) => [r.id, prepareRecord(toPersonRecord(r.id, r.fields), i, { today })]),
    );
    const scored: ScoredPair[] = [];
    for (const { a, b } of pairs) {
      const pa = prepared.get(a);
      const pb = prepared.get(b);
      if (!pa || !pb) continue;
      const weight = scorePair(cm, pa, pb);
      scored.push({
        organisationId,
        a,
        b,
        weight,
        probability: matchProbability(weight),
        explanation: explainForWire(cm, pa, pb),
        modelVersion,
      });
    }
    await upsertScoredPairs(tx.db, scored);
    await recordAudit(tx, {
      action: "person_match.refresh",
      resourceType: "organisation",
      resourceId: organisationId,
      organisationId,
      details: { scored: scored.length, modelVersion },
    });
    return { modelVersion, scored: scored.length };
  });
}

/** A stored pair as a queue item, when the actor sees both persons. */
export function toPairItem(
  row: PairRow,
  people: Map<string, ReviewPerson>,
): MatchPairItem | undefined {
  const a = people.get(row.person_a_id);
  const b = people.get(row.person_b_id);
  if (!a || !b) return undefined;
  return {
    id: row.id,
    status: row.status as MatchPairItem["status"],
    version: row.version,
    probability: row.probability,
    weight: row.weight,
    modelVersion: row.model_version,
    a,
    b,
  };
}

/** Records that the actor saw these persons' data in the review, one entry per person. */
export async function recordReviewReads(ctx: Ctx, people: Iterable<ReviewPerson>, pairId?: string) {
  for (const p of people)
    await recordAudit(ctx, {
      action: "person.read",
      resourceType: "person",
      resourceId: p.personId,
      organisationId: ctx.actor.kind === "user" ? ctx.actor.organisationId : null,
      purpose: REVIEW_PURPOSE,
      details: {
        fields: ["names", "sex", "date_of_birth", "nationality"],
        ...(p.caseId ? { caseId: p.caseId } : {}),
        ...(pairId ? { pairId } : {}),
      },
    });
}

/**
 * The open (or, for supervisors, unsure) pairs the actor may see, best first, with the observed
 * precision per score band. Pairs already merged into one person are left out.
 */
export async function listReviewQueue(ctx: Ctx, query: MatchPairQuery): Promise<MatchPairList> {
  const actor = ctx.actor;
  const organisationId = reviewOrganisationOf(actor);
  if (!organisationId) throw new Forbidden("Only caseworkers and supervisors review duplicates");
  if (query.status === "unsure" && (actor.kind !== "user" || actor.role !== "supervisor"))
    throw new Forbidden("Pairs marked unsure go to a supervisor");
  return inTransaction(ctx, async (tx) => {
    // Read more than a page: a caseworker sees only pairs whose both persons are hers.
    const rows = await selectQueuePairs(
      tx.db,
      organisationId,
      query.status,
      REVIEW_THRESHOLD,
      PAGE_SIZE * 5,
    );
    const people = await selectReviewPersons(
      tx.db,
      actor,
      rows.flatMap((r) => [r.person_a_id, r.person_b_id]),
    );
    const items = rows
      .map((r) => toPairItem(r, people))
      .filter((i): i is MatchPairItem => i !== undefined)
      .slice(0, PAGE_SIZE);
    const shown = new Map(
      items.flatMap((i) => [[i.a.personId, i.a] as const, [i.b.personId, i.b] as const]),
    );
    await recordReviewReads(tx, shown.values());
    return {
      modelVersion: linkageModel().model.version,
      items,
      precision: await precisionBands(tx, organisationId),
    };
  });
}
