import type { CaseCreateBody, CaseDetail, CaseUpdateBody } from "@sahabat/shared";
import type { z } from "zod";

/** A place as typed: a country is chosen, a province may be typed. */
export type PlaceValues = { country?: string | undefined; province?: string | undefined };

/**
 * What is known about a case, as the form holds it. The names match the API's fields, so a
 * refusal naming `origin.country` lands next to that field in both the register and edit forms.
 */
export type FactsValues = {
  referralSource: string;
  foundCountry?: string | undefined;
  foundProvince?: string | undefined;
  foundPlace?: string | undefined;
  exploitationTypes: string[];
  recruitmentMethods: string[];
  recruiterRelation?: string | undefined;
  recruitmentPlatforms: string[];
  origin?: PlaceValues | undefined;
  transit: PlaceValues[];
  destination?: PlaceValues | undefined;
  borderCrossing: string;
  riskLevel: string;
  riskReason?: string | undefined;
};

/** How the age is known; only the matching field is sent. */
export type AgeMode = "exact" | "estimated" | "unknown";

/** The register form: the person, the case, and how the age is known. */
export type RegisterValues = FactsValues & {
  ageMode: AgeMode;
  registeredOn: string;
  person: Omit<z.input<typeof CaseCreateBody>["person"], "estimatedAgeYears"> & {
    estimatedAgeYears?: number | string | undefined;
  };
};

const blank = (s: string | undefined | null) => (s?.trim() ? s : undefined);

function place(p: PlaceValues | undefined) {
  if (!p || (!p.country && !blank(p.province))) return undefined;
  return { country: p.country, province: blank(p.province) };
}

/** The case facts as the API takes them: empty answers left out. */
function factsBody(v: FactsValues) {
  return {
    referralSource: v.referralSource || undefined,
    foundCountry: v.foundCountry || undefined,
    foundProvince: blank(v.foundProvince),
    foundPlace: blank(v.foundPlace),
    exploitationTypes: v.exploitationTypes,
    recruitmentMethods: v.recruitmentMethods,
    recruiterRelation: v.recruiterRelation || undefined,
    recruitmentPlatforms: v.recruitmentPlatforms,
    origin: place(v.origin),
    transit: v.transit.map(place).filter((p) => p !== undefined),
    destination: place(v.destination),
    borderCrossing: v.borderCrossing,
    riskLevel: v.riskLevel,
    riskReason: blank(v.riskReason),
  };
}

function age(v: RegisterValues) {
  const years = v.person.estimatedAgeYears;
  return {
    dateOfBirth: v.ageMode === "exact" ? blank(v.person.dateOfBirth) : undefined,
    estimatedAgeYears:
      v.ageMode === "estimated" && years !== undefined && years !== "" ? Number(years) : undefined,
  };
}

/** The registration as the API takes it (checked by the shared schema before it is sent). */
export function toCreateBody(v: RegisterValues): unknown {
  const p = v.person;
  return {
    ...factsBody(v),
    registeredOn: v.registeredOn,
    person: {
      ...p,
      familyName: blank(p.familyName),
      givenNameLatin: blank(p.givenNameLatin),
      familyNameLatin: blank(p.familyNameLatin),
      ...age(v),
      nationality: p.nationalityStatus === "known" ? p.nationality || undefined : undefined,
      contacts: (p.contacts ?? []).map((c) => ({ ...c, phone: blank(c.phone) })),
      documents: (p.documents ?? []).map((d) => ({
        ...d,
        issuingCountry: d.issuingCountry || undefined,
      })),
    },
  };
}

/** The whole set of facts as a change (nulls clear a field); the form sends only what changed. */
export function toUpdateBody(v: FactsValues): Required<CaseUpdateBody> {
  const b = factsBody(v);
  return {
    ...b,
    referralSource: b.referralSource as Required<CaseUpdateBody>["referralSource"],
    foundCountry: b.foundCountry ?? null,
    foundProvince: b.foundProvince ?? null,
    foundPlace: b.foundPlace ?? null,
    recruiterRelation: (b.recruiterRelation ??
      null) as Required<CaseUpdateBody>["recruiterRelation"],
    origin: (b.origin ?? null) as Required<CaseUpdateBody>["origin"],
    transit: b.transit as Required<CaseUpdateBody>["transit"],
    destination: (b.destination ?? null) as Required<CaseUpdateBody>["destination"],
    riskReason: b.riskReason ?? null,
  } as Required<CaseUpdateBody>;
}

/** The form's starting values from a case. */
export function factsOf(c: CaseDetail): FactsValues {
  const placeOf = (p: { country: string; province?: string | null } | null) =>
    p ? { country: p.country.trim(), province: p.province ?? "" } : { country: "", province: "" };
  return {
    referralSource: c.referralSource,
    foundCountry: c.foundCountry?.trim() ?? "",
    foundProvince: c.foundProvince ?? "",
    foundPlace: c.foundPlace ?? "",
    exploitationTypes: c.exploitationTypes,
    recruitmentMethods: c.recruitmentMethods,
    recruiterRelation: c.recruiterRelation ?? "",
    recruitmentPlatforms: c.recruitmentPlatforms,
    origin: placeOf(c.origin),
    transit: c.transit.map(placeOf),
    destination: placeOf(c.destination),
    borderCrossing: c.borderCrossing,
    riskLevel: c.riskLevel,
    riskReason: c.riskReason ?? "",
  };
}

/**
 * Today as the server counts it (UTC), YYYY-MM-DD. The server refuses a registration dated
 * after its own today; in the early morning in Asia the local date is a day ahead of UTC, so
 * the form starts from the server's date (API gap, reported: the node has no time zone).
 */
export function serverToday(): string {
  return new Date().toISOString().slice(0, 10);
}
