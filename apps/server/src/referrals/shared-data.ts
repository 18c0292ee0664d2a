import { assessAge, type ShareableField, type SharedData } from "@sahabat/shared";
import type { CaseRow } from "../cases/index.ts";

type PersonRecord = {
  person: {
    given_name: string;
    family_name: string | null;
    given_name_latin: string | null;
    family_name_latin: string | null;
    name_order: string;
    sex: string;
    date_of_birth: string | null;
    estimated_age_years: number | null;
    age_estimated_on: string | null;
    is_age_disputed: boolean;
    nationality_status: string;
    nationality: string | null;
    languages: string[];
  };
  contacts: { relation: string; name: string; phone: string | null }[];
  documents: { document_type: string; number: string; issuing_country: string | null }[];
};

const place = (country: string | null, province: string | null) =>
  country ? [country.trim(), province].filter(Boolean).join(" / ") : null;

/** Exactly the chosen fields of the child and the case, nothing else (need to know). */
export function buildSharedData(
  fields: readonly string[],
  c: CaseRow,
  r: PersonRecord,
  today: string,
): SharedData {
  const p = r.person;
  const has = (f: ShareableField) => fields.includes(f);
  const out: SharedData = {};
  if (has("person.names"))
    out.names = {
      givenName: p.given_name,
      familyName: p.family_name,
      givenNameLatin: p.given_name_latin,
      familyNameLatin: p.family_name_latin,
      nameOrder: p.name_order,
    };
  if (has("person.sex")) out.sex = p.sex;
  if (has("person.age")) {
    const a = assessAge(
      {
        dateOfBirth: p.date_of_birth,
        estimatedAgeYears: p.estimated_age_years,
        ageEstimatedOn: p.age_estimated_on,
        isAgeDisputed: p.is_age_disputed,
      },
      today,
    );
    out.age = { years: a.years, isEstimated: a.isEstimated, isChild: a.isChild };
  }
  if (has("person.dateOfBirth")) out.dateOfBirth = p.date_of_birth;
  if (has("person.nationality"))
    out.nationality = { status: p.nationality_status, country: p.nationality?.trim() ?? null };
  if (has("person.languages")) out.languages = p.languages;
  if (has("person.contacts"))
    out.contacts = r.contacts.map((x) => ({ relation: x.relation, name: x.name, phone: x.phone }));
  if (has("person.documents"))
    out.documents = r.documents.map((d) => ({
      documentType: d.document_type,
      number: d.number,
      issuingCountry: d.issuing_country?.trim() ?? null,
    }));
  if (has("case.exploitationTypes")) out.exploitationTypes = c.exploitation_types;
  if (has("case.movement")) {
    out.movement = {
      origin: place(c.origin_country, c.origin_province),
      transit: c.transit.map((t) => place(t.country, t.province ?? null) ?? ""),
      destination: place(c.destination_country, c.destination_province),
      borderCrossing: c.border_crossing,
    };
  }
  if (has("case.recruitment"))
    out.recruitment = {
      methods: c.recruitment_methods,
      recruiterRelation: c.recruiter_relation,
      platforms: c.recruitment_platforms,
    };
  if (has("case.risk")) out.risk = { level: c.risk_level, reason: c.risk_reason };
  if (has("case.foundAt"))
    out.foundAt = {
      country: c.found_country?.trim() ?? null,
      province: c.found_province,
      place: c.found_place,
    };
  return out;
}
