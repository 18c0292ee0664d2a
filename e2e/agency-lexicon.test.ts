import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { signInWithCode, useLanguage } from "./support/case-steps.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { navigate, see } from "./support/steps.ts";

// The Vietnamese office's supervisor has seen adverts luring girls "to Phu Quoc island", a phrase
// the shipped lexicon lacks. She adds it to her agency's lexicon (refused once: it needs a
// source), screens such an advert and sees the phrase marked as a location with its agency
// entry, then retires it with a reason; the advert no longer carries that mark.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phrase = "sang đảo Phú Quốc";
const advert = `Tuyển gấp nhân viên chăm sóc khách hàng, ${phrase} làm việc, lương 20 triệu/tháng, inbox Zalo`;

test("a supervisor extends her agency's advert lexicon, screens with it, and retires the entry (en, vi)", async () => {
  const text = messagesIn("en");
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const supervisor = {
    ...server.account("supervisor", "supervisor@demo.sahabat.example"),
    locale: "vi" as const,
  };
  await page.goto(server.url);
  await signInWithCode(page, text, supervisor, "en");

  const screen = async () => {
    await navigate(page, text, "nav.adScreening");
    await see(page, "heading", text("ads:title"));
    await page.getByLabel(/^Advert text/).fill(advert);
    await page.getByRole("button", { name: text("ads:screen"), exact: true }).click();
    await page.getByText(text("ads:review")).waitFor();
    return page.getByRole("table").getByRole("cell", { name: phrase, exact: true });
  };
  expect(await (await screen()).count()).toBe(0);

  await page.getByRole("link", { name: text("ads:lexicon.open"), exact: true }).click();
  await see(page, "heading", text("ads:lexicon.title"));
  const main = page.getByRole("main");
  await main.getByLabel(text("ads:language"), { exact: true }).selectOption("vi");
  await main.getByLabel(text("ads:column.category"), { exact: true }).selectOption("G");
  await page.getByLabel(/^Phrase/).fill(phrase);
  await page.getByLabel(/^Meaning in English/).fill("to Phu Quoc island");
  // No source: refused by the browser's required check or the server; what was typed stays.
  await page.getByRole("button", { name: text("ads:lexicon.addButton"), exact: true }).click();
  expect(await page.getByLabel(/^Phrase/).inputValue()).toBe(phrase);
  await page.getByLabel(/^Where it was seen/).fill("Facebook group adverts, November 2026");
  await page.getByRole("button", { name: text("ads:lexicon.addButton"), exact: true }).click();
  await page.getByText("Added as vi-G-500.").waitFor();
  const row = page.getByRole("row").filter({ hasText: "vi-G-500" });
  await row.getByText(text("ads:lexicon.active"), { exact: true }).waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, "agency-lexicon-01-entry-added-en");

  // Screened with the agency's entry: marked as a location, named with the agency's version.
  const cell = await screen();
  await cell.waitFor();
  const indicator = page.getByRole("row").filter({ hasText: phrase });
  await indicator.getByText("vi-G-500", { exact: true }).waitFor();
  expect(await indicator.textContent()).toMatch(/vi\+org-[0-9a-f-]+@\d{4}\.1/);
  await screenshot(page, "agency-lexicon-02-screened-with-entry-en");

  // Retired with a reason: listed as retired, no longer screened with.
  await page.getByRole("link", { name: text("ads:lexicon.open"), exact: true }).click();
  await row.getByRole("button", { name: text("ads:lexicon.retire"), exact: true }).click();
  await row.getByLabel("Why retire vi-G-500?").fill("The island's resort jobs are mostly genuine");
  await row.getByRole("button", { name: text("ads:lexicon.retireConfirm"), exact: true }).click();
  await row.getByText("The island's resort jobs are mostly genuine").waitFor();
  expect(await (await screen()).count()).toBe(0);

  // The lexicon page in Vietnamese.
  const vi = messagesIn("vi");
  await useLanguage(page, "vi");
  await page.getByRole("link", { name: vi("ads:lexicon.open"), exact: true }).click();
  await see(page, "heading", vi("ads:lexicon.title"));
  await row
    .getByText(vi("ads:lexicon.retired", { version: "" }).trim(), { exact: false })
    .waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, "agency-lexicon-03-lexicon-vi");
  expect(pageErrors).toEqual([]);
  await context.close();
});
