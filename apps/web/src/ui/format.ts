import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Dates and country names in the interface language, through the browser's Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    const regions = new Intl.DisplayNames([locale, "en"], { type: "region", fallback: "none" });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      /** The country's name in the interface language, else the server's English name. */
      country: (code: string, fallback?: string) => regions.of(code) ?? fallback ?? code,
    };
  }, [locale]);
}
