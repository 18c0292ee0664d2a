import type { TFunction } from "i18next";
import { formatByteSize } from "../online-harm/read-file.ts";

/** One detail of a custody event as shown: a translated label (none for a bare code) and value. */
export type CustodyDetailPart = { key: string; label?: string; value: string };

type Value = string | number | boolean;

// The details the server writes into custody events (apps/server/src/evidence: retain,
// thumbnail): sizes in bytes, the data-key version, the integrity result, and codes of why a
// request was refused or a check failed.
const sizeKeys = new Set(["byteSize", "thumbnailBytes"]);
const codeKeys = new Set(["why", "cause", "failure"]);
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatUtcDateTime(iso: string, locale: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Custody is kept in UTC; the long time style names the zone, so nobody reads it as local.
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "long",
    timeZone: "UTC",
  }).format(date);
}

function partOf(key: string, value: Value, t: TFunction<"evidence">, locale: string) {
  if (codeKeys.has(key))
    return { key, value: t(`why.${String(value)}`, { defaultValue: String(value) }) };
  if (sizeKeys.has(key) && typeof value === "number" && Number.isFinite(value))
    return { key, label: t(`detail.${key as "byteSize"}`), value: formatByteSize(value, locale) };
  if (key === "keyVersion" && typeof value === "number")
    return {
      key,
      label: t("detail.keyVersion"),
      value: new Intl.NumberFormat(locale).format(value),
    };
  if (key === "integrity" && value === "verified")
    return { key, value: t("detail.integrityVerified") };
  const shown =
    typeof value === "string" && isoDateTime.test(value)
      ? (formatUtcDateTime(value, locale) ?? value)
      : typeof value === "number"
        ? new Intl.NumberFormat(locale).format(value)
        : String(value);
  // A key this screen does not know yet: shown as the server named it, as plain text.
  return { key, label: key, value: shown };
}

/**
 * A custody event's details in the reader's language: known keys with translated labels and
 * formatted values (sizes in kB/MB, dates with UTC noted), unknown keys as `key: value` text.
 */
export function custodyDetailParts(
  details: Record<string, Value>,
  t: TFunction<"evidence">,
  locale: string,
): CustodyDetailPart[] {
  return Object.entries(details).map(([key, value]) => partOf(key, value, t, locale));
}
