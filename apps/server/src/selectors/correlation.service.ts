import { DEFAULT_OVER_CORRELATION_LIMIT } from "@sahabat/linkage";
import type { CorrelationView, HitQueryBody } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, Invalid } from "../platform/errors.ts";
import { decideKeyCorrelation, flagOf } from "./exclusions.ts";
import { askOtherAgencies } from "./hit-query.service.ts";
import { canQueryOtherAgencies, canReadSelectors } from "./policy.ts";
import { type OwnHolderRow, selectOwnHolders } from "./queries.ts";
import { selectorInScope } from "./service.ts";
import { nameOf } from "./views.ts";

/*
 * Correlation (issue 6): a selector links every case and person holding the same canonical
 * value. Within the asker's organisation, the records they may open are shown in full and the
 * others only counted; another agency's records appear only through a hit/no-hit question with a
 * purpose (askOtherAgencies), as that agency's contact. A value on the exclusion list or held by
 * more records than the over-correlation limit links nothing and is flagged with its count.
 * WARNING: a change here changes who learns of which child's records; it needs a second review.
 */

export type CorrelationQuery = { purposeCode?: string | undefined; purpose?: string | undefined };

function purposeOf(q: CorrelationQuery): HitQueryBody["purpose"] | null {
  if (q.purposeCode === undefined && q.purpose === undefined) return null;
  if (q.purposeCode === undefined)
    throw new Invalid("purposeCode", "Choose why you ask other agencies", "reason_required");
  if (q.purpose === undefined)
    throw new Invalid("purpose", "Say why you ask other agencies", "reason_required");
  return { code: q.purposeCode as HitQueryBody["purpose"]["code"], text: q.purpose };
}

function toRecord(r: OwnHolderRow) {
  const isPerson = r.person_id !== null;
  return {
    selectorId: r.id,
    subject: isPerson ? ("person" as const) : ("case" as const),
    caseId: r.case_id,
    caseReference: r.reference,
    personId: r.person_id ?? r.case_person_id,
    personName: isPerson
      ? nameOf(r.person_given_name, r.person_family_name, r.person_name_order)
      : nameOf(r.case_person_given_name, r.case_person_family_name, r.case_person_name_order),
    entered: r.entered,
  };
}

/** What a selector links, for someone who may see its case. */
export async function correlateSelector(
  ctx: Ctx,
  selectorId: string,
  query: CorrelationQuery,
): Promise<CorrelationView> {
  const purpose = purposeOf(query);
  return inTransaction(ctx, async (tx) => {
    const { row, case: c } = await selectorInScope(tx, selectorId);
    const actor = tx.actor;
    if (actor.kind !== "user") throw new Forbidden();
    if (purpose && !canQueryOtherAgencies(actor))
      throw new Forbidden("Your role does not ask other agencies");
    const empty = {
      selectorId,
      kind: row.kind as CorrelationView["kind"],
      records: [],
      restrictedInOwnOrganisation: 0,
      otherAgencies: null,
      hitQueryId: null,
    };
    const key = row.correlation_key;
    if (key === null) return { ...empty, correlated: false, flag: { reason: "invalid", count: 0 } };
    const decision = await decideKeyCorrelation(tx.db, key, actor.organisationId);
    if (!decision.links) return { ...empty, correlated: false, flag: flagOf(decision) };
    const own = await selectOwnHolders(
      tx.db,
      key,
      actor.organisationId,
      DEFAULT_OVER_CORRELATION_LIMIT + 1,
    );
    const others = own.filter((r) => r.id !== selectorId);
    const visible = others.filter(
      (r) =>
        r.case_id !== null &&
        r.case_organisation_id !== null &&
        r.status !== null &&
        canReadSelectors(actor, {
          organisationId: r.case_organisation_id,
          assignedUserId: r.assigned_user_id,
          createdBy: r.case_created_by,
          status: r.status,
          closureRequestedBy: r.closure_requested_by,
        }),
    );
    const records = visible.map(toRecord);
    await recordAudit(tx, {
      action: "selector.correlate",
      resourceType: "selector",
      resourceId: selectorId,
      organisationId: c.organisationId,
      details: {
        caseId: row.case_id,
        kind: row.kind,
        personIds: [...new Set(records.map((r) => r.personId).filter((id) => id !== null))],
      },
    });
    const view = {
      ...empty,
      correlated: true,
      flag: null,
      records,
      restrictedInOwnOrganisation: others.length - visible.length,
    };
    if (!purpose) return view;
    const answer = await askOtherAgencies(tx, actor, [{ index: 0, key, kind: row.kind }], purpose, [
      row.kind,
    ]);
    const otherAgencies = answer.agencies.map(
      ({ matchedSelectors: _, probablePerson: __, ...contact }) => contact,
    );
    return { ...view, otherAgencies, hitQueryId: answer.id };
  });
}
