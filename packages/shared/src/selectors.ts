import { z } from "zod";
import { identifying } from "./persons.ts";
import { CountryCode, Id, lineText } from "./text.ts";

/** Kinds of identifier (the same list as `selectorKinds` in @sahabat/linkage). */
export const SelectorKind = z.enum([
  "phone",
  "email",
  "handle",
  "url",
  "bank_account",
  "ewallet",
  "crypto",
  "document",
]);

/**
 * A value as entered: not trimmed or folded (it is kept exactly as written), but bounded and
 * free of control characters, which no identifier contains and which hide text in logs and UIs.
 */
const EnteredValue = z
  .string()
  .min(1, "Required")
  .max(500, "At most 500 characters")
  .refine((s) => s.trim().length > 0, "Required")
  .refine((s) => !/\p{Cc}/u.test(s), "Control characters are not allowed");

/** An identifier and the context its value alone does not carry. */
export const SelectorInput = z.strictObject({
  kind: z.union([SelectorKind, z.literal("auto")]),
  value: identifying(EnteredValue),
  /** Country of a phone number written without +. */
  defaultCountry: CountryCode.optional(),
  documentType: z
    .enum(["passport", "national_id", "birth_certificate", "travel_document", "other"])
    .optional(),
  issuingCountry: CountryCode.optional(),
  /** Platform of a bare handle, provider of an e-wallet, crypto network. */
  platform: lineText(40).optional(),
  /** Bank of an account that is not an IBAN. */
  bank: lineText(40).optional(),
});
export type SelectorInput = z.infer<typeof SelectorInput>;

/** Adding an identifier to a case: about the case (a recruiter's account) or its person. */
export const SelectorCreateBody = SelectorInput.extend({
  subject: z.enum(["case", "person"]).default("case"),
  note: lineText(500).optional(),
});
export type SelectorCreateBody = z.infer<typeof SelectorCreateBody>;

/** Why an identifier is not linked. */
export const SelectorFlag = z.enum(["invalid", "excluded", "over_limit"]);

/** A selector as stored: as entered, its canonical form, and whether it links records. */
export const SelectorView = z.strictObject({
  id: Id,
  caseId: Id.nullable(),
  personId: Id.nullable(),
  subject: z.enum(["case", "person"]),
  kind: SelectorKind,
  entered: identifying(z.string()),
  canonical: identifying(z.string()).nullable(),
  platform: z.string().nullable(),
  country: z.string().nullable(),
  valid: z.boolean(),
  /** A stable code (unparseable, checksum, no_country, …) when not valid. */
  problem: z.string().nullable(),
  /** False for an invalid value: it is kept as entered and never linked to other records. */
  correlated: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.string(),
  can: z.strictObject({ remove: z.boolean(), correlate: z.boolean() }),
});
export type SelectorView = z.infer<typeof SelectorView>;

/** Why a cross-agency question is asked; recorded and shown to the agency that holds a match. */
export const HitQueryPurpose = z.strictObject({
  code: z.enum([
    "child_protection",
    "victim_identification",
    "investigation",
    "family_tracing",
    "service_coordination",
  ]),
  text: lineText(500),
});

/** Another agency that holds a record: who to contact, never what it holds. */
export const AgencyContact = z.strictObject({
  organisationId: Id,
  organisationName: z.string(),
  agencyType: z.string(),
  countryCode: z.string(),
  focalPoints: z.array(z.strictObject({ name: z.string(), email: z.string() })),
  hotlineNumbers: z.array(z.string()),
  message: z.string(),
});
export type AgencyContact = z.infer<typeof AgencyContact>;

/** One of the asker's own records holding the identifier, shown in full. */
export const CorrelatedRecord = z.strictObject({
  selectorId: Id,
  subject: z.enum(["case", "person"]),
  caseId: Id.nullable(),
  caseReference: z.string().nullable(),
  personId: Id.nullable(),
  personName: identifying(z.string()).nullable(),
  entered: identifying(z.string()),
});

/** Asking other agencies with a purpose while looking at a selector's links. */
export const CorrelationQuery = z.strictObject({
  purposeCode: HitQueryPurpose.shape.code.optional(),
  purpose: lineText(500).optional(),
});

/** Everything a selector links, within the rules of who may see what. */
export const CorrelationView = z.strictObject({
  selectorId: Id,
  kind: SelectorKind,
  correlated: z.boolean(),
  /** Why it links nothing, with the number of records holding it (never which). */
  flag: z.strictObject({ reason: SelectorFlag, count: z.number().int() }).nullable(),
  /** The asker's organisation's records they may open. */
  records: z.array(CorrelatedRecord),
  /** Records of the asker's own organisation that they may not open (ask a supervisor). */
  restrictedInOwnOrganisation: z.number().int(),
  /** Null until asked with a purpose: asking other agencies is a recorded hit/no-hit query. */
  otherAgencies: z.array(AgencyContact).nullable(),
  hitQueryId: Id.nullable(),
});
export type CorrelationView = z.infer<typeof CorrelationView>;

/**
 * A hit/no-hit question to every other agency of the node: identifiers typed in, or identifiers
 * already recorded on cases the asker may open (by id), up to 10 in all, and/or the child of a
 * case the asker may open (does another agency hold a probable match of her?). Answers number
 * the identifiers in that order: the typed ones first.
 */
export const HitQueryBody = z
  .strictObject({
    selectors: z.array(SelectorInput).max(10, "At most 10").default([]),
    selectorIds: z.array(Id).max(10, "At most 10").default([]),
    /** A case whose child is looked for by name, sex, age, nationality and documents. */
    caseId: Id.optional(),
    purpose: HitQueryPurpose,
  })
  .superRefine((b, ctx) => {
    const n = b.selectors.length + b.selectorIds.length;
    if (n > 10)
      ctx.addIssue({
        code: "custom",
        path: ["selectors"],
        message: "At most 10 identifiers in all",
      });
    if (n < 1 && b.caseId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["selectors"],
        message: "At least one identifier, or a case whose child to look for",
      });
  });
export type HitQueryBody = z.infer<typeof HitQueryBody>;

/** The answer: per identifier whether it was checked, per agency hit with its contact. */
export const HitQueryResult = z.strictObject({
  queryId: Id,
  askedAt: z.string(),
  hit: z.boolean(),
  selectors: z.array(
    z.strictObject({
      index: z.number().int(),
      kind: SelectorKind,
      valid: z.boolean(),
      problem: z.string().nullable(),
      checked: z.boolean(),
      flag: z.strictObject({ reason: SelectorFlag, count: z.number().int() }).nullable(),
    }),
  ),
  /**
   * Only agencies with a hit; `matchedSelectors` are indexes into the question's identifiers;
   * `probablePerson` says the agency holds a probable match of the case's child.
   */
  agencies: z.array(
    AgencyContact.extend({
      matchedSelectors: z.array(z.number().int()),
      probablePerson: z.boolean(),
    }),
  ),
});
export type HitQueryResult = z.infer<typeof HitQueryResult>;

/** What the holding agency (and the asker) see of a query: who asked, why, about what kind. */
export const HitQueryView = z.strictObject({
  id: Id,
  askedAt: z.string(),
  askingOrganisation: z.strictObject({
    id: Id,
    name: z.string(),
    agencyType: z.string(),
    countryCode: z.string(),
  }),
  askedBy: z.strictObject({ name: z.string(), email: z.string() }),
  purpose: HitQueryPurpose,
  selectorKinds: z.array(z.string()),
});
export type HitQueryView = z.infer<typeof HitQueryView>;

/** A value that must never link records: a helpline, an office number, a placeholder. */
export const ExclusionBody = SelectorInput.extend({
  /** "node": for every organisation (node administrators); "organisation": for the user's own. */
  scope: z.enum(["organisation", "node"]),
  reason: lineText(500),
});
export type ExclusionBody = z.infer<typeof ExclusionBody>;

/** An entry of the exclusion list. Hotline numbers in the directory are excluded as well. */
export const ExclusionView = z.strictObject({
  id: Id,
  scope: z.enum(["organisation", "node"]),
  organisationId: Id.nullable(),
  correlationKey: z.string(),
  reason: z.string(),
  source: z.enum(["manual", "directory"]),
  createdAt: z.string(),
  can: z.strictObject({ remove: z.boolean() }),
});
export type ExclusionView = z.infer<typeof ExclusionView>;
