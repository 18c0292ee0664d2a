import type { PersonRecord } from "../record.ts";
import { ageOn, civilFromDays, formatIsoDay, formatYmd } from "./dates.ts";
import { formatDocument, formatPhone } from "./identifiers.ts";
import type { Random } from "./random.ts";
import { renderName } from "./render-name.ts";
import { type GeneratedRecord, nationalityOf, type TruePerson } from "./types.ts";

/*
 * One agency's record of a true person: the name as that agency wrote it, a date of birth that
 * may be estimated, default-filled or mistyped, and the identifiers it happened to collect.
 */

/** Where the person's records stand while they are written one after another. */
export interface RecordContext {
  rng: Random;
  person: TruePerson;
  today: number;
  id: string;
  isPlaceholder: boolean;
  /** The previous record's script, to tag records whose script switched. */
  previousScript: "native" | "latin" | "both" | undefined;
}

const SIX_YEARS = 6 * 365;

/** The day the agency registered the person: near birth for a placeholder, else recent years. */
function drawRecordedOn(
  rng: Random,
  person: TruePerson,
  today: number,
  isPlaceholder: boolean,
): number {
  if (isPlaceholder) return Math.min(today, person.birth + rng.int(60));
  const earliest = Math.max(person.birth + 30, today - SIX_YEARS);
  return earliest + rng.int(Math.max(1, today - earliest + 1));
}

/** Writes one record and its truth. */
export function renderRecord(ctx: RecordContext): GeneratedRecord {
  const { rng, person } = ctx;
  const tags: string[] = [];
  const recordedOn = drawRecordedOn(rng, person, ctx.today, ctx.isPlaceholder);
  const age = Math.max(0, ageOn(person.birth, recordedOn));
  const name = renderName({ rng, person, age, isPlaceholder: ctx.isPlaceholder, tags });
  if (ctx.previousScript !== undefined && isSwitched(ctx.previousScript, name.script)) {
    tags.push("script-switched");
  }
  const record: PersonRecord = {
    id: ctx.id,
    given: name.given,
    family: name.family,
    other: name.other,
    native: name.native,
    sex: writeSex(rng, person.sex, tags),
    dob: undefined,
    age: undefined,
    ageEstimated: undefined,
    recordedOn: formatIsoDay(recordedOn),
    nationality: rng.chance(0.1)
      ? missing(tags, "missing-nationality")
      : nationalityOf[person.group],
    phones: writePhones(rng, person),
    documents: writeDocuments(rng, person),
  };
  writeBirth(rng, record, person.birth, age, ctx.isPlaceholder, tags);
  ctx.previousScript = name.script;
  return {
    record,
    entity: person.entity,
    group: person.group,
    corruptions: tags,
    household: person.household,
    kin: person.kin,
  };
}

function isSwitched(previous: string, current: string): boolean {
  return (
    (previous === "native" && current === "latin") || (previous === "latin" && current === "native")
  );
}

function missing(tags: string[], tag: string): undefined {
  tags.push(tag);
  return undefined;
}

const femaleForms = ["f", "f", "F", "female", "Female"];
const maleForms = ["m", "m", "M", "male", "Male"];

function writeSex(rng: Random, sex: "f" | "m", tags: string[]): string | undefined {
  if (rng.chance(0.05)) return missing(tags, "missing-sex");
  return rng.pick(sex === "f" ? femaleForms : maleForms);
}

function writePhones(rng: Random, person: TruePerson): string[] | undefined {
  if (person.phone === undefined || !rng.chance(0.55)) return undefined;
  return [formatPhone(rng, person.group, person.phone)];
}

function writeDocuments(rng: Random, person: TruePerson): string[] | undefined {
  if (person.document === undefined || !rng.chance(0.5)) return undefined;
  return [formatDocument(rng, person.group, person.document)];
}

/**
 * The date of birth as written: exact, an estimated age on the recording day, 1 January filled in
 * for an unknown day, day and month swapped (kept even when impossible, as entered), one digit
 * mistyped, or nothing.
 */
function writeBirth(
  rng: Random,
  record: PersonRecord,
  birth: number,
  age: number,
  isPlaceholder: boolean,
  tags: string[],
): void {
  const [y, m, d] = civilFromDays(birth);
  const r = isPlaceholder ? 0 : rng.next();
  if (r < 0.6) {
    record.dob = formatYmd(y, m, d);
  } else if (r < 0.82) {
    const e = rng.next();
    const error = e < 0.45 ? 0 : e < 0.85 ? (rng.chance(0.5) ? 1 : -1) : rng.chance(0.5) ? 2 : -2;
    record.age = Math.max(0, age + error);
    record.ageEstimated = true;
    tags.push("age-estimated");
  } else if (r < 0.87) {
    record.dob = formatYmd(y + (rng.chance(0.7) ? 0 : rng.chance(0.5) ? 1 : -1), 1, 1);
    if (rng.chance(0.5)) record.ageEstimated = true;
    tags.push("dob-january-first");
  } else if (r < 0.91 && d !== m) {
    record.dob = formatYmd(y, d, m);
    tags.push("dob-day-month-swapped");
  } else if (r < 0.95) {
    record.dob = mistypeDate(rng, formatYmd(y, m, d));
    tags.push("dob-typo");
  } else if (r < 0.97) {
    record.dob = formatYmd(y, m, d);
  } else {
    tags.push("missing-dob");
  }
}

/** One digit of the year's last two, the month or the day replaced by another digit. */
function mistypeDate(rng: Random, iso: string): string {
  const positions = [2, 3, 5, 6, 8, 9];
  const at = rng.pick(positions);
  const current = Number(iso[at]);
  const digit = (current + 1 + rng.int(9)) % 10;
  return iso.slice(0, at) + String(digit) + iso.slice(at + 1);
}
