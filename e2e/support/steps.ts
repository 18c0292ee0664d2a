import type { Page } from "playwright-core";
import { expect } from "vitest";
import { currentTotpCode } from "../../apps/server/src/auth/index.ts";
import type { Text } from "./messages.ts";

/** What the user sees: waits for it (Playwright's own waiting), fails when it never comes. */
export async function see(
  page: Page,
  role: "heading" | "link" | "button",
  name: string,
) {
  await page.getByRole(role, { name, exact: true }).first().waitFor();
}

/** Follows a link of the shell's main navigation (pages may link to the same places). */
export async function navigate(page: Page, text: Text, label: string) {
  await page
    .getByRole("navigation", { name: text("shell.navigation") })
    .getByRole("link", { name: text(label), exact: true })
    .click();
}

/** Signs in with e-mail and password; the caller continues with the step the server asks for. */
export async function signInWithPassword(page: Page, text: Text, email: string, password: string) {
  await see(page, "heading", text("auth:signIn.title"));
  await page.getByLabel(text("auth:signIn.email"), { exact: true }).fill(email);
  await page.getByLabel(text("auth:signIn.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: text("auth:signIn.submit"), exact: true }).click();
}

/** The second step: the current code from the authenticator secret. */
export async function enterOneTimeCode(page: Page, text: Text, secret: string) {
  await see(page, "heading", text("auth:secondFactor.title"));
  await page.getByLabel(text("auth:code.label")).fill(currentTotpCode(secret, new Date()));
  await page.getByRole("button", { name: text("auth:code.submit"), exact: true }).click();
}

/** Enrols an authenticator by reading the key shown as text, as a person typing it would. */
export async function enrolAuthenticator(page: Page, text: Text) {
  await see(page, "heading", text("auth:enrolment.title"));
  await page.getByRole("img", { name: text("auth:enrolment.qrAlt") }).waitFor();
  const secret = await page.getByLabel(text("auth:enrolment.secretLabel")).inputValue();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel(text("auth:code.label")).fill(currentTotpCode(secret, new Date()));
  await page.getByRole("button", { name: text("auth:code.confirm"), exact: true }).click();
  await see(page, "heading", text("auth:recoveryCodes.title"));
  const codes = page.getByRole("list", { name: text("auth:recoveryCodes.listLabel") });
  expect(await codes.getByRole("listitem").allTextContents()).toHaveLength(10);
}

/** Confirms the recovery codes are kept and goes on to the home page. */
export async function keepRecoveryCodes(page: Page, text: Text) {
  await page.getByLabel(text("auth:recoveryCodes.kept")).check();
  await page
    .getByRole("button", { name: text("auth:recoveryCodes.continue"), exact: true })
    .click();
}

/** Signs out from the shell and waits for the sign-in page. */
export async function signOut(page: Page, text: Text) {
  await page.getByRole("button", { name: text("shell.signOut"), exact: true }).click();
  await see(page, "heading", text("auth:signIn.title"));
}

/** Adds a person to the organisation whose page is open. */
export async function addPerson(
  page: Page,
  text: Text,
  person: { name: string; email: string; role: string; locale: string; password: string },
) {
  await page.getByRole("button", { name: text("admin:users.add"), exact: true }).click();
  const form = page.getByRole("form", { name: text("admin:users.new") });
  await form.getByLabel(text("admin:user.displayName"), { exact: true }).fill(person.name);
  await form.getByLabel(text("admin:user.email"), { exact: true }).fill(person.email);
  await form.getByLabel(text("admin:user.role"), { exact: true }).selectOption(person.role);
  await form
    .getByLabel(text("admin:user.localeField"), { exact: true })
    .selectOption(person.locale);
  await form.getByLabel(text("admin:user.firstPassword"), { exact: true }).fill(person.password);
  await form.getByRole("button", { name: text("admin:users.create"), exact: true }).click();
  await see(page, "link", person.name);
}
