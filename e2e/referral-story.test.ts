import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from "vitest";
import { addCaseworker } from "./support/api.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { askForClosure, chooseRadio, openTab, signInWithCode } from "./support/case-steps.ts";
import { messagesIn } from "./support/messages.ts";
import {
  childName,
  receiveReferral,
  referChild,
  registerChild,
  reviewAndAdd,
  shelterOrganisation,
  updateBeds,
} from "./support/referral-story-steps.ts";
import { startServer, type TestServer } from "./support/server.ts";
import {
  enrolAuthenticator,
  keepRecoveryCodes,
  navigate,
  see,
  signInWithPassword,
} from "./support/steps.ts";

// The story of issue 4: a caseworker of a Vietnamese social-welfare office registers a girl of
// about 15 found in a karaoke bar, records consent, plans family-based care, finds a shelter
// that speaks Vietnamese and has a bed, and refers her sharing chosen fields; the shelter sees
// only those, accepts and records the service delivered; the supervisor reads who looked at
// the child's data and approves the closure. Walked once per language on a fresh node.
type Locale = "en" | "vi" | "th";
const stories: {
  locale: Locale;
  browserLocale: string;
  timezoneId: string;
  shelterName: string;
}[] = [
  {
    locale: "en",
    browserLocale: "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    shelterName: "Võ Thị Ngọc",
  },
  {
    locale: "vi",
    browserLocale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    shelterName: "Võ Thị Ngọc",
  },
  { locale: "th", browserLocale: "th-TH", timezoneId: "Asia/Bangkok", shelterName: "มาลี ศรีสุข" },
];

// Why the supervisor opens the record: recorded with her read in the case's audit trail.
const purpose = "Closure review";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(stories)("the referral story in $locale", (story) => {
  const text = messagesIn(story.locale);
  const shot = (page: Page, name: string) => screenshot(page, `${story.locale}-${name}`);
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const openPages: Page[] = [];
  async function newPage(): Promise<[BrowserContext, Page, string[]]> {
    const context = await browser.newContext({
      locale: story.browserLocale,
      timezoneId: story.timezoneId,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    openPages.push(page);
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    return [context, page, errors];
  }

  test(`register, refer, accept, deliver, close (${story.locale})`, async () => {
    // A failure leaves a picture of every open page, to see what the user saw.
    onTestFailed(async () => {
      for (const [i, page] of openPages.entries()) {
        if (!page.isClosed())
          await page.screenshot({
            path: `e2e/screenshots/failed-${story.locale}-${i}.png`,
            fullPage: true,
          });
      }
    });
    const caseworker = { ...server.account("caseworker"), locale: "vi" as const };
    const supervisor = { ...server.account("supervisor"), locale: "vi" as const };
    const shelterUser = await addCaseworker(
      server.url,
      server.account("node_admin"),
      shelterOrganisation,
      {
        email: `ngoc.${story.locale}@binhminh.example`,
        displayName: story.shelterName,
        locale: story.locale,
        password: "mái ấm bình minh 2026",
      },
    );

    // The caseworker signs in and registers the child.
    const [cwContext, cw, cwErrors] = await newPage();
    await signInWithCode(cw, text, caseworker, story.locale);
    await see(cw, "heading", text("home.welcome", { name: "Lê Thu Trang" }));
    await shot(cw, "20-home-caseworker");
    await navigate(cw, text, "nav.cases");
    await see(cw, "heading", text("cases:list.title"));
    await cw.getByRole("table").waitFor();
    // Her office's cases come a page at a time (cursor paging).
    await cw.getByRole("button", { name: text("cases:list.more") }).click();
    await cw.getByText(text("cases:list.shown", { count: 50 })).waitFor();
    await expectNoSeriousViolations(cw);
    await shot(cw, "21-case-list");
    await cw.getByRole("link", { name: text("cases:register.title") }).click();
    await see(cw, "heading", text("cases:register.title"));
    const caseId = await registerChild(cw, text, shot);

    await reviewAndAdd(cw, text, shot);

    // Her consent and her guardian's, to share with the services she is referred to.
    await openTab(cw, text, "consent");
    for (const by of ["child", "guardian"]) {
      await cw
        .getByLabel(text("cases:consent.scope"), { exact: true })
        .selectOption("sharing_with_referrals");
      await chooseRadio(cw, text("cases:consent.givenBy"), text(`vocab:givenBy.${by}`));
      await cw.getByRole("button", { name: text("cases:consent.submit"), exact: true }).click();
      await cw
        .getByRole("row")
        .filter({ hasText: text(`vocab:givenBy.${by}`) })
        .waitFor();
    }
    await cw.getByText(text("cases:consent.sharingInForce")).waitFor();
    await shot(cw, "25-consent");

    // The plan: family-based care is needed; refer her for it from the plan.
    await openTab(cw, text, "plan");
    const care = cw.getByRole("region", { name: text("vocab:service.MSP03") });
    await care
      .getByRole("button", {
        name: text("cases:plan.edit", { service: text("vocab:service.MSP03") }),
      })
      .click();
    await care.getByLabel(text("cases:plan.status"), { exact: true }).selectOption("planned");
    await care.getByRole("button", { name: text("cases:plan.save"), exact: true }).click();
    await care.getByText(text("vocab:planStatus.planned"), { exact: true }).waitFor();
    await shot(cw, "26-plan");
    await care
      .getByRole("link", {
        name: text("cases:plan.refer", { service: text("vocab:service.MSP03") }),
      })
      .click();
    await referChild(cw, text, shot);
    expect(cwErrors).toEqual([]);

    // The shelter's new caseworker sees the referral with only the fields shared.
    const [shContext, sh, shErrors] = await newPage();
    await signInWithPassword(sh, text, shelterUser.email, shelterUser.password);
    await enrolAuthenticator(sh, text);
    await keepRecoveryCodes(sh, text);
    await see(sh, "heading", text("home.welcome", { name: story.shelterName }));
    await sh
      .getByRole("link", { name: new RegExp(text("referrals:notifications.title")) })
      .waitFor();
    await shot(sh, "30-home-shelter");
    await navigate(sh, text, "nav.referrals");
    await see(sh, "heading", text("referrals:list.title"));
    await sh.getByRole("link", { name: text("vocab:service.MSP03") }).click();
    await receiveReferral(sh, text, shot);
    await updateBeds(sh, text, shot);
    expect(shErrors).toEqual([]);

    // The caseworker moves the case on and asks for closure: reintegrated.
    await cw.goto(`${server.url}/cases/${caseId}`);
    await see(cw, "heading", `${childName} (Nguyen Thi Hoa)`);
    await askForClosure(cw, text, "reintegrated");
    await shot(cw, "40-closure-requested");
    await cwContext.close();

    // The supervisor finds the case without typing the marks, reads who looked, and approves.
    const [svContext, sv, svErrors] = await newPage();
    await signInWithCode(sv, text, supervisor, story.locale);
    // The shelter's answers reached the referring office as notifications.
    await sv.getByRole("link", { name: new RegExp(text("referrals:notifications.title")) }).click();
    await sv.getByText(text("vocab:notificationKind.referral.completed")).waitFor();
    await shot(sv, "45-notifications");
    await navigate(sv, text, "nav.cases");
    await sv.getByLabel(text("cases:list.purpose"), { exact: true }).fill(purpose);
    await sv.getByRole("textbox", { name: text("cases:list.search") }).fill("nguyen thi hoa");
    await sv.getByRole("button", { name: text("cases:list.searchButton"), exact: true }).click();
    await sv.getByRole("link", { name: childName, exact: true }).click();
    await see(sv, "heading", `${childName} (Nguyen Thi Hoa)`);
    await openTab(sv, text, "audit");
    const rows = sv.getByRole("row");
    const looked = text("audit:action.person.read");
    await rows.filter({ hasText: "Lê Thu Trang" }).filter({ hasText: looked }).first().waitFor();
    await rows.filter({ hasText: story.shelterName }).filter({ hasText: looked }).first().waitFor();
    await rows
      .filter({ hasText: text("cases:caseAudit.viaReferral") })
      .first()
      .waitFor();
    await rows
      .filter({ hasText: "Nguyễn Thị Hạnh" })
      .filter({ hasText: purpose })
      .first()
      .waitFor();
    await shot(sv, "50-case-audit");
    await openTab(sv, text, "overview");
    await sv.getByRole("button", { name: text("cases:lifecycle.approve") }).click();
    await sv.getByText(text("vocab:caseStatus.closed"), { exact: true }).first().waitFor();
    await shot(sv, "51-case-closed");
    expect(svErrors).toEqual([]);
    await Promise.all([shContext.close(), svContext.close()]);
  });
});
