/** Metrics as read on screen: hours with one decimal, shares as whole percentages, "—" for none. */
export function metricFormatters(locale: string) {
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    hours: (value: number | null) => (value === null ? "—" : hours.format(value)),
    share: (value: number | null) => (value === null ? "—" : share.format(value)),
  };
}

/** The UTC day `YYYY-MM-DD` as the start of that day; `to` days are taken as inclusive. */
export function periodOf(fromDay: string, toDay: string): { from: string; to: string } | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(fromDay) || !day.test(toDay)) return null;
  const from = new Date(`${fromDay}T00:00:00.000Z`);
  const to = new Date(`${toDay}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return null;
  // The server counts notices sent in [from, to): the day picked as "to" is included.
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}
