import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import {
  enrolAuthenticator,
  keepRecoveryCodes,
  navigate,
  see,
  signInWithPassword,
} from "./support/steps.ts";

// Thai script end to end: a Thai shelter caseworker (demo account, saved language Thai, no
// authenticator yet) signs in on a browser set to Thai. Thai glyphs come from the app's own
// Noto Sans Thai, since this machine has no Thai font installed.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a Thai shelter caseworker enrols and reaches home in Thai (th)", async () => {
  const text = messagesIn("th");
  const context = await browser.newContext({ locale: "th-TH", timezoneId: "Asia/Bangkok" });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const shelter = server.account("caseworker", "shelter@demo.sahabat.example");

  await page.goto(server.url);
  await see(page, "heading", text("auth:signIn.title"));
  await screenshot(page, "th-00-sign-in");
  await signInWithPassword(page, text, shelter.email, shelter.password);
  await page.getByRole("img", { name: text("auth:enrolment.qrAlt") }).waitFor();
  await screenshot(page, "th-01-enrolment");
  await enrolAuthenticator(page, text);
  await screenshot(page, "th-02-recovery-codes");
  await keepRecoveryCodes(page, text);
  await see(page, "heading", text("home.welcome", { name: "สมศรี ใจดี" }));
  expect(await page.getAttribute("html", "lang")).toBe("th");
  await screenshot(page, "th-03-home");
  await navigate(page, text, "nav.account");
  await see(page, "heading", text("account:title"));
  await expectNoSeriousViolations(page);
  await screenshot(page, "th-04-account");
  expect(pageErrors).toEqual([]);
  await context.close();
});
