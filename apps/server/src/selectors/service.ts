import { canonicaliseSelector, type SelectorOptions } from "@sahabat/linkage";
import type { SelectorCreateBody, SelectorInput, SelectorView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { findCaseFacts } from "../cases/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, NotFound } from "../platform/errors.ts";
import { canAddSelector, canReadSelectors, canRemoveSelector } from "./policy.ts";
import {
  insertSelector,
  markSelectorRemoved,
  selectCaseSelectors,
  selectSelector,
  selectSelectorWithCase,
} from "./queries.ts";
import { toSelectorView } from "./views.ts";

/** The canonical form of an input selector (never throws: a bad value comes back marked). */
export function canonicaliseInput(input: SelectorInput) {
  const options: SelectorOptions = {};
  if (input.defaultCountry) options.defaultCountry = input.defaultCountry;
  if (input.documentType) options.documentType = input.documentType;
  if (input.issuingCountry) options.issuingCountry = input.issuingCountry;
  if (input.platform) options.platform = input.platform;
  if (input.bank) options.bank = input.bank;
  return canonicaliseSelector(input.kind, input.value, options);
}

async function caseInScope(ctx: Ctx, caseId: string, lock = false) {
  const c = await findCaseFacts(ctx.db, caseId, lock);
  if (!c || !canReadSelectors(ctx.actor, c)) throw new NotFound("case");
  return c;
}

/**
 * Adds an identifier to a case, or to the case's person. A value that does not parse or fails
 * its checksum is kept exactly as entered and marked: the caseworker still sees what was written,
 * but it never links two records. The audit entry names the kind, never the value.
 */
export async function addSelector(
  ctx: Ctx,
  caseId: string,
  body: SelectorCreateBody,
): Promise<SelectorView> {
  return inTransaction(ctx, async (tx) => {
    const c = await caseInScope(tx, caseId, true);
    const actor = tx.actor;
    if (actor.kind !== "user" || !canAddSelector(actor, c))
      throw new Forbidden("You may not add identifiers to this case");
    const selector = canonicaliseInput(body);
    const id = await insertSelector(tx.db, selector, {
      organisationId: c.organisationId,
      caseId,
      personId: body.subject === "person" ? c.personId : null,
      note: body.note ?? null,
      createdBy: actor.userId,
      now: tx.clock.now(),
    });
    if (id === null)
      throw new Conflict("This identifier is already recorded on this case", [
        { field: "value", message: "Already recorded on this case", code: "already_recorded" },
      ]);
    await recordAudit(tx, {
      action: "selector.create",
      resourceType: "selector",
      resourceId: id,
      organisationId: c.organisationId,
      details: {
        caseId,
        ...(body.subject === "person" ? { personIds: [c.personId] } : {}),
        kind: selector.kind,
        valid: selector.valid,
      },
    });
    const row = await selectSelector(tx.db, id);
    if (!row) throw new NotFound("selector");
    return toSelectorView(actor, row, c);
  });
}

/** A case's identifiers. They lead to a child and her contacts, so the read is audited. */
export async function listSelectors(ctx: Ctx, caseId: string): Promise<SelectorView[]> {
  return inTransaction(ctx, async (tx) => {
    const c = await caseInScope(tx, caseId);
    const rows = await selectCaseSelectors(tx.db, caseId);
    if (rows.length > 0) {
      await recordAudit(tx, {
        action: "selector.list",
        resourceType: "case",
        resourceId: caseId,
        organisationId: c.organisationId,
        details: { caseId, personIds: [c.personId], count: rows.length },
      });
    }
    return rows.map((r) => toSelectorView(tx.actor, r, c));
  });
}

/** Removes an identifier from a case: it stops linking, and stays in the table with who removed it. */
export async function removeSelector(ctx: Ctx, caseId: string, selectorId: string) {
  return inTransaction(ctx, async (tx) => {
    const c = await caseInScope(tx, caseId, true);
    const row = await selectSelector(tx.db, selectorId);
    if (!row || row.case_id !== caseId) throw new NotFound("selector");
    const actor = tx.actor;
    if (actor.kind !== "user" || !canRemoveSelector(actor, c, row.created_by))
      throw new Forbidden("Only its author or a supervisor removes an identifier");
    await markSelectorRemoved(tx.db, selectorId, actor.userId, tx.clock.now());
    await recordAudit(tx, {
      action: "selector.remove",
      resourceType: "selector",
      resourceId: selectorId,
      organisationId: c.organisationId,
      details: { caseId, kind: row.kind },
    });
  });
}

/**
 * A selector and its case's facts, when the actor may see the case (else NotFound). Read in one
 * statement (selectSelectorWithCase); the facts are the ones findCaseFacts gives.
 */
export async function selectorInScope(ctx: Ctx, selectorId: string) {
  const found = await selectSelectorWithCase(ctx.db, selectorId);
  if (!found || found.case_id === null || found.case_fact_id === null)
    throw new NotFound("selector");
  const {
    case_fact_id: id,
    case_organisation_id: organisationId,
    case_assigned_user_id: assignedUserId,
    case_created_by: createdBy,
    case_status: status,
    case_closure_requested_by: closureRequestedBy,
    case_person_id: personId,
    ...row
  } = found;
  // A case row was joined (its id is set): its not-null columns are set too.
  const c = {
    id,
    organisationId: organisationId as string,
    assignedUserId,
    createdBy,
    status: status as string,
    closureRequestedBy,
    personId: personId as string,
  };
  if (!canReadSelectors(ctx.actor, c)) throw new NotFound("selector");
  return { row, case: c };
}
