import { type RawBuilder, sql } from "kysely";

/*
 * The time in a keyset cursor, at the database's own precision. PostgreSQL keeps microseconds and
 * a JavaScript Date milliseconds: a cursor made from the Date of the last row shown skipped the
 * rows that follow it within the same millisecond (two registrations in one millisecond, under
 * load), as compared with the truncated time they are neither before it nor equal to it. So the
 * cursor carries the column as the database prints it, in UTC with six decimals, and the next
 * page reads it back as a timestamptz, exactly.
 */

/** The column as a cursor time: `2026-11-29T03:04:05.123456Z`. */
export function cursorTimeOf(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Whether a cursor part is a time this module printed (a stale or forged one is not). */
export function isCursorTime(s: string | undefined): s is string {
  return s !== undefined && CURSOR_TIME.test(s) && !Number.isNaN(Date.parse(s));
}

/** A cursor time as a timestamptz value to compare the column with. */
export function cursorTimestamp(time: string): RawBuilder<Date> {
  return sql<Date>`cast(${time} as timestamptz)`;
}
