import { z } from "zod";
import { identifying } from "./persons.ts";

/** The person as shown inside a case (identifying: every read is audited). */
export const PersonView = z.strictObject({
  id: z.string(),
  givenName: identifying(z.string()),
  familyName: identifying(z.string().nullable()),
  givenNameLatin: identifying(z.string().nullable()),
  familyNameLatin: identifying(z.string().nullable()),
  nameOrder: z.enum(["given_first", "family_first"]),
  otherNames: identifying(z.array(z.string())),
  sex: z.string(),
  dateOfBirth: identifying(z.string().nullable()),
  estimatedAgeYears: z.number().nullable(),
  ageEstimatedOn: z.string().nullable(),
  ageBasis: z.string(),
  isAgeDisputed: z.boolean(),
  age: z.strictObject({
    years: z.number().nullable(),
    isEstimated: z.boolean(),
    isChild: z.boolean(),
    isPresumedChild: z.boolean(),
  }),
  nationalityStatus: z.string(),
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  contacts: identifying(
    z.array(
      z.strictObject({
        id: z.string(),
        relation: z.string(),
        name: z.string(),
        phone: z.string().nullable(),
        isLegalGuardian: z.boolean(),
      }),
    ),
  ),
  documents: identifying(
    z.array(
      z.strictObject({
        id: z.string(),
        documentType: z.string(),
        number: z.string(),
        issuingCountry: z.string().nullable(),
      }),
    ),
  ),
});

/** What the reader may do with a case (the web app shows buttons from this, never its own rules). */
export const CaseCan = z.strictObject({
  update: z.boolean(),
  assign: z.boolean(),
  requestClosure: z.boolean(),
  approveClosure: z.boolean(),
});

/** The colleague a case is assigned to, by the name staff know them by (not a child's data). */
export const CaseAssignee = z.strictObject({ id: z.string(), displayName: z.string() });

/** A case in a list. */
export const CaseSummary = z.strictObject({
  id: z.string(),
  reference: z.string(),
  personName: z.string(),
  registeredOn: z.string(),
  status: z.string(),
  riskLevel: z.string(),
  exploitationTypes: z.array(z.string()),
  assignedUserId: z.string().nullable(),
  assignee: CaseAssignee.nullable(),
  isChild: z.boolean(),
});

/** A page of cases with the cursor of the next page. */
export const CasePage = z.strictObject({
  cases: z.array(CaseSummary),
  nextCursor: z.string().nullable(),
});

/** A case in full. */
export const CaseDetail = z.strictObject({
  id: z.string(),
  organisationId: z.string(),
  reference: z.string(),
  registeredOn: z.string(),
  referralSource: z.string(),
  foundCountry: z.string().nullable(),
  foundProvince: z.string().nullable(),
  foundPlace: z.string().nullable(),
  exploitationTypes: z.array(z.string()),
  recruitmentMethods: z.array(z.string()),
  recruiterRelation: z.string().nullable(),
  recruitmentPlatforms: z.array(z.string()),
  origin: z.strictObject({ country: z.string(), province: z.string().nullable() }).nullable(),
  transit: z.array(z.strictObject({ country: z.string(), province: z.string().optional() })),
  destination: z.strictObject({ country: z.string(), province: z.string().nullable() }).nullable(),
  borderCrossing: z.string(),
  riskLevel: z.string(),
  riskReason: z.string().nullable(),
  status: z.string(),
  closureOutcome: z.string().nullable(),
  closureReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The supervisor's refusal of the last closure request, until closure is asked again. */
  closureRefusal: z.strictObject({ reason: z.string(), refusedAt: z.string() }).nullable(),
  assignedUserId: z.string().nullable(),
  assignee: CaseAssignee.nullable(),
  createdAt: z.string(),
  person: PersonView,
  can: CaseCan,
});
export type CaseDetail = z.infer<typeof CaseDetail>;
