import type { ExploitationType as ExploitationTypeSchema } from "@sahabat/shared";
import type { z } from "zod";

type ExploitationType = z.infer<typeof ExploitationTypeSchema>;

import type { ScreeningResult, ScreeningUpdateBody } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { canReadCase, findCase, findCaseFacts, lockWritableCase, todayOf } from "../cases/index.ts";
import { readPersonIdentifying } from "../persons/index.ts";
import { actorUserId, type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, NotFound } from "../platform/errors.ts";
import {
  checkDraft,
  draftResult,
  evaluateBody,
  exploitationTypesOf,
  instrumentFor,
  resultOf,
} from "./answers.service.ts";

/*
 * Screenings stored with a case. Saving needs the right to change the case (the cases policy,
 * exactly as the other case routes use it: 404 outside scope, 403 when seen but not changeable);
 * reading needs the case in scope. The screening, its audit entry and the person read it uses
 * commit together in one transaction. The case itself is never changed here: the answer proposes
 * the update and the user confirms it through PATCH /api/cases/{id}.
 */

/** The draft a save continues: the one named, or the author's open draft on the case. */
async function draftToContinue(ctx: Ctx, caseId: string, screeningId: string | null) {
  let q = ctx.db
    .selectFrom("case_screenings")
    .select(["id", "status"])
    .where("case_id", "=", caseId)
    .forUpdate();
  if (screeningId) q = q.where("id", "=", screeningId);
  else q = q.where("status", "=", "draft").where("created_by", "=", actorUserId(ctx.actor));
  const row = await q.executeTakeFirst();
  if (screeningId && !row) throw new NotFound("screening");
  if (row && row.status !== "draft")
    throw new Conflict("A completed screening is not changed: start a new one");
  return row?.id ?? null;
}

function proposedCaseUpdate(
  current: { exploitation_types: string[]; status: string },
  derived: ExploitationType[],
): ScreeningResult["proposedCaseUpdate"] {
  const added = derived.filter((t) => !current.exploitation_types.includes(t));
  const status = current.status === "open" ? ("assessed" as const) : null;
  if (!added.length && !status) return null;
  const merged = [...new Set([...current.exploitation_types, ...derived])].sort();
  return {
    exploitationTypes: merged as ExploitationType[],
    addedExploitationTypes: added,
    status,
  };
}

/**
 * Saves a screening with a case: a draft (answers only, never a determination) or a completed
 * screening (answers, determination, explanation, the engine's result and the version). A save
 * continues the author's open draft on the case, or the draft named by `screeningId`.
 */
export async function saveCaseScreening(
  ctx: Ctx,
  caseId: string,
  body: ScreeningUpdateBody,
  screeningId: string | null = null,
): Promise<ScreeningResult> {
  return inTransaction(ctx, async (tx) => {
    const facts = await lockWritableCase(tx, caseId);
    const instrument = instrumentFor(body.instrumentVersion);
    const today = todayOf(tx);
    const record = await readPersonIdentifying(tx, facts.personId, {
      organisationId: facts.organisationId,
      caseId,
      purpose: "identification screening",
    });
    // The recorded date of birth is checked against the stated age, as one given in the body is.
    const facts2 = {
      ...body,
      dateOfBirth: body.dateOfBirth ?? record?.person.date_of_birth ?? null,
    };
    const isDraft = body.draft === true;
    const evaluation = isDraft ? null : evaluateBody(instrument, facts2, today);
    const age = evaluation ? evaluation.elements.age : checkDraft(instrument, facts2, today);
    const existing = await draftToContinue(tx, caseId, screeningId);
    const now = tx.clock.now();
    const user = actorUserId(tx.actor);
    const values = {
      instrument_version: instrument.version,
      status: isDraft ? ("draft" as const) : ("completed" as const),
      answers: JSON.stringify(body.answers),
      age,
      age_estimated: body.ageEstimated,
      age_disputed: body.ageDisputed,
      profile: body.profile ?? null,
      interview_language: body.interviewLanguage ?? null,
      determination: evaluation?.determination ?? null,
      result: evaluation
        ? JSON.stringify({
            elements: evaluation.elements,
            missingElements: evaluation.missingElements,
            national: evaluation.national,
            established: evaluation.established,
            indicators: evaluation.indicators,
            otherHarms: evaluation.otherHarms,
          })
        : null,
      explanation: evaluation ? JSON.stringify(evaluation.explanation) : null,
      updated_by: user,
      updated_at: now,
      completed_by: isDraft ? null : user,
      completed_at: isDraft ? null : now,
    };
    let id = existing;
    if (id) await tx.db.updateTable("case_screenings").set(values).where("id", "=", id).execute();
    else
      ({ id } = await tx.db
        .insertInto("case_screenings")
        .values({
          ...values,
          case_id: caseId,
          organisation_id: facts.organisationId,
          created_by: user,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow());
    await recordAudit(tx, {
      action: isDraft ? "case.screening_draft" : "case.screening",
      resourceType: "case",
      resourceId: caseId,
      organisationId: facts.organisationId,
      details: { screeningId: id, instrumentVersion: instrument.version },
    });
    if (!evaluation) return draftResult(instrument.version, { id, caseId });
    const nationality = record?.person.nationality ?? null;
    const isForeign =
      nationality !== null && tx.actor.kind === "user" && nationality !== tx.actor.countryCode;
    const result = resultOf(evaluation, { id, caseId, status: "completed" }, isForeign);
    if (evaluation.determination === "no_indication") return result;
    const current = await findCase(tx.db, caseId);
    return {
      ...result,
      proposedCaseUpdate: current
        ? proposedCaseUpdate(current, exploitationTypesOf(evaluation))
        : null,
    };
  });
}

/** The case's screenings, newest first. The answers are about the child: the read is audited. */
export async function listCaseScreenings(ctx: Ctx, caseId: string, purpose: string | null) {
  return inTransaction(ctx, async (tx) => {
    const facts = await findCaseFacts(tx.db, caseId);
    if (!facts || !canReadCase(tx.actor, facts)) throw new NotFound("case");
    const rows = await tx.db
      .selectFrom("case_screenings")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
    await recordAudit(tx, {
      action: "case.screening_read",
      resourceType: "case",
      resourceId: caseId,
      organisationId: facts.organisationId,
      purpose,
      details: { screeningIds: rows.map((r) => r.id) },
    });
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      status: r.status,
      instrumentVersion: r.instrument_version,
      answers: r.answers,
      age: r.age,
      ageEstimated: r.age_estimated,
      ageDisputed: r.age_disputed,
      profile: r.profile,
      interviewLanguage: r.interview_language,
      determination: r.determination as ScreeningResult["determination"],
      result: r.result,
      explanation: r.explanation as ScreeningResult["explanation"] | null,
      createdBy: r.created_by,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      completedBy: r.completed_by,
      completedAt: r.completed_at?.toISOString() ?? null,
    }));
  });
}
