import type { Locator, Page } from "playwright-core";
import { messagesIn, type Text } from "./messages.ts";
import { enterOneTimeCode, see, signInWithPassword } from "./steps.ts";

type Locale = "en" | "vi" | "th";

/**
 * Signs in with password and the authenticator's current code. The second step already speaks
 * the account's saved language; the story then switches to its own language.
 */
export async function signInWithCode(
  page: Page,
  text: Text,
  account: { email: string; password: string; totpSecret: string | null; locale: Locale },
  locale: Locale,
) {
  await signInWithPassword(page, text, account.email, account.password);
  await enterOneTimeCode(page, messagesIn(account.locale), account.totpSecret!);
  await page
    .getByRole("navigation", { name: messagesIn(account.locale)("shell.navigation") })
    .waitFor();
  if (account.locale !== locale) await useLanguage(page, locale);
}

/** Switches the interface language from the header (saved to the account). */
export async function useLanguage(page: Page, locale: string) {
  await page.getByRole("banner").locator("select").selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** A name as the browser shows it in the interface language (Intl, as the app does). */
export async function displayName(
  page: Page,
  type: "region" | "language",
  code: string,
): Promise<string> {
  return page.evaluate(
    ([t, c]) => {
      const names = new Intl.DisplayNames([document.documentElement.lang, "en"], {
        type: t as "region" | "language",
      });
      return names.of(c as string) ?? (c as string);
    },
    [type, code],
  );
}

/** Chooses a country in a searchable country field, by typing its name as shown. */
export async function chooseCountry(
  page: Page,
  scope: Page | Locator,
  label: string,
  code: string,
) {
  const name = await displayName(page, "region", code);
  await scope.getByRole("combobox", { name: label, exact: true }).fill(name);
  await page
    .getByRole("listbox", { name: label, exact: true })
    .getByRole("option", { name, exact: true })
    .click();
}

/** Chooses one radio of a group named by its label. */
export async function chooseRadio(scope: Page | Locator, group: string, option: string) {
  await scope
    .getByRole("radiogroup", { name: group, exact: true })
    .getByRole("radio", { name: option, exact: true })
    .check();
}

/** Checks boxes by their labels. */
export async function checkBoxes(scope: Page | Locator, labels: string[]) {
  for (const label of labels) {
    await scope.getByRole("checkbox", { name: label, exact: true }).check();
  }
}

/**
 * On an open case's overview: marks the assessment done, starts services, and asks a
 * supervisor to close the case with this outcome.
 */
export async function askForClosure(page: Page, text: Text, outcome: string) {
  for (const step of ["assessed", "in_services"]) {
    await page.getByRole("button", { name: text(`cases:lifecycle.to.${step}`) }).click();
    await page
      .getByText(text(`vocab:caseStatus.${step}`), { exact: true })
      .first()
      .waitFor();
  }
  await page.getByRole("button", { name: text("cases:closure.open") }).click();
  await chooseRadio(page, text("cases:closure.outcome"), text(`vocab:closureOutcome.${outcome}`));
  await page.getByRole("button", { name: text("cases:closure.submit") }).click();
  await page.getByText(text("cases:lifecycle.waiting")).waitFor();
}

/** Opens a tab of the case page. */
export async function openTab(page: Page, text: Text, tab: string) {
  await page.getByRole("tab", { name: text(`cases:tab.${tab}`), exact: true }).click();
  await page.getByRole("tabpanel", { name: text(`cases:tab.${tab}`) }).waitFor();
}

export { see };
