import { z } from "zod";
import { PersonInput } from "./persons.ts";
import { Id } from "./text.ts";

const person = PersonInput.shape;

/**
 * The person fields of a registration form, checked for an already known child before saving.
 * The same fields as a registration, without contacts: a guardian's phone says nothing about
 * whether this child is that one.
 */
export const DuplicateCheckBody = z.strictObject({
  givenName: person.givenName,
  familyName: person.familyName,
  givenNameLatin: person.givenNameLatin,
  familyNameLatin: person.familyNameLatin,
  nameOrder: person.nameOrder,
  otherNames: person.otherNames,
  sex: person.sex,
  dateOfBirth: person.dateOfBirth,
  estimatedAgeYears: person.estimatedAgeYears,
  ageBasis: person.ageBasis,
  nationality: person.nationality,
  documents: person.documents,
});
export type DuplicateCheckBody = z.infer<typeof DuplicateCheckBody>;

/** Comparisons the model weighs; the web app names each in plain words. */
export const MatchComparison = z.enum([
  "given",
  "family",
  "dob",
  "sex",
  "nationality",
  "address",
  "locality",
  "postcode",
  "region",
  "phone",
  "document",
]);
export type MatchComparison = z.infer<typeof MatchComparison>;

/** One comparison's part of a match weight (Fellegi–Sunter: log2 m/u, in bits). */
export const MatchTerm = z.strictObject({
  comparison: MatchComparison,
  /** The level the pair reached (e.g. exact, jw_0.92), or null when a value is missing on either side. */
  level: z.string().nullable(),
  baseWeight: z.number(),
  /** Bits added or taken away because the shared name is rare or common. */
  frequencyAdjustment: z.number(),
  weight: z.number(),
  m: z.number().nullable(),
  u: z.number().nullable(),
});
export type MatchTerm = z.infer<typeof MatchTerm>;

/** Every term of a score: prior weight plus each comparison's weight gives the total. */
export const MatchExplanation = z.strictObject({
  modelVersion: z.string(),
  prior: z.number(),
  priorWeight: z.number(),
  terms: z.array(MatchTerm),
  total: z.number(),
  probability: z.number(),
});
export type MatchExplanation = z.infer<typeof MatchExplanation>;

/** A known person who may be the child being registered, with what the user may see of her. */
export const DuplicateCandidate = z.strictObject({
  personId: Id,
  caseId: Id,
  caseReference: z.string(),
  person: z.strictObject({
    givenName: z.string(),
    familyName: z.string().nullable(),
    givenNameLatin: z.string().nullable(),
    familyNameLatin: z.string().nullable(),
    nameOrder: z.enum(["given_first", "family_first"]),
    sex: z.string(),
    dateOfBirth: z.string().nullable(),
    estimatedAgeYears: z.number().nullable(),
    ageEstimatedOn: z.string().nullable(),
    nationality: z.string().nullable(),
  }),
  probability: z.number(),
  weight: z.number(),
  explanation: MatchExplanation,
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

/** Candidates best first, at or above the threshold, with the model version that scored them. */
export const DuplicateCheckResult = z.strictObject({
  modelVersion: z.string(),
  threshold: z.number(),
  candidates: z.array(DuplicateCandidate),
});
export type DuplicateCheckResult = z.infer<typeof DuplicateCheckResult>;
