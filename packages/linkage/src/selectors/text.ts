// Clean-up shared by every kind, before any parsing. Selectors arrive copied from chat apps,
// screenshots read aloud and forms in six scripts: zero-width spaces and direction marks ride along
// with pasted handles, full-width digits come from CJK keyboards, and Thai, Lao, Khmer and Burmese
// users write phone numbers in their own digits.

/** Longer values are refused unread: no real selector comes near this (an MRZ is 88 characters). */
export const MAX_SELECTOR_LENGTH = 512;

// Zero code point of each decimal digit block seen in the region that NFKC leaves alone (NFKC
// already folds full-width and mathematical digits).
const digitZeros = [
  0x0660, // Arabic-Indic (Jawi in Malaysia and Brunei)
  0x06f0, // Extended Arabic-Indic
  0x0966, // Devanagari
  0x0e50, // Thai
  0x0ed0, // Lao
  0x1040, // Myanmar
  0x1090, // Myanmar Shan
  0x17e0, // Khmer
];

const nativeDigit =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u1090-\u1099\u17e0-\u17e9]/g;

// Format characters (zero-width space, BOM, direction marks) vanish, so a handle pasted with one
// stays whole; lone surrogates go too (a well-formed pair is one code point under the u flag, so
// only lone halves match \p{Cs}). Controls (tabs, newlines, NUL) separate like spaces.
const invisible = /[\p{Cf}\p{Cs}]/gu;
const control = /\p{Cc}/gu;

/** Folds the value to one plain form: invisible characters out, NFKC, ASCII digits, single spaces. */
export function cleanSelectorText(value: string): string {
  return value
    .replace(invisible, "")
    .replace(control, " ")
    .normalize("NFKC")
    .replace(nativeDigit, toAsciiDigit)
    .replace(/\s+/gu, " ")
    .trim();
}

function toAsciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  for (const zero of digitZeros) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return digit;
}

/** True when the value is too long to be read as a selector at all. */
export function isOverlong(value: string): boolean {
  return value.length > MAX_SELECTOR_LENGTH;
}
