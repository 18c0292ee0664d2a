import type { PersonRecord } from "@sahabat/linkage";

/** The fields of a person the matching reads, as stored or as typed into a registration form. */
export type MatchFields = {
  givenName: string;
  familyName: string | null;
  givenNameLatin: string | null;
  familyNameLatin: string | null;
  nameOrder: string;
  otherNames: readonly string[];
  sex: string;
  dateOfBirth: string | null;
  estimatedAgeYears: number | null;
  /** The date the estimate was made (so the implied birth years stay put as time passes). */
  ageEstimatedOn: string | null;
  ageBasis: string;
  nationality: string | null;
  documents: readonly string[];
};

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** True when the text has a letter outside the Latin script (Khmer, Thai, Lao, Burmese, …). */
function hasNonLatinLetter(text: string): boolean {
  for (const ch of text) {
    // ASCII holds no letter outside the Latin script: skip the two regular expressions, which
    // every candidate of a duplicate check ran on every character of her name.
    if (ch.charCodeAt(0) < 0x80) continue;
    if (LETTER.test(ch) && !LATIN_LETTER.test(ch)) return true;
  }
  return false;
}

// Ages estimated by an assessment or presumed are ranges, not points; a declared or documented
// date of birth is taken as written.
const ESTIMATED_BASES = new Set(["assessed", "presumed_minor", "unknown"]);

/**
 * The names as the engine reads them. Without a Latin-script version, the parts go in as written
 * (the engine romanises Khmer, Thai, Lao and Burmese itself). With one, the Latin parts are the
 * given and family names and the own-script name is the native form, given name first: the
 * order the engine uses when it builds the native form from parts, so both ways of registering
 * the same child give the same native form.
 */
function namesOf(f: MatchFields): Pick<PersonRecord, "given" | "family" | "native" | "other"> {
  const other = f.otherNames.join(" ") || undefined;
  const own = [f.givenName, f.familyName ?? ""].join(" ").trim();
  if (!hasNonLatinLetter(own) || (f.givenNameLatin === null && f.familyNameLatin === null))
    return { given: f.givenName, family: f.familyName ?? undefined, other };
  return {
    given: f.givenNameLatin ?? undefined,
    family: f.familyNameLatin ?? undefined,
    native: own,
    other,
  };
}

/** The engine's view of a person, as stored or as typed into a registration form. */
export function toPersonRecord(id: string, f: MatchFields): PersonRecord {
  return {
    id,
    ...namesOf(f),
    sex: f.sex === "female" || f.sex === "male" ? f.sex : undefined,
    dob: f.dateOfBirth ?? undefined,
    age: f.dateOfBirth ? undefined : (f.estimatedAgeYears ?? undefined),
    ageEstimated: f.dateOfBirth ? ESTIMATED_BASES.has(f.ageBasis) : f.estimatedAgeYears !== null,
    recordedOn: f.ageEstimatedOn ?? undefined,
    nationality: f.nationality?.trim() || undefined,
    documents: f.documents.length ? [...f.documents] : undefined,
  };
}
