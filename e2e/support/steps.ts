import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { currentTotpCode } from "../../apps/server/src/auth/index.ts";
import type { Text } from "./messages.ts";

/** What the user sees: waits for it (Playwright's own waiting), fails when it never comes. */
export async function see(page: Page, role: "heading" | "link" | "button", name: string) {
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

/**
 * A field shows this error next to it: marked invalid, and the message is part of its
 * accessible description, so a screen reader says it when the field takes focus.
 */
export async function expectFieldError(scope: Page | Locator, label: string, message: string) {
  const field = scope.getByLabel(label, { exact: true });
  await scope.getByText(message, { exact: true }).waitFor();
  expect(await field.getAttribute("aria-invalid")).toBe("true");
  const ids = (await field.getAttribute("aria-describedby"))?.split(/\s+/).filter(Boolean) ?? [];
  const page = "page" in scope ? scope.page() : scope;
  const descriptions = await Promise.all(
    ids.map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(descriptions).toContain(message);
}

type Person = { name: string; email: string; role: string; locale: string; password: string };

/**
 * Adds a person to the organisation whose page is open. With `takenEmail`, first tries an
 * address that already has an account: the server's refusal must appear next to the e-mail
 * field and keep everything else typed.
 */
export async function addPerson(page: Page, text: Text, person: Person, takenEmail?: string) {
  await page.getByRole("button", { name: text("admin:users.add"), exact: true }).click();
  const form = page.getByRole("form", { name: text("admin:users.new") });
  const field = (key: string) => form.getByLabel(text(`admin:user.${key}`), { exact: true });
  const create = form.getByRole("button", { name: text("admin:users.create"), exact: true });
  await field("displayName").fill(person.name);
  await field("email").fill(takenEmail ?? person.email);
  await field("role").selectOption(person.role);
  await field("localeField").selectOption(person.locale);
  await field("firstPassword").fill(person.password);
  await create.click();
  if (takenEmail) {
    await expectFieldError(form, text("admin:user.email"), text("validation.emailTaken"));
    expect(await field("displayName").inputValue()).toBe(person.name);
    await field("email").fill(person.email);
    await create.click();
  }
  await see(page, "link", person.name);
}
