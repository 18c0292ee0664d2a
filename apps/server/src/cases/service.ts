import { assessAge, type CaseCreateBody, type CaseDetail } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import {
  type PersonIdentifyingRecord,
  readPersonIdentifying,
  recordPersonRead,
  validatePersonAge,
} from "../persons/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { isCursorTime } from "../platform/db/cursor-time.ts";
import { Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canCreateCase, canReadCase, canUpdateCase, visibleCases } from "./policy.ts";
import {
  type CaseRow,
  insertRegistration,
  selectCase,
  selectCaseFacts,
  selectCasePage,
  selectUserName,
} from "./queries.ts";
import { caseFacts, displayName, toCaseDetail } from "./views.ts";

/** Today's date on the service clock, YYYY-MM-DD (UTC). */
export function todayOf(ctx: Ctx): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

/**
 * The latest date it is anywhere on earth now (UTC+14). "Not in the future" checks use it: in the
 * region (UTC+7 to +9) the local date runs ahead of UTC every morning, and a caseworker entering
 * today's date then must not be refused.
 */
export function latestDateOf(ctx: Ctx): string {
  return new Date(ctx.clock.now().getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Registers a child (or adult) and their case in one transaction; both writes are audited. */
export async function createCase(ctx: Ctx, body: CaseCreateBody): Promise<CaseDetail> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !canCreateCase(actor))
    throw new Forbidden("Only caseworkers and supervisors register cases");
  const today = todayOf(ctx);
  validatePersonAge(body.person, latestDateOf(ctx));
  if (body.registeredOn > latestDateOf(ctx))
    throw new Invalid(
      "registeredOn",
      "The registration date cannot be in the future",
      "date_in_future",
    );
  return inTransaction(ctx, async (tx) => {
    if (body.assignedUserId) {
      const assignee = await tx.db
        .selectFrom("users")
        .select(["organisation_id", "role", "disabled_at"])
        .where("id", "=", body.assignedUserId)
        .executeTakeFirst();
      if (!assignee || assignee.organisation_id !== actor.organisationId || assignee.disabled_at) {
        throw new Invalid(
          "assignedUserId",
          "Choose an active colleague of your organisation",
          "choose_colleague",
        );
      }
    }
    // The person and her case go in as one statement (insertRegistration).
    const { person, row, assigneeDisplayName } = await insertRegistration(tx.db, body, {
      organisationId: actor.organisationId,
      countryCode: actor.countryCode,
      today,
      createdBy: actor.userId,
      now: tx.clock.now(),
    });
    const personId = person.person.id;
    await recordAudit(tx, {
      action: "person.create",
      resourceType: "person",
      resourceId: personId,
      organisationId: actor.organisationId,
    });
    await recordAudit(tx, {
      action: "case.create",
      resourceType: "case",
      resourceId: row.id,
      organisationId: actor.organisationId,
      details: { caseId: row.id },
    });
    // The answer is what was just written, not read back; the read of the child's record it
    // shows is audited as any other.
    const assignee =
      row.assigned_user_id && assigneeDisplayName !== null
        ? { id: row.assigned_user_id, displayName: assigneeDisplayName }
        : null;
    return readCaseDetail(tx, row.id, null, { row, person, assignee });
  });
}

/**
 * The case's detail. `known`: what the caller has just written in this transaction (the case
 * row, the person's record, the assignee), so as not to read it back.
 */
async function readCaseDetail(
  ctx: Ctx,
  id: string,
  purpose: string | null,
  known?: {
    row: CaseRow;
    person: PersonIdentifyingRecord;
    assignee: { id: string; displayName: string } | null;
  },
): Promise<CaseDetail> {
  const row = known?.row ?? (await selectCase(ctx.db, id));
  if (!row || !canReadCase(ctx.actor, caseFacts(row))) throw new NotFound("case");
  const why = { organisationId: row.organisation_id, caseId: id, purpose };
  let person: PersonIdentifyingRecord | undefined;
  if (known) {
    person = known.person;
    await recordPersonRead(ctx, row.person_id, why);
  } else {
    person = await readPersonIdentifying(ctx, row.person_id, why);
  }
  if (!person) throw new NotFound("case");
  const assignee = known ? known.assignee : await selectUserName(ctx.db, row.assigned_user_id);
  return toCaseDetail(ctx.actor, row, person, assignee, todayOf(ctx));
}

/** One case with its person; the read of identifying data is audited with its purpose. */
export async function getCase(ctx: Ctx, id: string, purpose: string | null): Promise<CaseDetail> {
  return inTransaction(ctx, (tx) => readCaseDetail(tx, id, purpose));
}

export type CaseListQuery = {
  status?: string | undefined;
  exploitationType?: string | undefined;
  riskLevel?: string | undefined;
  assignedToMe?: "true" | "false" | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

function decodeCursor(cursor: string | undefined) {
  if (!cursor) return undefined;
  const [createdAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || !isCursorTime(createdAt))
    throw new Invalid("cursor", "Not a cursor from this list", "unknown_cursor");
  return { createdAt, id };
}

/**
 * A page of the actor's cases with filters and name search (accents and case ignored). The
 * names shown are identifying data: the page's persons are recorded as read in one audit entry.
 */
export async function listCases(ctx: Ctx, query: CaseListQuery) {
  const scope = visibleCases(ctx.actor);
  if ("none" in scope) throw new Forbidden("Your role does not work with individual cases");
  const after = decodeCursor(query.cursor);
  return inTransaction(ctx, async (tx) => {
    const rows = await selectCasePage(tx.db, {
      scope,
      status: query.status,
      exploitationType: query.exploitationType,
      riskLevel: query.riskLevel,
      assignedTo:
        query.assignedToMe === "true" && ctx.actor.kind === "user" ? ctx.actor.userId : undefined,
      nameLike: query.q,
      after,
      limit: query.limit,
    });
    const page = rows.slice(0, query.limit);
    const today = todayOf(tx);
    if (page.length) {
      await recordAudit(tx, {
        action: "person.list",
        resourceType: "person",
        organisationId: scope.organisationId,
        details: {
          personIds: page.map((r) => r.person_id),
          ...(query.q ? { searched: true } : {}),
        },
      });
    }
    const last = page.at(-1);
    return {
      cases: page.map((r) => ({
        id: r.id,
        reference: r.reference,
        personName: displayName(r),
        registeredOn: r.registered_on,
        status: r.status,
        riskLevel: r.risk_level,
        exploitationTypes: r.exploitation_types,
        assignedUserId: r.assigned_user_id,
        assignee:
          r.assigned_user_id && r.assignee_display_name
            ? { id: r.assigned_user_id, displayName: r.assignee_display_name }
            : null,
        isChild: assessAge(
          {
            dateOfBirth: r.date_of_birth,
            estimatedAgeYears: r.estimated_age_years,
            ageEstimatedOn: r.age_estimated_on,
            isAgeDisputed: r.is_age_disputed,
          },
          today,
        ).isChild,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? Buffer.from(`${last.cursor_time}|${last.id}`).toString("base64url")
          : null,
    };
  });
}

/** The facts of a case in scope, locked, or NotFound. Used by the other case services. */
export async function lockCaseInScope(ctx: Ctx, id: string) {
  const facts = await selectCaseFacts(ctx.db, id, true);
  if (!facts || !canReadCase(ctx.actor, facts)) throw new NotFound("case");
  return facts;
}

/**
 * A case the actor may change, locked for the transaction: 404 outside their scope, 403 when
 * they may only read it or it is closed. For capabilities that write onto a case (screenings,
 * advert screenings).
 */
export async function lockWritableCase(ctx: Ctx, id: string) {
  const facts = await lockCaseInScope(ctx, id);
  if (!canUpdateCase(ctx.actor, facts))
    throw new Forbidden(
      facts.status === "closed" ? "The case is closed" : "You may not change this case",
    );
  return facts;
}
