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
