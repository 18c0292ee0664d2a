import fs from "node:fs";
import path from "node:path";
import { findInstrument } from "@sahabat/screening";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { openTab, signInWithCode } from "./support/case-steps.ts";
import { apiOfPage } from "./support/lifecycle-setup.ts";
import { messagesIn, type Text } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import {
  enrolAuthenticator,
  keepRecoveryCodes,
  navigate,
  see,
  signInWithPassword,
} from "./support/steps.ts";

// A Thai shelter caseworker (the app in Thai) screens a Khmer-speaking girl at the border: the
// questions are shown in Khmer, marked as a draft translation, beside the Thai officer wording.
// The result is worked out in the browser; the officer downloads the PDF, then attaches the
// result to the girl's case from its Screening tab and confirms the case update it proposes.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const instrument = findInstrument("2026-1")!;
const question = (id: string) => instrument.questions.find((q) => q.id === id)!;
const child = { givenName: "ស្រីមុំ", familyName: "ចាន់", latin: "Sreymom" };
const yes = ["act-recruitment", "act-transportation", "purpose-forced-criminality"];

/** Khmer as the app names it: in itself, then in the interface language. */
async function languageName(page: Page, code: string) {
  const mine = await page.evaluate(
    (c) => new Intl.DisplayNames([document.documentElement.lang], { type: "language" }).of(c) ?? c,
    code,
  );
  return `ខ្មែរ · ${mine}`;
}

/** Answers "yes" to a question, found by its officer wording in Thai. */
async function answerYes(page: Page, text: Text, id: string) {
  const card = page.getByRole("group", { name: question(id).text.th.officer, exact: true });
  await card.getByText(text("screening:answer.yes"), { exact: true }).click();
}

test("a Thai officer screens a Khmer-speaking child in Khmer, downloads the PDF and attaches the result to her case (th)", async () => {
  const text = messagesIn("th");
  const context = await browser.newContext({
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const officer = server.account("caseworker", "shelter@demo.sahabat.example");

  await page.goto(server.url);
  await signInWithPassword(page, text, officer.email, officer.password);
  await enrolAuthenticator(page, text);
  await keepRecoveryCodes(page, text);
  await page.getByRole("navigation", { name: text("shell.navigation") }).waitFor();
  // The girl's case, registered earlier by the shelter (through the API the app calls).
  const api = await apiOfPage(page, server.url);
  const created = (await api.request("POST", "/api/cases", {
    person: {
      givenName: child.givenName,
      familyName: child.familyName,
      givenNameLatin: child.latin,
      familyNameLatin: "Chan",
      nameOrder: "family_first",
      sex: "female",
      estimatedAgeYears: 15,
      ageBasis: "assessed",
      nationalityStatus: "known",
      nationality: "KH",
      languages: ["km"],
    },
    registeredOn: new Date().toISOString().slice(0, 10),
    referralSource: "police",
    exploitationTypes: ["forced_labour"],
  })) as { id: string };

  // The standalone screening: anonymous, questions in Khmer.
  await navigate(page, text, "nav.screening");
  await see(page, "heading", text("screening:title"));
  const khmer = await languageName(page, "km");
  await page
    .getByRole("combobox", { name: text("screening:setup.interviewLanguage"), exact: true })
    .click();
  await page.getByRole("option", { name: khmer, exact: true }).click();
  await page.getByText(question("act-recruitment").text.km.child, { exact: true }).waitFor();
  await expect
    .poll(() => page.getByText(text("screening:draftTranslation"), { exact: true }).count())
    .toBeGreaterThan(1);
  await page.getByRole("combobox", { name: text("screening:setup.profile"), exact: true }).click();
  await page
    .getByRole("option", { name: text("screening:setup.illustrative", { country: "TH" }) })
    .click();
  await page.getByLabel(text("screening:age.age"), { exact: true }).fill("15");
  await page.getByRole("checkbox", { name: text("screening:age.estimated") }).check();
  for (const id of yes) await answerYes(page, text, id);
  await expect
    .poll(() => page.getByTestId("determination").first().textContent())
    .toBe(text("screening:determination.presumed_victim"));
  // The illustrative Thai profile leaves out forced criminality: both results side by side,
  // with the non-punishment principle stated.
  await expect
    .poll(() => page.getByTestId("determination").nth(1).textContent())
    .toBe(text("screening:determination.no_indication"));
  await page.getByText(text("screening:result.nonPunishment")).waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, "screening-01-khmer-questions-th");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: text("screening:result.downloadPdf") }).click(),
  ]);
  const pdfPath = path.resolve(import.meta.dirname, "screenshots/screening-th-km.pdf");
  fs.mkdirSync(path.dirname(pdfPath), { recursive: true });
  await download.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Attaching: the girl's case, found by name, its Screening tab, the screening just made.
  await navigate(page, text, "nav.cases");
  await page
    .getByRole("textbox", { name: text("cases:list.search"), exact: true })
    .fill(child.latin);
  await page.getByRole("button", { name: text("cases:list.searchButton") }).click();
  await page
    .getByRole("link", { name: new RegExp(child.givenName) })
    .first()
    .click();
  await openTab(page, text, "screening");
  await page.getByRole("button", { name: text("screening:case.attach") }).click();
  await page.getByText(question("act-recruitment").text.km.child, { exact: true }).waitFor();
  // Saved first as a draft (no determination), then continued and saved.
  await page.getByRole("button", { name: text("screening:case.saveDraft"), exact: true }).click();
  await page.getByText(text("screening:case.draftSaved")).waitFor();
  const list = page.getByRole("region", { name: text("screening:case.legend") });
  await list.getByText(text("screening:case.draft"), { exact: true }).waitFor();
  await list.getByRole("button", { name: text("screening:case.continue") }).click();
  await page.getByText(question("act-recruitment").text.km.child, { exact: true }).waitFor();
  await page.getByRole("button", { name: text("screening:case.save"), exact: true }).click();
  await page.getByText(text("screening:case.saved")).waitFor();
  await see(page, "button", text("screening:case.apply"));
  await screenshot(page, "screening-02-saved-on-case-th");
  await page.getByRole("button", { name: text("screening:case.apply") }).click();
  await page.getByText(text("screening:case.applied")).waitFor();
  await list.getByText(text("screening:determination.presumed_victim")).waitFor();
  expect(await list.getByText(text("screening:case.draft"), { exact: true }).count()).toBe(0);
  const attach = page.getByRole("button", { name: text("screening:case.attach") });
  expect(await attach.count()).toBe(0);
  await expectNoSeriousViolations(page);
  await screenshot(page, "screening-03-case-screenings-th");
  // The stored screening's PDF, as the case keeps it (with its reference).
  const [stored] = await Promise.all([
    page.waitForEvent("download"),
    list.getByRole("button", { name: text("screening:case.pdf"), exact: true }).click(),
  ]);
  const storedPath = path.resolve(import.meta.dirname, "screenshots/screening-case-th.pdf");
  await stored.saveAs(storedPath);
  expect(fs.readFileSync(storedPath).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const updated = (await api.request("GET", `/api/cases/${created.id}`)) as {
    exploitationTypes: string[];
    status: string;
  };
  expect(updated.exploitationTypes).toEqual(["forced_criminality", "forced_labour"]);
  expect(updated.status).toBe("assessed");
  expect(pageErrors).toEqual([]);
  await context.close();
});

test("a Vietnamese border officer screens a Burmese-speaking boy in Burmese against the illustrative Vietnamese profile (vi)", async () => {
  const text = messagesIn("vi");
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const officer = { ...server.account("caseworker"), locale: "vi" as const };
  await page.goto(server.url);
  await signInWithCode(page, text, officer, "vi");
  await navigate(page, text, "nav.screening");
  await see(page, "heading", text("screening:title"));
  const mine = await page.evaluate(() =>
    new Intl.DisplayNames(["vi"], { type: "language" }).of("my"),
  );
  await page
    .getByRole("combobox", { name: text("screening:setup.interviewLanguage"), exact: true })
    .click();
  await page.getByRole("option", { name: `မြန်မာ · ${mine}`, exact: true }).click();
  await page.getByRole("combobox", { name: text("screening:setup.profile"), exact: true }).click();
  await page
    .getByRole("option", { name: text("screening:setup.illustrative", { country: "VN" }) })
    .click();
  // Sixteen, by his own account: an adult under the illustrative Vietnamese rule, a child under
  // the international standard, so only the international test spares him the means.
  await page.getByLabel(text("screening:age.age"), { exact: true }).fill("16");
  for (const id of ["act-recruitment", "purpose-forced-labour"]) {
    const card = page.getByRole("group", { name: question(id).text.vi.officer, exact: true });
    await card.getByText(text("screening:answer.yes"), { exact: true }).click();
  }
  await page.getByText(question("act-recruitment").text.my.child, { exact: true }).waitFor();
  await expect
    .poll(() => page.getByTestId("determination").first().textContent())
    .toBe(text("screening:determination.presumed_victim"));
  await expect
    .poll(() => page.getByTestId("determination").nth(1).textContent())
    .not.toBe(text("screening:determination.presumed_victim"));
  await expectNoSeriousViolations(page);
  await screenshot(page, "screening-04-burmese-questions-vi");
  // The next person starts from nothing: no answer or age of the boy stays on the page.
  await page.getByRole("button", { name: text("screening:restart") }).click();
  await page.getByText(text("screening:progress", { answered: 0, total: 64 })).waitFor();
  expect(await page.getByLabel(text("screening:age.age"), { exact: true }).inputValue()).toBe("");
  expect(pageErrors).toEqual([]);
  await context.close();
});
