import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { signInToApi } from "./support/api.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { signInWithCode, useLanguage } from "./support/case-steps.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { see } from "./support/steps.ts";

// A girl registered twice in the same office, once at intake and once at the shelter: the
// supervisor finds the pair among the possible duplicates, reads why the two records match in the
// waterfall of weights, decides they are the same child and merges them, giving a reason.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const girl = {
  givenName: "Thị Mai",
  familyName: "Lò",
  givenNameLatin: "Thi Mai",
  familyNameLatin: "Lo",
  nameOrder: "family_first",
  sex: "female",
  dateOfBirth: "2011-09-03",
  ageBasis: "document",
  nationalityStatus: "known",
  nationality: "VN",
  languages: ["vi"],
};

test("a supervisor reviews a possible duplicate, decides it is the same child and merges (en)", async () => {
  const text = messagesIn("en");
  const supervisor = server.account("supervisor");
  // The records come from a caseworker of the same office: a one-time code is accepted once, so
  // the supervisor's own code is kept for the browser.
  const api = await signInToApi(server.url, server.account("caseworker"));
  for (const registeredOn of ["2026-03-02", "2026-04-11"])
    await api.request("POST", "/api/cases", {
      person: girl,
      registeredOn,
      referralSource: "ngo",
    });

  const context = await browser.newContext({
    locale: "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1280, height: 1200 },
  });
  const page = await context.newPage();
  onTestFailed(async () => {
    if (!page.isClosed())
      await page.screenshot({
        path: "e2e/screenshots/failed-duplicate-review.png",
        fullPage: true,
      });
  });
  const pageErrors = watchPageErrors(page);
  await page.goto(server.url);
  await signInWithCode(page, text, { ...supervisor, locale: "vi" }, "en");
  await page
    .getByRole("navigation", { name: text("shell.navigation") })
    .getByRole("link", { name: text("nav.review") })
    .click();
  await see(page, "heading", text("review:queue.title"));
  await page.getByRole("button", { name: text("review:queue.refresh") }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /scored/ })
    .waitFor();
  const pairName = text("review:queue.pairLink", {
    a: "Lò Thị Mai (Lo Thi Mai)",
    b: "Lò Thị Mai (Lo Thi Mai)",
  });
  const link = page.getByRole("link", { name: pairName });
  await link.waitFor();
  await screenshot(page, "en-60-possible-duplicates");
  await expectNoSeriousViolations(page);

  await link.click();
  await see(page, "heading", text("review:pair.title"));
  await page.getByRole("img", { name: text("review:waterfall.title") }).waitFor();
  await screenshot(page, "en-61-pair-waterfall");
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: text("review:decide.match"), exact: true }).click();
  await page.getByText(text("review:status.match"), { exact: true }).first().waitFor();
  await page
    .getByLabel(text("review:merge.reason"))
    .fill("Same birth certificate at intake and at the shelter");
  await page.getByRole("button", { name: text("review:merge.submit") }).click();
  await page.getByRole("button", { name: text("review:unmerge.submit") }).waitFor();
  await screenshot(page, "en-62-merged");
  // The same page in Vietnamese, for a human to check the words fit.
  await useLanguage(page, "vi");
  await see(page, "heading", messagesIn("vi")("review:pair.title"));
  await screenshot(page, "vi-63-merged");
  expect(pageErrors).toEqual([]);
  await context.close();
});
