import { locales, roles } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { localeNames } from "../app/i18n.ts";

/** The roles as <option>s. Which ones the reader may grant is the server's decision. */
export function RoleOptions() {
  const { t } = useTranslation();
  return roles.map((role) => (
    <option key={role} value={role}>
      {t(`role.${role}`)}
    </option>
  ));
}

/** The interface languages as <option>s, each named in itself. */
export function LocaleOptions() {
  return locales.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {localeNames[locale]}
    </option>
  ));
}

/** A sensible first language for a new account in a country (a default the admin can change). */
export function localeForCountry(countryCode: string): "en" | "vi" | "th" {
  if (countryCode === "VN") return "vi";
  if (countryCode === "TH") return "th";
  return "en";
}
