import { z } from "zod";
import { CountryCode, IsoDate, lineText } from "./text.ts";

/** Sex as recorded; "unknown" is a normal answer. */
export const Sex = z.enum(["female", "male", "intersex", "unknown"]);

/** How an age is known (HTCDS extension vic_AgeBasis). */
export const AgeBasis = z.enum(["document", "declared", "assessed", "presumed_minor", "unknown"]);

/** ISO 639 language code (two or three letters). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, "An ISO 639 code such as vi, th or mya");

/** Phone number in E.164 form (HTCDS convention). */
export const Phone = z
  .string()
  .regex(/^\+?[1-9]\d{1,14}$/, "A phone number in international form, such as +84901234567");

/**
 * Marks a field as identifying a person: reading it is audited, sharing it needs consent. The
 * mark appears in the OpenAPI document as `x-identifying: true`.
 */
export function identifying<T extends z.ZodType>(schema: T): T {
  return schema.meta({ "x-identifying": true });
}

/** A guardian or other contact of a person (identifying). */
export const PersonContact = z.strictObject({
  relation: z.enum(["guardian", "parent", "relative", "legal_representative", "other"]),
  name: lineText(200),
  phone: Phone.optional(),
  isLegalGuardian: z.boolean().default(false),
});

/** An identity document (identifying). */
export const PersonDocument = z.strictObject({
  documentType: z.enum([
    "passport",
    "national_id",
    "birth_certificate",
    "travel_document",
    "other",
  ]),
  number: lineText(60),
  issuingCountry: CountryCode.optional(),
});

/**
 * A person as registered. Names in the person's own script and in Latin script; a family name is
 * optional. Age either as an exact date of birth or as an estimate in years (with its date).
 */
export const PersonInput = z
  .strictObject({
    givenName: identifying(lineText(200)),
    familyName: identifying(lineText(200)).optional(),
    givenNameLatin: identifying(lineText(200)).optional(),
    familyNameLatin: identifying(lineText(200)).optional(),
    nameOrder: z.enum(["given_first", "family_first"]).default("given_first"),
    otherNames: identifying(z.array(lineText(200)).max(20)).default([]),
    sex: Sex.default("unknown"),
    dateOfBirth: identifying(IsoDate).optional(),
    estimatedAgeYears: z.number().int().min(0, "0 to 120").max(120, "0 to 120").optional(),
    ageBasis: AgeBasis.default("declared"),
    isAgeDisputed: z.boolean().default(false),
    nationalityStatus: z.enum(["known", "stateless", "unknown"]).default("unknown"),
    nationality: CountryCode.optional(),
    languages: z.array(LanguageCode).max(10).default([]),
    contacts: identifying(z.array(PersonContact).max(10)).default([]),
    documents: identifying(z.array(PersonDocument).max(10)).default([]),
  })
  .superRefine((p, ctx) => {
    if ((p.nationalityStatus === "known") !== (p.nationality !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["nationality"],
        message: "Give a nationality exactly when it is known",
      });
    }
  });
export type PersonInput = z.infer<typeof PersonInput>;

/**
 * Correcting what is recorded about a person. Names and age are replaced as given; a field set
 * to null is cleared. Contacts and documents are not changed here.
 */
export const PersonUpdateBody = z
  .strictObject({
    givenName: identifying(lineText(200)),
    familyName: identifying(lineText(200)).nullable(),
    givenNameLatin: identifying(lineText(200)).nullable(),
    familyNameLatin: identifying(lineText(200)).nullable(),
    nameOrder: z.enum(["given_first", "family_first"]),
    otherNames: identifying(z.array(lineText(200)).max(20)),
    sex: Sex,
    dateOfBirth: identifying(IsoDate).nullable(),
    estimatedAgeYears: z.number().int().min(0, "0 to 120").max(120, "0 to 120").nullable(),
    ageBasis: AgeBasis,
    isAgeDisputed: z.boolean(),
    languages: z.array(LanguageCode).max(10),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "Nothing to change");
export type PersonUpdateBody = z.infer<typeof PersonUpdateBody>;
