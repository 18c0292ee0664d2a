import { z } from "zod";
import { ServiceKey } from "./case-records.ts";
import { freeText, Id, lineText } from "./text.ts";

/** The fields a referrer may choose to share: need to know, field by field. */
export const shareableFields = [
  "person.names",
  "person.sex",
  "person.age",
  "person.dateOfBirth",
  "person.nationality",
  "person.languages",
  "person.contacts",
  "person.documents",
  "case.exploitationTypes",
  "case.movement",
  "case.recruitment",
  "case.risk",
  "case.foundAt",
] as const;
export const ShareableField = z.enum(shareableFields);
export type ShareableField = z.infer<typeof ShareableField>;

/** Fields that identify the child: sharing any of them needs consent to share with referrals. */
export const identifyingFields: readonly ShareableField[] = [
  "person.names",
  "person.dateOfBirth",
  "person.contacts",
  "person.documents",
];

/** Referring a case to a provider for one service. */
export const ReferralBody = z.strictObject({
  providerId: Id,
  serviceKey: ServiceKey,
  sharedFields: z
    .array(ShareableField)
    .min(1, "Share at least one field")
    .max(shareableFields.length),
  reason: freeText(2000).refine((s) => s.trim().length > 0, "Required"),
  legalBasis: lineText(200),
});

/** Previewing what the receiver would see. */
export const ReferralPreviewBody = z.strictObject({
  sharedFields: z.array(ShareableField).min(1).max(shareableFields.length),
});

/** The receiver's answer. A decline needs a reason. */
export const ReferralDecisionBody = z
  .strictObject({ accept: z.boolean(), reason: freeText(2000).optional() })
  .refine((b) => b.accept || (b.reason?.trim().length ?? 0) > 0, {
    path: ["reason"],
    message: "Say why you decline",
  });

/** The receiver records the service as delivered. */
export const ReferralCompleteBody = z.strictObject({
  outcome: freeText(2000).refine((s) => s.trim().length > 0, "Required"),
});

/** Filter of the referral lists. */
export const ReferralListQuery = z.strictObject({
  direction: z.enum(["incoming", "outgoing"]),
  status: z.enum(["pending", "accepted", "declined", "withdrawn", "completed"]).optional(),
  caseId: Id.optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

/** A referral in a list (either side): no child's data. */
export const ReferralSummary = z.strictObject({
  id: z.string(),
  caseReference: z.string().nullable(),
  fromOrganisationName: z.string(),
  providerName: z.string(),
  serviceKey: z.string(),
  status: z.string(),
  createdAt: z.string(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

/** Exactly what the receiver sees of the child and the case: only the chosen fields. */
export const SharedData = z.strictObject({
  names: z
    .strictObject({
      givenName: z.string(),
      familyName: z.string().nullable(),
      givenNameLatin: z.string().nullable(),
      familyNameLatin: z.string().nullable(),
      nameOrder: z.string(),
    })
    .optional(),
  sex: z.string().optional(),
  age: z
    .strictObject({ years: z.number().nullable(), isEstimated: z.boolean(), isChild: z.boolean() })
    .optional(),
  dateOfBirth: z.string().nullable().optional(),
  nationality: z.strictObject({ status: z.string(), country: z.string().nullable() }).optional(),
  languages: z.array(z.string()).optional(),
  contacts: z
    .array(z.strictObject({ relation: z.string(), name: z.string(), phone: z.string().nullable() }))
    .optional(),
  documents: z
    .array(
      z.strictObject({
        documentType: z.string(),
        number: z.string(),
        issuingCountry: z.string().nullable(),
      }),
    )
    .optional(),
  exploitationTypes: z.array(z.string()).optional(),
  movement: z
    .strictObject({
      origin: z.string().nullable(),
      transit: z.array(z.string()),
      destination: z.string().nullable(),
      borderCrossing: z.string(),
    })
    .optional(),
  recruitment: z
    .strictObject({
      methods: z.array(z.string()),
      recruiterRelation: z.string().nullable(),
      platforms: z.array(z.string()),
    })
    .optional(),
  risk: z.strictObject({ level: z.string(), reason: z.string().nullable() }).optional(),
  foundAt: z
    .strictObject({
      country: z.string().nullable(),
      province: z.string().nullable(),
      place: z.string().nullable(),
    })
    .optional(),
});
export type SharedData = z.infer<typeof SharedData>;

/** A referral as either side sees it. `shared` is null once the referral has closed. */
export const ReferralView = z.strictObject({
  id: z.string(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
  fromOrganisationId: z.string(),
  fromOrganisationName: z.string(),
  toOrganisationId: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  serviceKey: z.string(),
  sharedFields: z.array(z.string()),
  reason: z.string(),
  legalBasis: z.string(),
  status: z.string(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  events: z.array(
    z.strictObject({ status: z.string(), occurredAt: z.string(), note: z.string().nullable() }),
  ),
  shared: SharedData.nullable(),
  can: z.strictObject({ decide: z.boolean(), complete: z.boolean(), withdraw: z.boolean() }),
});
export type ReferralView = z.infer<typeof ReferralView>;
