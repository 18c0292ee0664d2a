import { type Answers, type Determination, isChildFor, proposeServices } from "@sahabat/screening";
import type { Locale } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { canReadCase, findCase, findCaseFacts } from "../cases/index.ts";
import { readPersonIdentifying } from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { NotFound } from "../platform/errors.ts";
import { instrumentFor } from "./answers.service.ts";
import { type EvaluatedScreening, reportOf } from "./report-model.ts";
import { renderScreeningReport } from "./report-pdf.ts";

/*
 * The PDF of a screening stored with a case. It prints the child's answers and the case
 * reference, so it is read like the case's screenings: the case in the actor's scope (404
 * otherwise, as the cases policy answers), and an audit entry in the same transaction.
 */

type StoredResult = Omit<EvaluatedScreening, "determination" | "explanation"> & {
  elements: Parameters<typeof isChildFor>[0] & { purposes: string[] };
};

/** Renders one stored screening of a case as PDF, in the reader's language. */
export async function renderCaseScreeningReport(
  ctx: Ctx,
  ids: { caseId: string; screeningId: string },
  locale: Locale,
  purpose: string | null,
): Promise<Buffer> {
  const facts = await inTransaction(ctx, async (tx) => {
    const caseFacts = await findCaseFacts(tx.db, ids.caseId);
    if (!caseFacts || !canReadCase(tx.actor, caseFacts)) throw new NotFound("case");
    const row = await tx.db
      .selectFrom("case_screenings")
      .selectAll()
      .where("case_id", "=", ids.caseId)
      .where("id", "=", ids.screeningId)
      .executeTakeFirst();
    if (!row) throw new NotFound("screening");
    const record = await readPersonIdentifying(tx, caseFacts.personId, {
      organisationId: caseFacts.organisationId,
      caseId: ids.caseId,
      purpose: purpose ?? "identification screening report",
    });
    await recordAudit(tx, {
      action: "case.screening_report",
      resourceType: "case",
      resourceId: ids.caseId,
      organisationId: caseFacts.organisationId,
      purpose,
      details: { screeningId: row.id, instrumentVersion: row.instrument_version },
    });
    const nationality = record?.person.nationality ?? null;
    const isForeign =
      nationality !== null && tx.actor.kind === "user" && nationality !== tx.actor.countryCode;
    const reference = (await findCase(tx.db, ids.caseId))?.reference ?? null;
    return { row, isForeign, reference };
  });
  const { row, isForeign, reference } = facts;
  const stored = row.result as StoredResult | null;
  const evaluated: EvaluatedScreening | null =
    stored && row.determination
      ? {
          ...stored,
          determination: row.determination as Determination,
          explanation: (row.explanation ?? []) as EvaluatedScreening["explanation"],
        }
      : null;
  const services =
    evaluated && stored
      ? proposeServices({
          determination: evaluated.determination,
          purposes: stored.elements.purposes as never,
          isChild: isChildFor(stored.elements),
          isForeign,
          otherHarms: evaluated.otherHarms.map((h) => h.code),
        }).map((s) => s.service)
      : [];
  return renderScreeningReport(
    reportOf({
      locale,
      date: (row.completed_at ?? row.updated_at).toISOString(),
      instrument: instrumentFor(row.instrument_version),
      interviewLanguage: row.interview_language,
      caseReference: reference,
      age: { value: row.age, isEstimated: row.age_estimated, isDisputed: row.age_disputed },
      answers: row.answers as Answers,
      evaluated,
      services: [...new Set(services)],
    }),
  );
}
