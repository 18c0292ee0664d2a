// Phone numbers to E.164, the one form every agency's record can agree on. The full ("max")
// metadata validates against each country's allocated ranges, not only lengths: a typo that lands
// outside every range is marked instead of silently linking to a stranger's number. The costs are
// about 75 kB more metadata in the browser than the default set, and numbers in ranges allocated
// after the installed metadata; both are accepted, and the package is updated with the metadata.
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** Options a phone number needs: the region of a number written without +. */
export interface PhoneOptions {
  defaultCountry?: string | undefined;
  /** Platform the number came through (whatsapp, zalo, telegram), kept as detail only. */
  platform?: string | undefined;
}

// Short numbers (hotlines such as Thailand's 1300 or Viet Nam's 111) are not E.164 numbers and
// are never a person's phone.
const SHORT_NUMBER_DIGITS = 6;

/** Canonicalises a phone number to E.164; never throws. */
export function canonicalisePhone(
  entered: string,
  cleaned: string,
  options: PhoneOptions = {},
): CanonicalSelector {
  const text = cleaned.replace(/^tel:/i, "").trim();
  const digits = text.replace(/\D/g, "");
  const detail = { platform: options.platform };
  if (digits.length === 0) {
    return rejectSelector("phone", entered, "unparseable", null, detail);
  }
  if (digits.length <= SHORT_NUMBER_DIGITS && !text.startsWith("+")) {
    return rejectSelector("phone", entered, "short_number", null, detail);
  }
  const country = supportedCountry(options.defaultCountry);
  if (!text.startsWith("+") && country === undefined) {
    return rejectSelector("phone", entered, "no_country", null, detail);
  }
  // libphonenumber reads a number out of surrounding words ("081 234 5678 (mother)").
  const parsed = parsePhoneNumberFromString(text, country);
  if (parsed === undefined) {
    return rejectSelector("phone", entered, "unparseable", null, detail);
  }
  const withRegion = { ...detail, country: parsed.country };
  if (!parsed.isValid()) {
    return rejectSelector("phone", entered, "invalid_number", parsed.number, withRegion);
  }
  return acceptSelector("phone", entered, parsed.number, withRegion);
}

/** The ISO alpha-2 code upper-cased when libphonenumber knows it, else undefined. */
export function supportedCountry(country: string | undefined): CountryCode | undefined {
  if (country === undefined) return undefined;
  const upper = country.trim().toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}
