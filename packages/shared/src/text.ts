import { z } from "zod";

/**
 * A single line of human text: trimmed, no control characters, bounded.
 * Any script is allowed (Thai, Khmer, Burmese, Vietnamese diacritics…).
 */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .min(1, "Required")
    .max(max, `At most ${max} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), "Control characters are not allowed");
}

/** A multi-line free-text field: newlines and tabs allowed, other control characters not. */
export function freeText(max: number) {
  return z
    .string()
    .max(max, `At most ${max} characters`)
    .refine((s) => !/[^\P{Cc}\t\n\r]/u.test(s), "Control characters are not allowed");
}

/** An e-mail address used as a sign-in name, folded to lower case. */
export const Email = z
  .string()
  .trim()
  .max(254, "At most 254 characters")
  .pipe(z.email("Not a valid e-mail address"))
  .transform((s) => s.toLowerCase());

/** Password rules (ASVS 2.1): 12 to 128 characters, any characters. */
export const NewPassword = z
  .string()
  .min(12, "At least 12 characters")
  .max(128, "At most 128 characters");

/** A six-digit one-time code from an authenticator app. */
export const OneTimeCode = z.string().regex(/^\d{6}$/, "Six digits");

/** An identifier of a record. */
export const Id = z.uuid("Not a valid identifier");

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "Two capital letters (ISO 3166-1)");

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD")
  .refine(isRealDate, "Not a real date");

/** Whether YYYY-MM-DD names a day of the Gregorian calendar (computed, not read from a clock). */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || y < 1900) return false;
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}
