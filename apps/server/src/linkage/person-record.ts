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
  for (const ch of text) if (LETTER.test(ch) && !LATIN_LETTER.test(ch)) return true;
  return false;
}

/** The name as written in its own order, e.g. a Khmer family name first. */
function ownOrder(f: MatchFields): string {
  if (!f.familyName) return f.givenName;
  return f.nameOrder === "family_first"
    ? `${f.familyName} ${f.givenName}`
    : `${f.givenName} ${f.familyName}`;
}

// Ages estimated by an assessment or presumed are ranges, not points; a declared or documented
// date of birth is taken as written.
const ESTIMATED_BASES = new Set(["assessed", "presumed_minor", "unknown"]);

/**
 * The engine's view of a person. The engine expects Latin-script given and family names and the
 * whole name in its own script apart: a name typed only in Khmer goes to `native` (the engine
 * romanises it), a Latin-script name (Vietnamese included) to given and family.
 */
export function toPersonRecord(id: string, f: MatchFields): PersonRecord {
  const isNative = hasNonLatinLetter(`${f.givenName} ${f.familyName ?? ""}`);
  const latinOr = (latin: string | null, own: string | null) =>
    latin ?? (own !== null && !isNative ? own : null) ?? undefined;
  const other = f.otherNames.filter((n) => !hasNonLatinLetter(n)).join(" ");
  return {
    id,
    given: latinOr(f.givenNameLatin, f.givenName),
    family: latinOr(f.familyNameLatin, f.familyName),
    other: other || undefined,
    native: isNative ? ownOrder(f) : undefined,
    sex: f.sex === "female" || f.sex === "male" ? f.sex : undefined,
    dob: f.dateOfBirth ?? undefined,
    age: f.dateOfBirth ? undefined : (f.estimatedAgeYears ?? undefined),
    ageEstimated: f.dateOfBirth ? ESTIMATED_BASES.has(f.ageBasis) : f.estimatedAgeYears !== null,
    recordedOn: f.ageEstimatedOn ?? undefined,
    nationality: f.nationality?.trim() || undefined,
    documents: f.documents.length ? [...f.documents] : undefined,
  };
}
