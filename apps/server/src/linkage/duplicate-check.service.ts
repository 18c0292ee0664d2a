import { matchProbability, prepareRecord, scorePair } from "@sahabat/linkage";
import type { DuplicateCandidate, DuplicateCheckBody, DuplicateCheckResult } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { canReadCase, latestDateOf, todayOf, visibleCases } from "../cases/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid } from "../platform/errors.ts";
import { selectCandidateRows, selectVisibleCases } from "./candidates.ts";
import { matchKeysOf } from "./match-keys.ts";
import { explainForWire, linkageModel, visiblePerson } from "./model.ts";
import { toPersonRecord } from "./person-record.ts";
import { canCheckDuplicates } from "./policy.ts";

/** At most this many candidates are shown: enough to spot the child, few enough to read. */
export const DUPLICATE_CHECK_LIMIT = 5;
/**
 * Candidates from this match probability up are shown. Low on purpose: the model's prior is that
 * of two records drawn at random, under which a child known only by a common name and an
 * estimated age, typed in another script, scores about 9 %; a person decides, and showing a wrong
 * candidate costs a glance while missing a known child makes her tell her story again. Different
 * names with the same birthday, sex and nationality score about 3 % and stay out.
 */
export const DUPLICATE_CHECK_THRESHOLD = 0.05;
/**
 * At most this many persons are read and scored: the best ranked by the rarity of the keys they
 * share (key-ranking.ts). Enough for every namesake born the same year as the child in a province
 * office of tens of thousands of children; reading and scoring a thousand took most of a check.
 */
export const MAX_SCORED = 100;

/**
 * The known persons who may be the child being registered, best first, among the persons the
 * actor may see; each shown candidate is recorded in the audit trail as a read of her data.
 */
export async function checkDuplicates(
  ctx: Ctx,
  body: DuplicateCheckBody,
): Promise<DuplicateCheckResult> {
  const actor = ctx.actor;
  const scope = visibleCases(actor);
  if (!canCheckDuplicates(actor) || "none" in scope)
    throw new Forbidden("Only caseworkers and supervisors register children");
  if (body.dateOfBirth && body.dateOfBirth > latestDateOf(ctx))
    throw new Invalid("dateOfBirth", "A date of birth cannot be in the future", "date_in_future");
  const today = todayOf(ctx);
  const cm = linkageModel();
  const entered = toPersonRecord("new", {
    ...body,
    familyName: body.familyName ?? null,
    givenNameLatin: body.givenNameLatin ?? null,
    familyNameLatin: body.familyNameLatin ?? null,
    dateOfBirth: body.dateOfBirth ?? null,
    estimatedAgeYears: body.estimatedAgeYears ?? null,
    ageEstimatedOn: body.dateOfBirth ? null : today,
    nationality: body.nationality ?? null,
    documents: body.documents.map((d) => d.number),
  });
  const mine = prepareRecord(entered, 0, { today });
  return inTransaction(ctx, async (tx) => {
    const rows = (await selectCandidateRows(tx.db, matchKeysOf(mine), scope, MAX_SCORED)).filter(
      (r) => r.organisationId === scope.organisationId,
    );
    const best = rows
      .map((row, i) => {
        const theirs = prepareRecord(toPersonRecord(row.id, row.fields), i + 1, { today });
        return { row, theirs, weight: scorePair(cm, mine, theirs) };
      })
      .filter((s) => matchProbability(s.weight) >= DUPLICATE_CHECK_THRESHOLD)
      .sort((a, b) => b.weight - a.weight || a.row.id.localeCompare(b.row.id))
      .slice(0, DUPLICATE_CHECK_LIMIT);
    const cases = await selectVisibleCases(
      tx.db,
      best.map((s) => s.row.id),
      scope,
    );
    const candidates: DuplicateCandidate[] = [];
    for (const { row, theirs, weight } of best) {
      const c = cases.get(row.id);
      // Checked again on the case itself: the policy, not the query, has the last word.
      if (!c || !canReadCase(actor, c)) continue;
      await recordAudit(tx, {
        action: "person.read",
        resourceType: "person",
        resourceId: row.id,
        organisationId: row.organisationId,
        purpose: "duplicate check at registration",
        details: {
          fields: ["names", "sex", "date_of_birth", "nationality"],
          caseId: c.id,
          modelVersion: cm.model.version,
        },
      });

      candidates.push({
        personId: row.id,
        caseId: c.id,
        caseReference: c.reference,
        person: visiblePerson(row.fields),
        probability: matchProbability(weight),
        weight,
        explanation: explainForWire(cm, mine, theirs),
      });
    }
    return { modelVersion: cm.model.version, threshold: DUPLICATE_CHECK_THRESHOLD, candidates };
  });
}
