import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** CHROMIUM_PATH, else /usr/bin/chromium, else the binary the @sparticuz/chromium package ships. */
async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const sparticuz = await import("@sparticuz/chromium");
  return sparticuz.default.executablePath();
}

/** A headless Chromium (`npx playwright install` cannot download anything here). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const screenshotDir = path.resolve(import.meta.dirname, "../screenshots");

/** Saves a full-page screenshot to e2e/screenshots/<name>.png (git-ignored) for a human to look at. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // Fonts load lazily per script (unicode-range): wait until the page's glyphs are in.
  // A full-page shot of a scrolled page draws the fixed header mid-page: start from the top.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    return document.fonts.ready.then(() => undefined);
  });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Collects the page's script errors and CSP violations. Refused requests (the 401 of a first
 * session check) are the app working as meant, so "Failed to load resource" lines are left out.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(message.text());
    }
  });
  return errors;
}
