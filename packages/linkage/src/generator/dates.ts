/*
 * Calendar arithmetic on day numbers (days since 1970-01-01) without Date, which packages may not
 * use: the clock comes in as a YYYY-MM-DD string. Algorithms from Howard Hinnant's "chrono-compatible
 * low-level date algorithms" (proleptic Gregorian calendar).
 */

/** The day number of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and day of a day number. */
export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Parses YYYY-MM-DD into a day number; throws on anything else, since `today` is programmer input. */
export function parseIsoDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`expected a YYYY-MM-DD date, got "${text}"`);
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats year, month, day as YYYY-MM-DD without checking that the date exists. */
export function formatYmd(year: number, month: number, day: number): string {
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Formats a day number as YYYY-MM-DD. */
export function formatIsoDay(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return formatYmd(y, m, d);
}

/** Completed years between a birth day and a later day. */
export function ageOn(birth: number, on: number): number {
  const [by, bm, bd] = civilFromDays(birth);
  const [y, m, d] = civilFromDays(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
