// Check digits of identity documents, where their issuers define one. Viet Nam's CCCD, Malaysia's
// MyKad, Indonesia's NIK, the Philippine PSN, Cambodian, Lao and Myanmar national ids have no public
// check digit: their numbers are compared as written.

/** ICAO 9303 part 3 check digit: weights 7, 3, 1; A–Z count 10–35 and the filler "<" 0. */
export function icaoCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const char = field[i] ?? "<";
    const code = char.charCodeAt(0);
    const value = /\d/.test(char) ? code - 48 : /[A-Z]/.test(char) ? code - 55 : 0;
    sum += value * (weights[i % 3] ?? 0);
  }
  return sum % 10;
}

/** True when the field's last character is its ICAO 9303 check digit. */
export function hasValidIcaoCheck(fieldWithCheck: string): boolean {
  const check = fieldWithCheck.slice(-1);
  return /\d/.test(check) && icaoCheckDigit(fieldWithCheck.slice(0, -1)) === Number(check);
}

/**
 * Thai 13-digit identification number (Thai citizens, and the same scheme on non-Thai "pink" and
 * migrant cards): digit 13 = (11 − Σ dᵢ·(14 − i) mod 11) mod 10 over digits 1–12. The third
 * digit's weight is 11, so a typo there passes: the check catches most typos, not all.
 */
export function isValidThaiId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

// Singapore NRIC/FIN: weights 2,7,6,5,4,3,2 over the seven digits, +4 for the T and G series, the
// remainder mod 11 indexing a letter table per series. The 2022 M series uses a different,
// unpublished offset, so M numbers are accepted unchecked.
const nricLetters: Readonly<Record<string, string>> = {
  S: "JZIHGFEDCBA",
  T: "JZIHGFEDCBA",
  F: "XWUTRQPNMLK",
  G: "XWUTRQPNMLK",
};

/** True for a Singapore NRIC or FIN whose last letter matches; M-series and others: not checked. */
export function isValidSingaporeId(id: string): boolean | undefined {
  const match = /^([STFGM])(\d{7})([A-Z])$/.exec(id);
  if (match === null) return false;
  const [, series = "", digits = "", letter] = match;
  const table = nricLetters[series];
  if (table === undefined) return undefined;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = series === "T" || series === "G" ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return table[sum % 11] === letter;
}
