import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import {
  askForClosure,
  chooseRadio,
  openTab,
  signInWithCode,
  useLanguage,
} from "./support/case-steps.ts";
import {
  addPathsColleagues,
  apiOfPage,
  newCaseworkerName,
  pathsChild,
  pathsChildName,
  setUpPaths,
  shelterUserName,
} from "./support/lifecycle-setup.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import {
  enrolAuthenticator,
  expectFieldError,
  keepRecoveryCodes,
  navigate,
  see,
  signInWithPassword,
} from "./support/steps.ts";

// The other endings of the caseworker's loop (issue 4), in Chromium through the web app: the
// shelter declines a referral with a reason the office reads; the office withdraws another and
// the shelter no longer sees the child; the supervisor hands the case to a new caseworker and
// refuses a closure, saying why; the caseworker corrects the child's name. Each test goes on
// from the one before, on one fresh node.
const text = messagesIn("en");
const shot = (page: Page, name: string) => screenshot(page, `paths-${name}`);

let browser: Browser;
let server: TestServer;
let setup: Awaited<ReturnType<typeof setUpPaths>>;
let shelterUser: Awaited<ReturnType<typeof addPathsColleagues>>;
const pages: Record<"office" | "shelter" | "supervisor", Page | undefined> = {
  office: undefined,
  shelter: undefined,
  supervisor: undefined,
};
const errors: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  shelterUser = await addPathsColleagues(server);
  const office = await pageOf("office");
  setup = await setUpPaths(await apiOfPage(office, server.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A signed-in page per person, opened once and kept across the tests. */
async function pageOf(who: keyof typeof pages): Promise<Page> {
  const open = pages[who];
  if (open) return open;
  const context = await browser.newContext({
    locale: "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const seen = watchPageErrors(page);
  page.on("close", () => errors.push(...seen));
  pages[who] = page;
  await page.goto(server.url);
  if (who === "shelter") {
    await signInWithPassword(page, text, shelterUser.email, shelterUser.password);
    await enrolAuthenticator(page, text);
    await keepRecoveryCodes(page, text);
    await see(page, "heading", text("home.welcome", { name: shelterUserName }));
  } else {
    const role = who === "office" ? "caseworker" : "supervisor";
    await signInWithCode(page, text, { ...server.account(role), locale: "vi" }, "en");
  }
  return page;
}

async function openCase(page: Page) {
  await page.goto(`${server.url}/cases/${setup.caseId}`);
  await see(page, "heading", pathsChildName);
}

const status = (key: string) =>
  text("referrals:page.status", { status: text(`vocab:referralStatus.${key}`) });

/** A failure leaves a picture of every open page, to see what each person saw. */
function keepPicturesOnFailure() {
  onTestFailed(async () => {
    for (const [who, page] of Object.entries(pages)) {
      if (page && !page.isClosed())
        await page.screenshot({ path: `e2e/screenshots/failed-paths-${who}.png`, fullPage: true });
    }
  });
}

describe("the other endings of the loop (en)", () => {
  test("the shelter declines a referral with a reason, and the office reads it", async () => {
    keepPicturesOnFailure();
    const sh = await pageOf("shelter");
    await sh.goto(`${server.url}/referrals/${setup.toDecline}`);
    const shared = sh.getByRole("region", { name: text("referrals:page.sharedWithYou") });
    await shared.getByText("Trần Thị Mai · Tran Thi Mai").waitFor();
    await sh.getByRole("button", { name: text("referrals:actions.decline"), exact: true }).click();
    const reason = "We have no bed for a girl of 14 this month.";
    await sh.getByLabel(text("referrals:actions.declineReason")).fill(reason);
    await sh.getByRole("button", { name: text("referrals:actions.confirmDecline") }).click();
    await sh.getByText(status("declined")).waitFor();
    await sh.getByText(text("referrals:page.accessEnded")).waitFor();
    await shot(sh, "10-shelter-declined");

    const cw = await pageOf("office");
    await cw.goto(`${server.url}/referrals/${setup.toDecline}`);
    await cw.getByText(status("declined")).waitFor();
    const why = cw.getByRole("region", { name: text("referrals:page.why") });
    await why.getByText(text("referrals:page.declineReason"), { exact: true }).waitFor();
    await why.getByText(reason, { exact: true }).waitFor();
    await expectNoSeriousViolations(cw);
    await shot(cw, "11-office-reads-decline");
  });

  test("the office withdraws a referral, and the shelter can no longer see the child", async () => {
    keepPicturesOnFailure();
    const sh = await pageOf("shelter");
    await sh.goto(`${server.url}/referrals/${setup.toWithdraw}`);
    await sh.getByText("Trần Thị Mai · Tran Thi Mai").waitFor();

    const cw = await pageOf("office");
    await cw.goto(`${server.url}/referrals/${setup.toWithdraw}`);
    await cw.getByRole("button", { name: text("referrals:actions.withdraw") }).click();
    await cw.getByText(status("withdrawn")).waitFor();
    expect(await cw.getByRole("button", { name: text("referrals:actions.withdraw") }).count()).toBe(
      0,
    );
    await shot(cw, "20-office-withdrew");

    await sh.reload();
    await sh.getByText(status("withdrawn")).waitFor();
    await sh.getByText(text("referrals:page.accessEnded")).waitFor();
    expect(await sh.getByText(pathsChild.givenName).count()).toBe(0);
    expect(await sh.getByRole("button", { name: text("referrals:actions.accept") }).count()).toBe(
      0,
    );
    await shot(sh, "21-shelter-after-withdrawal");
  });

  test("the supervisor hands the case to a new caseworker, whose name shows", async () => {
    keepPicturesOnFailure();
    const sv = await pageOf("supervisor");
    await openCase(sv);
    const status = sv.getByRole("region", { name: text("cases:overview.status") });
    await status.getByText("Lê Thu Trang", { exact: true }).waitFor();
    await sv
      .getByLabel(text("cases:assign.to"), { exact: true })
      .selectOption({ label: newCaseworkerName });
    await sv.getByRole("button", { name: text("cases:assign.submit"), exact: true }).click();
    await status.getByText(newCaseworkerName, { exact: true }).waitFor();
    await shot(sv, "30-handed-over");

    // The case list names who has each case.
    await navigate(sv, text, "nav.cases");
    await sv.getByRole("textbox", { name: text("cases:list.search") }).fill("tran thi mai");
    await sv.getByRole("button", { name: text("cases:list.searchButton"), exact: true }).click();
    await sv
      .getByRole("row")
      .filter({ hasText: "Trần Thị Mai" })
      .filter({ hasText: newCaseworkerName })
      .waitFor();
    await expectNoSeriousViolations(sv);
    await shot(sv, "31-case-list-assignee");

    // The caseworker who registered her still follows the case, and sees who has it now.
    const cw = await pageOf("office");
    await openCase(cw);
    await cw
      .getByRole("region", { name: text("cases:overview.status") })
      .getByText(newCaseworkerName, { exact: true })
      .waitFor();
  });

  test("the supervisor refuses closure, saying why: the case stays in services", async () => {
    keepPicturesOnFailure();
    const cw = await pageOf("office");
    await openCase(cw);
    await askForClosure(cw, text, "reintegrated");

    const sv = await pageOf("supervisor");
    await openCase(sv);
    await sv.getByRole("button", { name: text("cases:lifecycle.refuse") }).click();
    const confirm = sv.getByRole("button", { name: text("cases:lifecycle.confirmRefuse") });
    // A refusal needs a reason: said next to the field, nothing sent.
    await confirm.click();
    await expectFieldError(
      sv,
      text("cases:lifecycle.refuseReason"),
      text("validation.refuseReason"),
    );
    const reason = "Her mother has not been visited at home yet. Visit first, then ask again.";
    await sv.getByLabel(text("cases:lifecycle.refuseReason"), { exact: true }).fill(reason);
    await shot(sv, "40-refusing-closure");
    await confirm.click();
    const overview = sv.getByRole("region", { name: text("cases:overview.status") });
    await overview
      .getByText(text("vocab:caseStatus.in_services"), { exact: true })
      .first()
      .waitFor();
    await overview.getByText(reason, { exact: true }).waitFor();
    expect(await sv.getByRole("button", { name: text("cases:lifecycle.approve") }).count()).toBe(0);
    await shot(sv, "41-closure-refused");

    await cw.reload();
    await see(cw, "heading", pathsChildName);
    await cw.getByText(reason, { exact: true }).waitFor();
    await cw.getByRole("button", { name: text("cases:closure.open") }).waitFor();
    await expectNoSeriousViolations(cw);
    await shot(cw, "42-office-reads-refusal");
  });

  test("the caseworker corrects the child's name; a refused correction keeps what was typed", async () => {
    keepPicturesOnFailure();
    const cw = await pageOf("office");
    await openCase(cw);
    await openTab(cw, text, "person");
    await cw.getByRole("button", { name: text("cases:personTab.correct") }).click();
    const form = cw.getByRole("form", { name: text("cases:personTab.correctTitle") });
    const field = (key: string) => form.getByLabel(text(`cases:${key}`), { exact: true });
    await field("person.givenName").fill("Thị Mây");
    await field("person.givenNameLatin").fill("Thi May");
    // A date of birth in the future: the server refuses it next to the field; the names stay.
    await chooseRadio(form, text("cases:age.mode"), text("cases:age.modeExact"));
    await field("age.dateOfBirth").fill("2099-01-01");
    await form.getByRole("button", { name: text("cases:personTab.save") }).click();
    await expectFieldError(form, text("cases:age.dateOfBirth"), text("validation.birthInFuture"));
    expect(await field("person.givenName").inputValue()).toBe("Thị Mây");
    await shot(cw, "50-correction-refused");
    await chooseRadio(form, text("cases:age.mode"), text("cases:age.modeEstimated"));
    await form.getByRole("button", { name: text("cases:personTab.save") }).click();
    await see(cw, "heading", "Trần Thị Mây (Tran Thi May)");
    const person = cw.getByRole("tabpanel", { name: text("cases:tab.person") });
    await person.getByText("Trần Thị Mây", { exact: true }).waitFor();
    await person.getByText("Tran Thi May", { exact: true }).waitFor();
    await expectNoSeriousViolations(cw);
    await shot(cw, "51-corrected");
  });

  test("in Thai, the new words are set in the app's Thai font", async () => {
    keepPicturesOnFailure();
    const th = messagesIn("th");
    const cw = await pageOf("office");
    await useLanguage(cw, "th");
    await openTab(cw, th, "overview");
    await cw
      .getByText(th("cases:overview.closureRefused", { when: "" }).trim(), { exact: false })
      .waitFor();
    await shot(cw, "60-th-overview");
    await openTab(cw, th, "person");
    await cw.getByRole("button", { name: th("cases:personTab.correct") }).click();
    await cw.getByRole("form", { name: th("cases:personTab.correctTitle") }).waitFor();
    await shot(cw, "61-th-correction-form");
    await useLanguage(cw, "en");
    for (const page of Object.values(pages)) await page?.close();
    expect(errors).toEqual([]);
  });
});
