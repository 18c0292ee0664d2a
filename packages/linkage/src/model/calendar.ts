// Calendar arithmetic on written dates. Packages may not use Date (they take the clock as an
// argument), and dates of birth may be impossible as written (31 February), so this works on
// the digits: a day number when the date exists, and the digits kept for edit-distance levels.

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  return day <= max;
}

export interface WrittenDate {
  /** The eight digits YYYYMMDD as written (may be an impossible date). */
  digits: string;
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01, or null when the date does not exist. */
  dayNumber: number | null;
}

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

/** Reads YYYY-MM-DD or YYYYMMDD; null for anything else (the caller maps other formats first). */
export function readWrittenDate(text: string | undefined): WrittenDate | null {
  if (text === undefined) return null;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return {
    digits: `${match[1]}${match[2]}${match[3]}`,
    year,
    month,
    day,
    dayNumber: isRealDate(year, month, day) ? daysFromCivil(year, month, day) : null,
  };
}
