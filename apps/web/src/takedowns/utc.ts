/**
 * A time as `2026-11-28 09:15:42 UTC`. Takedown steps are shown in UTC, not local time: the
 * platforms, the deadlines and the legal records all speak UTC.
 */
export function utc(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
