import type { CanonicalSelector, SelectorKind } from "@sahabat/linkage";
import type { HitQueryBody, HitQueryResult, HitQueryView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { canReadCase, findCaseFacts, todayOf } from "../cases/index.ts";
import { selectProbableHolders } from "../linkage/index.ts";
import { notify } from "../notifications/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Forbidden, NotFound } from "../platform/errors.ts";
import { loadAgencyContacts } from "./agency-contacts.ts";
import { decideSelectorCorrelation, flagOf, loadExclusionKeys } from "./exclusions.ts";
import { canQueryOtherAgencies, canReadHitQuery } from "./policy.ts";
import { type SelectorRow, selectHoldingOrganisations } from "./queries.ts";
import { canonicaliseInput, selectorInScope } from "./service.ts";

/*
 * Cross-agency hit/no-hit (issue 6): "agency X holds a record with this identifier" or "agency X
 * holds a probable match of this child; contact its focal point", never its data, case ids,
 * counts or scores, until a referral or share grants access. Every question carries a purpose, is recorded (who, why, what kind of identifier —
 * never the value), and the holding agency's supervisors are told who asked and why.
 * WARNING: this is the one door through which one agency learns anything of another's records;
 * a change needs a privacy review and the tests in hit-query.test.ts kept whole.
 */

type Purpose = HitQueryBody["purpose"];
type Asker = { userId: string; organisationId: string };

const PERSON_HIT_MESSAGE = "Holds a probable match of this child; contact its focal point";

/** The question's identifiers that may link, by their index in the question. */
export type LinkableSelector = { index: number; key: string; kind: string };

/**
 * Records a question to other agencies and answers it: which agencies (other than the asker's)
 * hold any of the keys, or a probable match of the person asked about (`personHolders`, already
 * worked out by the linkage capability), with their contacts. Audits both sides and notifies
 * each holder.
 */
export async function askOtherAgencies(
  tx: Ctx,
  asker: Asker,
  linkable: LinkableSelector[],
  purpose: Purpose,
  kinds: string[],
  personHolders: ReadonlySet<string> = new Set(),
) {
  const holders = await selectHoldingOrganisations(
    tx.db,
    linkable.map((s) => s.key),
  );
  const matched = new Map<string, Set<number>>();
  for (const h of holders) {
    if (h.organisation_id === asker.organisationId) continue;
    const indexes = matched.get(h.organisation_id) ?? new Set<number>();
    for (const s of linkable) if (s.key === h.correlation_key) indexes.add(s.index);
    matched.set(h.organisation_id, indexes);
  }
  for (const organisationId of personHolders)
    if (organisationId !== asker.organisationId && !matched.has(organisationId))
      matched.set(organisationId, new Set());
  const hitIds = [...matched.keys()].sort();
  const askedAt = tx.clock.now();
  const { id } = await tx.db
    .insertInto("hit_queries")
    .values({
      organisation_id: asker.organisationId,
      user_id: asker.userId,
      purpose_code: purpose.code,
      purpose_text: purpose.text,
      selector_kinds: kinds,
      hit_organisation_ids: hitIds,
      created_at: askedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(tx, {
    action: "selector.hit_query",
    resourceType: "hit_query",
    resourceId: id,
    organisationId: asker.organisationId,
    purpose: purpose.text,
    details: {
      purposeCode: purpose.code,
      kinds,
      hitOrganisationIds: hitIds,
      personHitOrganisationIds: [...personHolders].filter((o) => matched.has(o)).sort(),
    },
  });
  for (const organisationId of hitIds) await tellHolder(tx, id, organisationId, asker);
  const contacts = await loadAgencyContacts(tx.db, hitIds);
  const agencies = contacts.map((c) => {
    const matchedSelectors = [...(matched.get(c.organisationId) ?? [])].sort((a, b) => a - b);
    const probablePerson = personHolders.has(c.organisationId);
    return {
      ...c,
      message: matchedSelectors.length === 0 ? PERSON_HIT_MESSAGE : c.message,
      matchedSelectors,
      probablePerson,
    };
  });
  return { id, askedAt, agencies };
}

/** The holder learns who asked and why: an audit entry in its trail and a note to its supervisors. */
async function tellHolder(tx: Ctx, hitQueryId: string, organisationId: string, asker: Asker) {
  await recordAudit(tx, {
    action: "selector.hit_query.received",
    resourceType: "hit_query",
    resourceId: hitQueryId,
    organisationId,
    details: { askingOrganisationId: asker.organisationId },
  });
  const supervisors = await tx.db
    .selectFrom("users")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "supervisor")
    .where("disabled_at", "is", null)
    .execute();
  // With no supervisor, the organisation's staff as a whole are told: the holder must learn of it.
  const recipients = supervisors.length > 0 ? supervisors.map((s) => s.id) : [null];
  for (const userId of recipients)
    await notify(tx, { organisationId, userId, kind: "selector.hit_query", hitQueryId });
}

type Asked = Pick<CanonicalSelector, "kind" | "valid" | "problem" | "correlationKey">;

/** A recorded selector as a question's identifier (its key as stored). */
function toAsked(r: SelectorRow): Asked {
  return {
    kind: r.kind as SelectorKind,
    valid: r.is_valid,
    correlationKey: r.correlation_key,
    ...(r.problem ? { problem: r.problem as NonNullable<CanonicalSelector["problem"]> } : {}),
  };
}

/**
 * The agencies holding a probable match of a case's child. The case must be one the asker may
 * open (else "not found", as for any case): a person typed in freely would let anyone probe
 * other agencies' records name by name.
 */
async function probableHoldersOfCaseChild(tx: Ctx, caseId: string, organisationId: string) {
  const c = await findCaseFacts(tx.db, caseId);
  if (!c || !canReadCase(tx.actor, c)) throw new NotFound("case");
  return selectProbableHolders(tx.db, c.personId, organisationId, todayOf(tx));
}

/** Asks every other agency whether it holds any of the identifiers, for a stated purpose. */
export async function runHitQuery(ctx: Ctx, body: HitQueryBody): Promise<HitQueryResult> {
  const actor = ctx.actor;
  if (actor.kind !== "user" || !canQueryOtherAgencies(actor))
    throw new Forbidden("Your role does not ask other agencies");
  return inTransaction(ctx, async (tx) => {
    const selectors: Asked[] = body.selectors.map(canonicaliseInput);
    for (const id of body.selectorIds) selectors.push(toAsked((await selectorInScope(tx, id)).row));
    const excluded = await loadExclusionKeys(tx.db, actor.organisationId);
    const checks = [];
    const linkable: LinkableSelector[] = [];
    for (const [index, s] of selectors.entries()) {
      const decision = await decideSelectorCorrelation(tx.db, s, excluded);
      if (decision.links && s.correlationKey !== null)
        linkable.push({ index, key: s.correlationKey, kind: s.kind });
      checks.push({
        index,
        kind: s.kind,
        valid: s.valid,
        problem: s.problem ?? null,
        checked: decision.links,
        flag: flagOf(decision),
      });
    }
    const kinds: string[] = [...new Set(selectors.map((s) => s.kind))];
    let personHolders = new Set<string>();
    if (body.caseId !== undefined) {
      personHolders = await probableHoldersOfCaseChild(tx, body.caseId, actor.organisationId);
      kinds.push("person");
    }
    const answer = await askOtherAgencies(tx, actor, linkable, body.purpose, kinds, personHolders);
    return {
      queryId: answer.id,
      askedAt: answer.askedAt.toISOString(),
      hit: answer.agencies.length > 0,
      selectors: checks,
      agencies: answer.agencies,
    };
  });
}

/** Who asked, why and about what kind of identifier: for the asker and the holders' supervisors. */
export async function getHitQuery(ctx: Ctx, id: string): Promise<HitQueryView> {
  const q = await ctx.db
    .selectFrom("hit_queries as q")
    .innerJoin("organisations as o", "o.id", "q.organisation_id")
    .innerJoin("users as u", "u.id", "q.user_id")
    .select([
      "q.id",
      "q.organisation_id",
      "q.user_id",
      "q.purpose_code",
      "q.purpose_text",
      "q.selector_kinds",
      "q.hit_organisation_ids",
      "q.created_at",
      "o.name as organisation_name",
      "o.agency_type",
      "o.country_code",
      "u.display_name",
      "u.email",
    ])
    .where("q.id", "=", id)
    .executeTakeFirst();
  const facts = q && {
    userId: q.user_id,
    organisationId: q.organisation_id,
    hitOrganisationIds: q.hit_organisation_ids,
  };
  if (!q || !facts || !canReadHitQuery(ctx.actor, facts)) throw new NotFound("query");
  return {
    id: q.id,
    askedAt: q.created_at.toISOString(),
    askingOrganisation: {
      id: q.organisation_id,
      name: q.organisation_name,
      agencyType: q.agency_type,
      countryCode: q.country_code.trim(),
    },
    askedBy: { name: q.display_name, email: q.email },
    purpose: { code: q.purpose_code as HitQueryView["purpose"]["code"], text: q.purpose_text },
    selectorKinds: q.selector_kinds,
  };
}
