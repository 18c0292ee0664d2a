import { type NationalProfile, nationalProfiles } from "../profiles.ts";
import type { Answers, Instrument, Question } from "./types.ts";

/** One refused field: `answers.<questionId>`, `age`, `dateOfBirth`, `today` or `profile`. */
export type AnswerError = { field: string; message: string };

/** What is known about the person's age, and the national profile to compare with. */
export type ScreeningPerson = {
  /** Age in whole years, or null when unknown (then presumed a child). */
  age: number | null;
  ageEstimated: boolean;
  ageDisputed: boolean;
  /** YYYY-MM-DD, when known. Needs `today`. */
  dateOfBirth?: string | null;
  /** The caller's date (YYYY-MM-DD): packages take the clock as an argument. */
  today?: string | null;
  /** A national profile code (`TH`, `VN`…) or null. */
  profile?: string | null;
};

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysIn = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30];
  const days = [...daysIn, 31, 31, 30, 31, 30, 31][mo - 1];
  return mo >= 1 && mo <= 12 && d >= 1 && days !== undefined && d <= days;
}

/** Whole years between two valid YYYY-MM-DD dates. */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function checkAnswer(q: Question, value: unknown): string | null {
  switch (q.type) {
    case "yes_no_unknown":
      return value === "yes" || value === "no" || value === "unknown"
        ? null
        : 'Expected "yes", "no" or "unknown"';
    case "choice": {
      const codes = (q.options ?? []).map((o) => o.code);
      return typeof value === "string" && codes.includes(value)
        ? null
        : `Expected one of: ${codes.join(", ")}`;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "Expected a number";
      if (q.min !== undefined && value < q.min) return `At least ${q.min}`;
      if (q.max !== undefined && value > q.max) return `At most ${q.max}`;
      return null;
    case "text":
      if (typeof value !== "string") return "Expected text";
      return value.length > (q.maxLength ?? 500)
        ? `At most ${q.maxLength ?? 500} characters`
        : null;
    case "date":
      return typeof value === "string" && isValidDate(value)
        ? null
        : "Expected a date (YYYY-MM-DD)";
  }
}

/** Checks the answers against the instrument: unknown question ids and wrong types. */
export function validateAnswers(instrument: Instrument, answers: unknown): AnswerError[] {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers))
    return [{ field: "answers", message: "Expected an object of question id → answer" }];
  const byId = new Map(instrument.questions.map((q) => [q.id, q]));
  const errors: AnswerError[] = [];
  for (const [id, value] of Object.entries(answers as Answers)) {
    const q = byId.get(id);
    if (!q) {
      errors.push({
        field: `answers.${id}`,
        message: `No question "${id}" in instrument ${instrument.version}`,
      });
      continue;
    }
    const problem = checkAnswer(q, value);
    if (problem) errors.push({ field: `answers.${id}`, message: problem });
  }
  return errors;
}

/**
 * Checks the person's age facts and profile. A date of birth that contradicts an exact stated
 * age is refused (an estimated age may be a year off); the person's age is then the one the
 * date of birth gives.
 */
export function validatePerson(person: ScreeningPerson): {
  errors: AnswerError[];
  age: number | null;
  profile: NationalProfile | null;
} {
  const errors: AnswerError[] = [];
  let age = person.age;
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > 130))
    errors.push({ field: "age", message: "Expected whole years from 0 to 130, or null" });
  if (person.today && !isValidDate(person.today))
    errors.push({ field: "today", message: "Expected a date (YYYY-MM-DD)" });
  const dob = person.dateOfBirth;
  if (dob) {
    if (!isValidDate(dob))
      errors.push({ field: "dateOfBirth", message: "Expected a date (YYYY-MM-DD)" });
    else if (!person.today)
      errors.push({ field: "today", message: "Needed to check the date of birth" });
    else if (isValidDate(person.today)) {
      const years = wholeYearsBetween(dob, person.today);
      if (years < 0)
        errors.push({ field: "dateOfBirth", message: "The date of birth is in the future" });
      else if (age !== null && Math.abs(years - age) > (person.ageEstimated ? 1 : 0))
        errors.push({
          field: "age",
          message: `The stated age ${age} contradicts the date of birth (${years} on ${person.today})`,
        });
      else age = years;
    }
  }
  let profile: NationalProfile | null = null;
  if (person.profile) {
    profile = Object.hasOwn(nationalProfiles, person.profile)
      ? (nationalProfiles[person.profile] ?? null)
      : null;
    if (!profile)
      errors.push({
        field: "profile",
        message: `No national profile "${person.profile}" (have ${Object.keys(nationalProfiles).join(", ")})`,
      });
  }
  return { errors, age, profile };
}
