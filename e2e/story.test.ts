import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import {
  addPerson,
  enrolAuthenticator,
  enterOneTimeCode,
  expectFieldError,
  keepRecoveryCodes,
  navigate,
  see,
  signInWithPassword,
  signOut,
} from "./support/steps.ts";

// The story of issue 3: a node administrator adds a Vietnamese provincial social-welfare office
// and two of its people; the caseworker enrols an authenticator and signs in; the supervisor
// reads the audit trail. Walked once per language, each on its own fresh node.
const organisationName = "Sở Lao động – Thương binh và Xã hội tỉnh Đồng Tháp";

type Story = {
  locale: "en" | "vi";
  browserLocale: string;
  timezoneId: string;
  countryName: string;
  welcome: string;
  supervisorName: string;
};

const stories: Story[] = [
  {
    locale: "en",
    browserLocale: "en-GB",
    timezoneId: "Asia/Bangkok",
    countryName: "Vietnam",
    welcome: "Welcome, Nguyễn Thị Mai",
    supervisorName: "សុខា",
  },
  {
    locale: "vi",
    browserLocale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    countryName: "Việt Nam",
    welcome: "Chào mừng, Nguyễn Thị Mai",
    supervisorName: "အောင်အောင်",
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(stories)("the first-day story in $locale", (story) => {
  const text = messagesIn(story.locale);
  const shot = (page: Page, name: string) => screenshot(page, `${story.locale}-${name}`);
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test(`node admin, caseworker and supervisor (${story.locale})`, async () => {
    const context = await browser.newContext({
      locale: story.browserLocale,
      timezoneId: story.timezoneId,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);
    const admin = server.account("node_admin");
    const caseworker = {
      name: "Nguyễn Thị Mai",
      email: `mai.${story.locale}@dongthap.example`,
      role: "caseworker",
      locale: story.locale,
      password: "một mật khẩu dài 2024",
    };
    const supervisor = {
      name: story.supervisorName,
      email: `supervisor.${story.locale}@dongthap.example`,
      role: "supervisor",
      locale: story.locale,
      password: "another long passphrase",
    };

    // The browser's language picks the sign-in page's language.
    await page.goto(server.url);
    await see(page, "heading", text("auth:signIn.title"));
    expect(await page.getAttribute("html", "lang")).toBe(story.locale);
    await expectNoSeriousViolations(page);
    await shot(page, "01-sign-in");

    // A wrong password is refused in plain words, and the e-mail address stays as typed.
    await signInWithPassword(page, text, admin.email, "not the password");
    await page
      .getByRole("alert")
      .filter({ hasText: text("auth:signIn.wrongCredentials") })
      .waitFor();
    expect(await page.getByLabel(text("auth:signIn.email"), { exact: true }).inputValue()).toBe(
      admin.email,
    );

    // The administrator's saved language (English) applies at sign-in; in the Vietnamese story
    // they switch to Vietnamese, which is saved to their account.
    await signInWithPassword(page, text, admin.email, admin.password);
    await see(page, "heading", messagesIn("en")("auth:secondFactor.title"));
    await shot(page, "02-second-factor");
    await enterOneTimeCode(page, messagesIn("en"), admin.totpSecret!);
    await see(page, "heading", messagesIn("en")("home.welcome", { name: "Trần Minh Quân" }));
    if (story.locale !== "en") {
      await page.getByLabel(messagesIn("en")("language.label")).selectOption(story.locale);
    }
    await see(page, "heading", text("home.welcome", { name: "Trần Minh Quân" }));
    await expectNoSeriousViolations(page);
    await shot(page, "03-home-admin");

    // A Vietnamese provincial social-welfare office, with diacritics in its name.
    await navigate(page, text, "nav.organisations");
    await see(page, "heading", text("admin:organisations.title"));
    await page.getByRole("button", { name: text("admin:organisations.add") }).click();
    // The shared schema checks the form before it is sent; its message is translated.
    await page
      .getByRole("button", { name: text("admin:organisation.create"), exact: true })
      .click();
    await expectFieldError(page, text("admin:organisation.name"), text("validation.required"));
    await shot(page, "04-organisation-form-error");
    await page.getByLabel(text("admin:organisation.name"), { exact: true }).fill(organisationName);
    await page
      .getByLabel(text("admin:organisation.agencyType"), { exact: true })
      .selectOption("social_welfare");
    await page
      .getByRole("combobox", { name: text("admin:organisation.country"), exact: true })
      .fill("viet");
    await page.getByRole("option", { name: story.countryName, exact: true }).click();
    await page.getByLabel(text("admin:organisation.province"), { exact: true }).fill("Đồng Tháp");
    await shot(page, "05-organisation-form");
    await page
      .getByRole("button", { name: text("admin:organisation.create"), exact: true })
      .click();
    await see(page, "heading", organisationName);

    await addPerson(page, text, caseworker, "caseworker@demo.sahabat.example");
    await addPerson(page, text, supervisor);
    await shot(page, "06-organisation-people");
    await navigate(page, text, "nav.organisations");
    await see(page, "link", organisationName);
    await shot(page, "07-organisations");
    await signOut(page, text);

    // The caseworker's first sign-in: enrolment, recovery codes, then home in their language.
    await signInWithPassword(page, text, caseworker.email, caseworker.password);
    await enrolAuthenticator(page, text);
    await shot(page, "08-recovery-codes");
    await keepRecoveryCodes(page, text);
    await see(page, "heading", story.welcome);
    expect(await page.getAttribute("html", "lang")).toBe(story.locale);
    await shot(page, "09-home-caseworker");
    await signOut(page, text);

    // The supervisor enrols too, then reads the organisation's audit trail.
    await signInWithPassword(page, text, supervisor.email, supervisor.password);
    await enrolAuthenticator(page, text);
    await keepRecoveryCodes(page, text);
    await navigate(page, text, "nav.audit");
    await see(page, "heading", text("audit:title"));
    const rows = page.getByRole("row");
    const row = (who: string, action: string) =>
      rows.filter({ hasText: who }).filter({ hasText: text(`audit:action.${action}`) });
    await row(caseworker.name, "auth.sign_in").first().waitFor();
    await row(caseworker.name, "auth.enrolment_confirm").first().waitFor();
    await row(supervisor.name, "auth.sign_in").first().waitFor();
    await row("Trần Minh Quân", "organisation.create").first().waitFor();
    expect(await row("Trần Minh Quân", "user.create").count()).toBe(2);
    await expectNoSeriousViolations(page);
    await shot(page, "10-audit");

    // Filtering by action narrows the trail to the two accounts created.
    await page.getByLabel(text("audit:filter.action"), { exact: true }).selectOption("user.create");
    await page
      .getByRole("status")
      .filter({ hasText: text("audit:shown", { count: 2 }) })
      .waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
