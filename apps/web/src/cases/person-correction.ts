import type { CaseDetail, PersonUpdateBody } from "@sahabat/shared";
import type { AgeMode } from "./case-form-values.ts";

/**
 * The person-correction form, with the register form's field names (`person.givenName`,
 * `ageMode`), so the same name and age fields serve both.
 */
export type CorrectionValues = {
  ageMode: AgeMode;
  person: {
    givenName: string;
    familyName: string;
    givenNameLatin: string;
    familyNameLatin: string;
    nameOrder: "given_first" | "family_first";
    otherNames: string[];
    sex: string;
    dateOfBirth: string;
    estimatedAgeYears: number | string;
    ageBasis: string;
    isAgeDisputed: boolean;
  };
};

/** The fields of a correction, as the API names them; the form holds them under `person.`. */
export const correctionFields = [
  "givenName",
  "familyName",
  "givenNameLatin",
  "familyNameLatin",
  "nameOrder",
  "otherNames",
  "sex",
  "dateOfBirth",
  "estimatedAgeYears",
  "ageBasis",
  "isAgeDisputed",
] as const satisfies readonly (keyof PersonUpdateBody)[];

type Full = { [K in (typeof correctionFields)[number]]-?: unknown };

/** The form's starting values: what is recorded now (an estimate as the age it gives today). */
export function correctionOf(c: CaseDetail): CorrectionValues {
  const p = c.person;
  const ageMode: AgeMode = p.dateOfBirth
    ? "exact"
    : p.estimatedAgeYears !== null
      ? "estimated"
      : "unknown";
  return {
    ageMode,
    person: {
      givenName: p.givenName,
      familyName: p.familyName ?? "",
      givenNameLatin: p.givenNameLatin ?? "",
      familyNameLatin: p.familyNameLatin ?? "",
      nameOrder: p.nameOrder,
      otherNames: p.otherNames,
      sex: p.sex,
      dateOfBirth: p.dateOfBirth ?? "",
      estimatedAgeYears: ageMode === "estimated" ? (p.age.years ?? "") : "",
      ageBasis: p.ageBasis,
      isAgeDisputed: p.isAgeDisputed,
    },
  };
}

const blankToNull = (s: string) => (s.trim() ? s : null);

/** Every field as the API takes it: empty answers clear, only the age the mode names is kept. */
export function toCorrectionBody(v: CorrectionValues): Full {
  const p = v.person;
  const years = p.estimatedAgeYears;
  return {
    givenName: p.givenName,
    familyName: blankToNull(p.familyName),
    givenNameLatin: blankToNull(p.givenNameLatin),
    familyNameLatin: blankToNull(p.familyNameLatin),
    nameOrder: p.nameOrder,
    otherNames: p.otherNames,
    sex: p.sex,
    dateOfBirth: v.ageMode === "exact" ? blankToNull(p.dateOfBirth) : null,
    estimatedAgeYears: v.ageMode === "estimated" && years !== "" ? Number(years) : null,
    ageBasis: p.ageBasis,
    isAgeDisputed: p.isAgeDisputed,
  };
}

/**
 * Only the fields that differ from the record, so the audit names what was corrected. A changed
 * age sends both its fields: the server dates a new estimate today, and a date of birth replaces
 * an estimate.
 */
export function changedFields(body: Full, before: Full): Partial<Full> {
  const differs = (k: keyof Full) => JSON.stringify(body[k]) !== JSON.stringify(before[k]);
  const isAgeChanged = differs("dateOfBirth") || differs("estimatedAgeYears");
  return Object.fromEntries(
    correctionFields
      .filter((k) => (k === "dateOfBirth" || k === "estimatedAgeYears" ? isAgeChanged : differs(k)))
      .map((k) => [k, body[k]]),
  );
}
