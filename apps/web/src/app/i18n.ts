import { type Locale, locales } from "@sahabat/shared";
import i18n from "i18next";
import ICU from "i18next-icu";
import { initReactI18next } from "react-i18next";
import { type Messages, namespaces, resources } from "./locales/index.ts";

// The language chosen on this device before anyone signs in. After sign-in the user's saved
// preference wins; it is written back here so the sign-in page keeps it after sign-out.
const storageKey = "sahabat.locale";

function isLocale(value: string | null | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(storageKey);
  if (isLocale(stored)) return stored;
  const browser = navigator.languages.map((l) => l.slice(0, 2)).find(isLocale);
  return browser ?? "en";
}

function markDocument(locale: string) {
  // The lang attribute picks fonts and voices for screen readers; it must follow the UI.
  document.documentElement.lang = locale;
}

/** Starts i18next with every language bundled (three small files; no request at start). */
export function startI18n() {
  const lng = initialLocale();
  markDocument(lng);
  i18n.on("languageChanged", markDocument);
  // ICU message syntax gives real plural rules per language ({count, plural, …}).
  return i18n
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources,
      lng,
      fallbackLng: "en",
      supportedLngs: [...locales],
      ns: [...namespaces],
      defaultNS: "common",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
}

/** The interface language now in use. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : "en";
}

/** Switches the interface language on this device. */
export async function applyLocale(locale: Locale) {
  window.localStorage.setItem(storageKey, locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Each language named in itself, so a reader finds their own without reading English. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  vi: "Tiếng Việt",
  th: "ไทย",
};

declare module "i18next" {
  // Typed keys: a t("…") call naming a key that English lacks fails to compile.
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Messages;
  }
}
