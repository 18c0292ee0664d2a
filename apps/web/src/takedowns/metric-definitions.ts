import type { TFunction } from "i18next";

/**
 * The server's keys of its metric definitions (`metricDefinitions` in
 * apps/server/src/takedowns/metrics.ts), each worded here in the interface language. A key the
 * web does not know yet is shown with the server's English rather than hidden.
 */
export const metricDefinitionKeys = [
  "noticesSent",
  "hoursToRemoval",
  "shareRemovedWithin",
  "shareStillUpAfterDays",
  "remindersSent",
  "reuploadRate",
  "nonResponseRate",
  "hoursToPoliceReferral",
] as const;
export type MetricDefinitionKey = (typeof metricDefinitionKeys)[number];

const isKnown = (key: string): key is MetricDefinitionKey =>
  (metricDefinitionKeys as readonly string[]).includes(key);

/** The definition a table column answers to (the server defines some figures together). */
export function definitionKeyOfColumn(column: string): string {
  if (column === "medianHoursToRemoval" || column === "p90HoursToRemoval") return "hoursToRemoval";
  if (column.startsWith("shareRemovedWithin")) return "shareRemovedWithin";
  if (column === "medianHoursToPoliceReferral") return "hoursToPoliceReferral";
  return column;
}

/** One definition in the interface language; `days` is the "still up after" period chosen. */
export function metricDefinitionText(
  t: TFunction<"takedowns">,
  key: string,
  serverText: string,
  days: number,
): string {
  return isKnown(key) ? t(`metrics.definition.${key}`, { days }) : serverText;
}
