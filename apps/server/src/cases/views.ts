import { assessAge, type CaseDetail } from "@sahabat/shared";
import type { Actor } from "../platform/context.ts";
import {
  type CaseFacts,
  canApproveClosure,
  canAssignCase,
  canReadCase,
  canRequestClosure,
  canUpdateCase,
} from "./policy.ts";
import type { CaseRow } from "./queries.ts";

type PersonRecord = NonNullable<
  Awaited<ReturnType<typeof import("../persons/index.ts").readPersonIdentifying>>
>;

/** A person's display name in their own order and script. */
export function displayName(p: {
  given_name: string;
  family_name: string | null;
  name_order: string;
}): string {
  if (!p.family_name) return p.given_name;
  return p.name_order === "family_first"
    ? `${p.family_name} ${p.given_name}`
    : `${p.given_name} ${p.family_name}`;
}

/** The policy facts of a case row. */
export function caseFacts(c: CaseRow): CaseFacts {
  return {
    organisationId: c.organisation_id,
    assignedUserId: c.assigned_user_id,
    createdBy: c.created_by,
    status: c.status,
    closureRequestedBy: c.closure_requested_by,
  };
}

/** What the actor may do with the case. */
export function caseCan(actor: Actor, f: CaseFacts) {
  return {
    update: canUpdateCase(actor, f),
    assign: canAssignCase(actor, f),
    requestClosure: canRequestClosure(actor, f),
    approveClosure: canApproveClosure(actor, f),
  };
}

/** The full case view. */
export function toCaseDetail(
  actor: Actor,
  c: CaseRow,
  r: PersonRecord,
  assignee: { id: string; displayName: string } | null,
  today: string,
): CaseDetail {
  const p = r.person;
  if (!canReadCase(actor, caseFacts(c))) throw new Error("toCaseDetail called outside scope");
  return {
    id: c.id,
    organisationId: c.organisation_id,
    reference: c.reference,
    registeredOn: c.registered_on,
    referralSource: c.referral_source,
    foundCountry: c.found_country?.trim() ?? null,
    foundProvince: c.found_province,
    foundPlace: c.found_place,
    exploitationTypes: c.exploitation_types,
    recruitmentMethods: c.recruitment_methods,
    recruiterRelation: c.recruiter_relation,
    recruitmentPlatforms: c.recruitment_platforms,
    origin: c.origin_country
      ? { country: c.origin_country.trim(), province: c.origin_province }
      : null,
    transit: c.transit,
    destination: c.destination_country
      ? { country: c.destination_country.trim(), province: c.destination_province }
      : null,
    borderCrossing: c.border_crossing,
    riskLevel: c.risk_level,
    riskReason: c.risk_reason,
    status: c.status,
    closureOutcome: c.closure_outcome,
    closureReason: c.closure_reason,
    closedAt: c.closed_at?.toISOString() ?? null,
    closureRefusal:
      c.closure_refusal_reason && c.closure_refused_at
        ? { reason: c.closure_refusal_reason, refusedAt: c.closure_refused_at.toISOString() }
        : null,
    assignedUserId: c.assigned_user_id,
    assignee,
    createdAt: c.created_at.toISOString(),
    person: {
      id: p.id,
      givenName: p.given_name,
      familyName: p.family_name,
      givenNameLatin: p.given_name_latin,
      familyNameLatin: p.family_name_latin,
      nameOrder: p.name_order as "given_first" | "family_first",
      otherNames: p.other_names,
      sex: p.sex,
      dateOfBirth: p.date_of_birth,
      estimatedAgeYears: p.estimated_age_years,
      ageEstimatedOn: p.age_estimated_on,
      ageBasis: p.age_basis,
      isAgeDisputed: p.is_age_disputed,
      age: assessAge(
        {
          dateOfBirth: p.date_of_birth,
          estimatedAgeYears: p.estimated_age_years,
          ageEstimatedOn: p.age_estimated_on,
          isAgeDisputed: p.is_age_disputed,
        },
        today,
      ),
      nationalityStatus: p.nationality_status,
      nationality: p.nationality?.trim() ?? null,
      languages: p.languages,
      contacts: r.contacts.map((x) => ({
        id: x.id,
        relation: x.relation,
        name: x.name,
        phone: x.phone,
        isLegalGuardian: x.is_legal_guardian,
      })),
      documents: r.documents.map((d) => ({
        id: d.id,
        documentType: d.document_type,
        number: d.number,
        issuingCountry: d.issuing_country?.trim() ?? null,
      })),
    },
    can: caseCan(actor, caseFacts(c)),
  };
}
