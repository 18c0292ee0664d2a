// Derives, once per record, every key the comparisons and blocking rules read, so that scoring a
// pair is table look-ups and a few string metrics (the benchmark scores millions of pairs).

import {
  aliasKeys,
  isAliasGroupKey,
  isAmbiguousParticle,
  latinKey,
  looseToken,
  normaliseName,
  phoneticCodes,
  vowelKey,
  vowelKeyToken,
} from "../names/index.ts";
import type { NormalisedName } from "../names/types.ts";
import type { PersonRecord } from "../record.ts";
import { readWrittenDate, type WrittenDate } from "./calendar.ts";
import { selectorKeys } from "./selector-keys.ts";

export interface PreparedRecord {
  /** Position in the input (for link mode, in the combined list). */
  index: number;
  id: string;
  name: NormalisedName;
  /** Given name key for comparison: the given name, or the whole name when no part was recorded. */
  givenKey: string;
  /** Family name key, or the father's name of a patronymic name; "" when neither was recorded. */
  familyKey: string;
  givenTokens: readonly string[];
  /** Alias-group keys of each given word ([] for a word in no group), in the order of givenTokens. */
  givenAliases: readonly (readonly string[])[];
  /** Loose keys (romanisation variants folded) of the given and family keys, word by word. */
  givenLoose: string;
  familyLoose: string;
  givenLooseTokens: readonly string[];
  /** Vowel keys (names/vowel-key.ts) of the given and family names, and of the whole name's words sorted. */
  givenVowels: string;
  familyVowels: string;
  nameVowels: string;
  /** Primary phonetic codes of every given word, joined: "Thi Ha" and "Thu Linh" differ here. */
  givenPhonetic: string;
  sex: "f" | "m" | null;
  dob: WrittenDate | null;
  /** True when the date of birth reads 1 January, the usual default when only the year is known. */
  dobJan1: boolean;
  /** Inclusive range of plausible birth years (from the date, or from an age), or null. */
  birthYears: { min: number; max: number } | null;
  /** Most likely birth moment in fractional years (from the date, or the middle of an age's range), or null. */
  birthCentre: number | null;
  estimated: boolean;
  nationality: string | null;
  phones: readonly string[];
  documents: readonly string[];
  address: string | null;
  addressTokens: readonly string[];
  locality: string | null;
  postcode: string | null;
  region: string | null;
  /**
   * The record read as Burmese, when it has no nationality and its name starts with Ma, Maung, Ko
   * or another Burmese title that is also a name syllable elsewhere (the normaliser keeps those
   * without a country: Ma is a Vietnamese family name). The name comparisons use it against a
   * Burmese record, so "Ma Win Pyu Lwen" meets ဝင်းဖြူလွင်; null otherwise.
   */
  asBurmese: PreparedRecord | null;
}

export interface PrepareOptions {
  /** Today's date (YYYY-MM-DD): places ages recorded without a date. */
  today: string;
  /** Country assumed for phone numbers written without +, when the record has no nationality. */
  defaultCountry?: string | undefined;
}

const FEMALE = new Set([
  "f",
  "female",
  "girl",
  "woman",
  "w",
  "p",
  "perempuan",
  "nu",
  "nữ",
  "ញ",
  "หญิง",
]);
const MALE = new Set(["m", "male", "boy", "man", "l", "laki-laki", "nam", "ชาย", "ប"]);

function readSex(value: string | undefined): "f" | "m" | null {
  if (value === undefined) return null;
  const key = value.trim().toLowerCase();
  if (FEMALE.has(key)) return "f";
  if (MALE.has(key)) return "m";
  return null;
}

function keyOrNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  const key = latinKey(value);
  return key === "" ? null : key;
}

function yearOf(date: string | undefined): number | null {
  const parsed = readWrittenDate(date);
  return parsed ? parsed.year : null;
}

/** Half-width, in years, of the birth-year range an estimated age or date implies. */
const ESTIMATE_SPREAD = 2;

function birthYears(
  record: PersonRecord,
  dob: WrittenDate | null,
  today: string,
): { min: number; max: number } | null {
  if (dob) {
    const spread = record.ageEstimated ? ESTIMATE_SPREAD : 0;
    return { min: dob.year - spread, max: dob.year + spread };
  }
  if (record.age === undefined || !Number.isFinite(record.age)) return null;
  const at = yearOf(record.recordedOn) ?? yearOf(today);
  if (at === null) return null;
  // Someone aged n on a day of year Y was born in Y-n-1 or Y-n.
  const spread = record.ageEstimated ? ESTIMATE_SPREAD : 0;
  const age = Math.floor(record.age);
  return { min: at - age - 1 - spread, max: at - age + spread };
}

const DAYS_PER_YEAR = 365.2425;

/** Fractional year of a day number (days since 1970-01-01). */
function fractionalYear(dayNumber: number): number {
  return 1970 + dayNumber / DAYS_PER_YEAR;
}

function birthCentre(record: PersonRecord, dob: WrittenDate | null, today: string): number | null {
  if (dob) {
    // A default-filled 1 January or an impossible date says only the year.
    if (dob.dayNumber === null || (dob.month === 1 && dob.day === 1)) return dob.year + 0.5;
    return fractionalYear(dob.dayNumber);
  }
  if (record.age === undefined || !Number.isFinite(record.age)) return null;
  const at = readWrittenDate(record.recordedOn) ?? readWrittenDate(today);
  if (!at) return null;
  const atYear = at.dayNumber === null ? at.year + 0.5 : fractionalYear(at.dayNumber);
  // Someone aged n was born between n + 1 and n years before: the middle is n + 0.5.
  return atYear - Math.floor(record.age) - 0.5;
}

/**
 * A given name without a trailing initial: the Filipino middle initial written after the given
 * name ("Rhea T."), which other records leave out or put in a field of its own.
 */
function withoutTrailingInitials(key: string): string {
  const words = key.split(" ");
  while (words.length > 1 && (words[words.length - 1] as string).length === 1) words.pop();
  return words.join(" ");
}

function looseWords(key: string): string[] {
  return key === "" ? [] : key.split(" ").map(looseToken);
}

export function prepareRecord(
  record: PersonRecord,
  index: number,
  options: PrepareOptions,
): PreparedRecord {
  const nationality = record.nationality?.trim().toUpperCase() || null;
  const name = normaliseName({
    given: record.given,
    family: record.family,
    other: record.other,
    native: record.native,
    country: nationality ?? undefined,
  });
  const dob = readWrittenDate(record.dob);
  // A placeholder given name ("Infant bin Hafiz Adam") leaves a father's name, not a given name.
  const partsRecorded = name.given !== "" || name.family !== "" || name.patronymic !== "";
  const givenKey = withoutTrailingInitials(
    name.missing ? "" : partsRecorded ? name.given : name.full,
  );
  const country = nationality ?? options.defaultCountry;
  const address = keyOrNull(record.address);
  const givenTokens = givenKey === "" ? [] : givenKey.split(" ");
  const givenLooseTokens = looseWords(givenKey);
  // A Malay father's name (bin/binti) is no surname, but siblings share it and a child keeps it on
  // every record, so it is compared where a family name would be.
  const familyKey = name.missing ? "" : name.family || name.patronymic;
  const familyLooseTokens = looseWords(familyKey);
  const firstWord = givenTokens[0];
  const asBurmese =
    nationality === null &&
    options.defaultCountry !== "MM" &&
    givenTokens.length >= 2 &&
    firstWord !== undefined &&
    isAmbiguousParticle(firstWord)
      ? prepareRecord({ ...record, nationality: "MM" }, index, options)
      : null;
  return {
    index,
    id: record.id,
    name,
    givenKey,
    familyKey,
    givenTokens,
    givenAliases: givenTokens.map((t) =>
      aliasKeys(t, nationality ?? undefined).filter(isAliasGroupKey),
    ),
    givenLoose: givenLooseTokens.join(" "),
    familyLoose: familyLooseTokens.join(" "),
    givenLooseTokens,
    givenVowels: vowelKey(givenLooseTokens),
    familyVowels: vowelKey(familyLooseTokens),
    nameVowels: name.missing ? "" : name.looseTokens.map(vowelKeyToken).sort().join(" "),
    givenPhonetic: givenTokens.map((t) => phoneticCodes(t)[0]).join(" "),
    sex: readSex(record.sex),
    dob,
    dobJan1: dob !== null && dob.month === 1 && dob.day === 1,
    birthYears: birthYears(record, dob, options.today),
    birthCentre: birthCentre(record, dob, options.today),
    estimated: record.ageEstimated === true,
    nationality,
    phones: selectorKeys("phone", record.phones, country),
    documents: selectorKeys("document", record.documents, country),
    address,
    addressTokens: address === null ? [] : address.split(" "),
    locality: keyOrNull(record.locality),
    postcode: record.postcode?.replace(/\s+/g, "").toUpperCase() || null,
    region: keyOrNull(record.region),
    asBurmese,
  };
}

export function prepareRecords(
  records: readonly PersonRecord[],
  options: PrepareOptions,
): PreparedRecord[] {
  return records.map((record, index) => prepareRecord(record, index, options));
}
