import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Dates, countries, languages and lists in the interface language, through the browser's Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    // A calendar day (YYYY-MM-DD) has no time zone: formatting it at UTC keeps it the same day.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const regions = new Intl.DisplayNames([locale, "en"], { type: "region", fallback: "none" });
    const languages = new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "none" });
    const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      /** A calendar day such as a date of birth or a due date. */
      day: (isoDay: string) => day.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
      /** The country's name in the interface language, else the server's English name. */
      country: (code: string, fallback?: string) =>
        regions.of(code.trim()) ?? fallback ?? code.trim(),
      /** An ISO 639 language named in the interface language, else its code. */
      language: (code: string) => {
        try {
          return languages.of(code) ?? code;
        } catch {
          return code;
        }
      },
      list: (items: string[]) => list.format(items),
    };
  }, [locale]);
}
