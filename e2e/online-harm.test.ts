import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { signInWithCode, useLanguage } from "./support/case-steps.ts";
import { messagesIn, type Text } from "./support/messages.ts";
import {
  listKnownImage,
  makeBenignImage,
  startContentServer,
} from "./support/online-harm-setup.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { expectFieldError, navigate, see } from "./support/steps.ts";

// Issue 7's story: a hotline operator reports an address with an image, sees a match without
// the image, sends a takedown notice and sees the content removed. The "platform" is a loopback
// server serving a benign generated picture; the agency's list of known material holds that
// picture's fingerprints. Then a supervisor decides the perceptual match in the review queue.
let browser: Browser;
let server: TestServer;
let image: Buffer;
let content: Awaited<ReturnType<typeof startContentServer>>;
let lists: { verified: string; unverified: string };
let reportUrl = "";

beforeAll(async () => {
  image = await makeBenignImage();
  [browser, server, content] = await Promise.all([
    launchBrowser(),
    startServer(),
    startContentServer(image),
  ]);
  lists = await listKnownImage(server, image);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await content?.close();
});

/** Nothing on the page can show a picture: no image, canvas or video, no data or blob URL. */
async function expectNoPicture(page: Page) {
  const found = await page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const media = main.querySelectorAll("img, canvas, video, picture, object, embed").length;
    const html = document.documentElement.outerHTML;
    return { media, hasDataUrl: /data:image|blob:/.test(html) };
  });
  expect(found).toEqual({ media: 0, hasDataUrl: false });
}

async function fillNewReport(page: Page, text: Text) {
  await page.getByRole("link", { name: text("online-harm:list.new"), exact: true }).click();
  await see(page, "heading", text("online-harm:new.title"));
  await page.getByLabel(text("online-harm:field.urls"), { exact: true }).fill(content.url);
  await page
    .getByRole("combobox", { name: text("online-harm:field.platform"), exact: true })
    .selectOption("example-messenger");
  await page
    .getByRole("combobox", { name: text("online-harm:field.category"), exact: true })
    .selectOption("abuse_material");
  await page
    .getByRole("radio", { name: text("online-harm:reporterKind.hotline"), exact: true })
    .check();
  expect(
    await page
      .getByRole("checkbox", { name: text("online-harm:field.anonymous"), exact: true })
      .isChecked(),
  ).toBe(true);
}

test("a hotline operator reports an address with an image, sees the match without the image, sends a notice and sees the content removed (en, th)", async () => {
  const text = messagesIn("en");
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const operator = { ...server.account("caseworker"), locale: "vi" as const };
  await page.goto(server.url);
  await signInWithCode(page, text, operator, "en");

  // The report: the address as reported, on an (illustrative) platform with a portal.
  await navigate(page, text, "nav.onlineHarm");
  await see(page, "heading", text("online-harm:list.title"));
  await page.getByText(text("online-harm:list.empty")).waitFor();
  await fillNewReport(page, text);
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-01-new-report-en");
  // A refused address: the message sits next to the field and what was typed stays.
  const urls = page.getByLabel(text("online-harm:field.urls"), { exact: true });
  await urls.fill(`ftp://files.example/sunset.png\n${content.url}`);
  await page.getByRole("button", { name: text("online-harm:new.submit"), exact: true }).click();
  // The server's code (invalid_format, url), said by the web in the interface language.
  await expectFieldError(page, text("online-harm:field.urls"), text("validation.url"));
  expect(await urls.inputValue()).toContain("ftp://files.example/sunset.png");
  expect(
    await page.getByRole("combobox", { name: text("online-harm:field.platform") }).inputValue(),
  ).toBe("example-messenger");
  await urls.fill(content.url);
  await page.getByRole("button", { name: text("online-harm:new.submit"), exact: true }).click();
  const title = text("online-harm:report.title", {
    category: text("online-harm:category.abuse_material"),
  });
  await see(page, "heading", title);
  reportUrl = page.url();
  await page.getByText(content.url, { exact: true }).waitFor();
  // The address is text, never a link that would open the material.
  expect(await page.getByRole("link", { name: content.url }).count()).toBe(0);

  // A file that is no image is refused next to the field, and nothing is kept of it.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: "notes.png",
    mimeType: "image/png",
    buffer: Buffer.from("these are not the bytes of an image"),
  });
  await page.getByRole("button", { name: text("online-harm:upload.submit"), exact: true }).click();
  // Said from the server's code (file_not_image) in the interface language.
  await page.getByText(text("validation.fileNotImage"), { exact: true }).waitFor();
  expect(await page.getByRole("table", { name: text("online-harm:uploads.caption") }).count()).toBe(
    0,
  );

  // Keeping a file as evidence is not the operator's choice to make.
  expect(
    await page.getByRole("checkbox", { name: text("online-harm:upload.retain") }).count(),
  ).toBe(0);

  // The image: read by the browser, fingerprinted by the server, never shown.
  await fileInput.setInputFiles({
    name: "sunset.png",
    mimeType: "image/png",
    buffer: image,
  });
  await page.getByRole("button", { name: text("online-harm:upload.submit"), exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: text("online-harm:upload.done") });
  await done.waitFor();
  expect(await done.textContent()).toContain("sunset.png");
  const matches = page.getByRole("table", { name: text("online-harm:match.caption") });
  await matches
    .getByText(text("online-harm:status.known_material"), { exact: true })
    .first()
    .waitFor();
  // Known material by its SHA-256; the PDQ of the same verified list adds nothing to review.
  const exactRow = matches
    .getByRole("row")
    .filter({ hasText: text("online-harm:status.known_material") })
    .filter({ hasText: text("online-harm:match.identical") });
  expect(await exactRow.textContent()).toContain(lists.verified);
  const toReview = matches.getByRole("row").filter({ hasText: lists.unverified });
  expect(await toReview.textContent()).toContain(text("online-harm:status.review"));
  expect(await exactRow.textContent()).toContain(text("online-harm:match.identical"));
  await page.getByText(text("online-harm:match.noImageTitle"), { exact: true }).waitFor();
  const files = page.getByRole("table", { name: text("online-harm:uploads.caption") });
  await files.getByText("image/png", { exact: true }).waitFor();
  await expectNoPicture(page);
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-02-report-match-en");

  // The notice, filled from the report: the address and fingerprints are already there.
  await page.getByRole("link", { name: text("online-harm:notice.draft"), exact: true }).click();
  await see(page, "heading", text("takedowns:new.title"));
  expect(
    await page
      .getByRole("textbox", { name: text("takedowns:form.url"), exact: true })
      .first()
      .inputValue(),
  ).toBe(content.url);
  await page
    .getByRole("textbox", { name: text("takedowns:form.unit"), exact: true })
    .fill("Hotline 111");
  await page
    .getByRole("textbox", { name: text("takedowns:form.explanation"), exact: true })
    .fill(
      "The file at this address matches an entry of a verified list of known child sexual abuse material (exact SHA-256).",
    );
  await page
    .getByRole("textbox", { name: text("takedowns:form.redress"), exact: true })
    .fill("The platform or the user may contest this notice by replying to the address below.");
  await page.getByRole("button", { name: text("takedowns:new.save"), exact: true }).click();
  // The notice's page is titled with its reference (SAHABAT-TD-…).
  await page
    .getByRole("heading", { name: new RegExp(`^${text("takedowns:detail.title")} SAHABAT-TD-`) })
    .waitFor();
  await page
    .getByRole("textbox", { name: text("takedowns:send.reference"), exact: true })
    .fill("MSG-2026-0042");
  await page.getByRole("button", { name: text("takedowns:send.byPortal"), exact: true }).click();
  await page.getByText(text("takedowns:status.sent"), { exact: true }).first().waitFor();

  // The platform removes it; the operator verifies by re-fetching.
  content.takeDown();
  await page.getByRole("button", { name: text("takedowns:check.run"), exact: true }).click();
  await page.getByText(text("takedowns:outcome.gone")).first().waitFor();
  await page.getByText(text("takedowns:status.removed"), { exact: true }).first().waitFor();
  await expectNoPicture(page);
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-03-notice-removed-en");

  // The same report in Thai.
  const thai = messagesIn("th");
  await useLanguage(page, "th");
  await page.goto(reportUrl);
  await see(
    page,
    "heading",
    thai("online-harm:report.title", { category: thai("online-harm:category.abuse_material") }),
  );
  await page
    .getByText(thai("online-harm:status.known_material"), { exact: true })
    .first()
    .waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-04-report-th");
  expect(pageErrors).toEqual([]);
  await context.close();
});

test("a supervisor decides the perceptual match side by side without seeing either image, then keeps the file as evidence and sees its custody and, with a reason, a blurred thumbnail (vi)", async () => {
  expect(reportUrl).not.toBe("");
  const text = messagesIn("vi");
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const pageErrors = watchPageErrors(page);
  const supervisor = { ...server.account("supervisor"), locale: "vi" as const };
  await page.goto(server.url);
  await signInWithCode(page, text, supervisor, "vi");
  await navigate(page, text, "nav.onlineHarm");
  await page.getByRole("link", { name: text("online-harm:review.title"), exact: true }).click();
  await see(page, "heading", text("online-harm:review.title"));
  const card = page.getByRole("article").first();
  await card.getByText(text("online-harm:review.reported"), { exact: true }).waitFor();
  await card.getByText(lists.unverified).waitFor();
  await card.getByText("image/png", { exact: true }).waitFor();
  await expectNoPicture(page);
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-05-review-vi");
  await card.getByRole("button", { name: text("online-harm:review.confirm"), exact: true }).click();
  await page.getByText(text("online-harm:review.empty"), { exact: true }).waitFor();

  // She keeps a copy of the reported file as evidence: it is never shown, only its custody and,
  // when she gives a reason, a small blurred thumbnail.
  await page.goto(reportUrl);
  await page.locator('input[type="file"]').setInputFiles({
    name: "sunset.png",
    mimeType: "image/png",
    buffer: image,
  });
  await page.getByRole("checkbox", { name: text("online-harm:upload.retain") }).check();
  await page
    .getByRole("textbox", { name: text("online-harm:upload.legalBasis"), exact: true })
    .fill("Criminal Procedure Code, art. 88 (seizure of electronic data)");
  await page
    .getByRole("textbox", { name: text("online-harm:upload.reason"), exact: true })
    .fill("Needed for the prosecution file of the reported account.");
  await page.getByRole("button", { name: text("online-harm:upload.submit"), exact: true }).click();
  await page
    .getByRole("status")
    .filter({ hasText: text("online-harm:upload.done") })
    .waitFor();
  await expectNoPicture(page);
  await page
    .getByRole("link", { name: text("online-harm:uploads.openEvidence") })
    .first()
    .click();
  await see(page, "heading", text("evidence:title"));
  await page.getByText(text("evidence:kind.acquired"), { exact: true }).first().waitFor();
  await expectNoPicture(page);
  await expectNoSeriousViolations(page);

  // The thumbnail only with a reason; the request goes on the chain of custody.
  await page
    .getByRole("textbox", { name: text("evidence:thumbnail.reason") })
    .fill("Checking the kept file is the reported one.");
  await page.getByRole("button", { name: text("evidence:thumbnail.submit"), exact: true }).click();
  const thumbnail = page.getByRole("img", { name: text("evidence:thumbnail.alt") });
  await thumbnail.waitFor();
  const size = await thumbnail.evaluate((img) => ({
    width: (img as HTMLImageElement).naturalWidth,
    height: (img as HTMLImageElement).naturalHeight,
  }));
  // Decoded (not blocked), and small: at most 64 pixels on its longer side.
  expect(Math.min(size.width, size.height)).toBeGreaterThan(0);
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(64);
  await page.getByText(text("evidence:kind.thumbnail_viewed"), { exact: true }).first().waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, "online-harm-06-evidence-vi");
  expect(pageErrors).toEqual([]);
  await context.close();
});
