import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { signInToApi } from "./support/api.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import {
  expectScriptsInTheirFonts,
  launchBrowser,
  screenshot,
  watchPageErrors,
} from "./support/browser.ts";
import { chooseCountry, chooseRadio, signInWithCode } from "./support/case-steps.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { see } from "./support/steps.ts";

// A caseworker registers a Cambodian girl by the romanised name and birthday she gives. The office already
// knows her under her name in Khmer script (registered by the supervisor and assigned to this
// caseworker): before anything is saved, the form shows that record with why it matches, and the
// caseworker opens it instead of registering her twice.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const khmerName = "ចាន់ សុខា";

test("a caseworker registering a child known under a Khmer-script name is shown her record (en)", async () => {
  const text = messagesIn("en");
  const caseworker = { ...server.account("caseworker"), locale: "vi" as const };
  const supervisor = await signInToApi(server.url, server.account("supervisor"));
  const colleagues = (await supervisor.request("GET", "/api/users")) as {
    id: string;
    email: string;
  }[];
  const caseworkerId = colleagues.find((u) => u.email === caseworker.email)?.id;
  const known = (await supervisor.request("POST", "/api/cases", {
    person: {
      givenName: "សុខា",
      familyName: "ចាន់",
      nameOrder: "family_first",
      sex: "female",
      dateOfBirth: "2012-05-14",
      ageBasis: "document",
      nationalityStatus: "known",
      nationality: "KH",
      languages: ["km"],
    },
    registeredOn: "2026-03-02",
    referralSource: "ngo",
    assignedUserId: caseworkerId,
  })) as { id: string; reference: string };

  const context = await browser.newContext({
    locale: "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1280, height: 1200 },
  });
  const page = await context.newPage();
  // A failure leaves a picture of what the user saw.
  onTestFailed(async () => {
    if (!page.isClosed())
      await page.screenshot({ path: "e2e/screenshots/failed-duplicate-check.png", fullPage: true });
  });
  const pageErrors = watchPageErrors(page);
  await page.goto(server.url);
  await signInWithCode(page, text, caseworker, "en");
  await page.goto(`${server.url}/cases/new`);
  await see(page, "heading", text("cases:register.title"));
  const field = (key: string) => page.getByLabel(text(`cases:${key}`), { exact: true });
  await field("person.givenName").fill("Sokha");
  await field("person.familyName").fill("Chan");
  await field("person.sex").selectOption("female");
  await chooseRadio(page, text("cases:age.mode"), text("cases:age.modeExact"));
  await field("age.dateOfBirth").fill("2012-05-14");
  await chooseRadio(
    page,
    text("cases:identity.nationalityStatus"),
    text("vocab:nationalityStatus.known"),
  );
  await chooseCountry(page, page, text("cases:identity.nationality"), "KH");
  await field("found.referralSource").selectOption("police");
  await page.getByRole("button", { name: text("cases:register.submit"), exact: true }).click();

  const candidates = page.getByRole("region", { name: text("cases:duplicates.title") });
  await candidates.waitFor();
  const card = candidates.getByRole("listitem", { name: khmerName });
  await card.getByText(text("cases:duplicates.case", { reference: known.reference })).waitFor();
  // Each comparison in plain words: the names agree although typed in another script.
  const given = card.getByRole("row", {
    name: new RegExp(text("cases:duplicates.comparison.given")),
  });
  await given.getByText(text("cases:duplicates.level.exact")).waitFor();
  await candidates.getByRole("button", { name: text("cases:duplicates.noneOfThese") }).waitFor();
  // The screenshot waits for the fonts of the scripts shown; then none may be missing.
  await screenshot(page, "en-50-duplicate-candidates");
  await expectScriptsInTheirFonts(page);
  // The whole form is long: the candidates alone, at full size, for a human to look at.
  // (Scrolled to the end first, so the fixed header does not cover the panel's title.)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await candidates.screenshot({ path: "e2e/screenshots/en-50b-duplicate-candidates-panel.png" });
  await expectNoSeriousViolations(page);

  await card.getByRole("link", { name: text("cases:duplicates.open") }).click();
  await see(page, "heading", khmerName);
  expect(new URL(page.url()).pathname).toBe(`/cases/${known.id}`);
  await screenshot(page, "en-51-known-child-opened");
  await expectScriptsInTheirFonts(page);
  expect(pageErrors).toEqual([]);
  await context.close();
});
