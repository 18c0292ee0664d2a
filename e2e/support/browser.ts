import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

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
  // A table that has just rendered may not have asked for its fonts yet when fonts.ready
  // settles, so the faces of the scripts on the page are requested explicitly (a face the app
  // does not ship loads nothing, and the check below still fails).
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    const faces: [string, string, RegExp][] = [
      ["Noto Sans Thai", "ก", /[\u0E00-\u0E7F]/],
      ["Noto Sans Lao", "ກ", /[\u0E80-\u0EFF]/],
      ["Noto Sans Khmer", "ក", /[\u1780-\u17FF]/],
      ["Noto Sans Myanmar", "က", /[\u1000-\u109F]/],
    ];
    // biome-ignore lint/performance/useDomNodeTextContent: only rendered text matters
    const shown = document.body.innerText;
    await Promise.all(
      faces
        .filter(([, , range]) => range.test(shown))
        .map(([font, glyph]) => document.fonts.load(`16px "${font}"`, glyph)),
    );
    await document.fonts.ready;
  });
  await expectScriptsInTheirFonts(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Every Thai, Lao, Burmese, Khmer or Chinese text on the page (text nodes and field values) is
 * set in a font stack that holds the app's Noto font for it, and those fonts have loaded.
 * This machine has no such fonts installed, so a miss would show as empty boxes.
 */
export async function expectScriptsInTheirFonts(page: Page) {
  const misses = await page.evaluate(() => {
    const script = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u4E00-\u9FFF]/;
    const noto = /Noto Sans (Thai|Lao|Myanmar|Khmer|SC)/;
    const found: string[] = [];
    const check = (element: Element, text: string) => {
      const family = getComputedStyle(element).fontFamily;
      if (script.test(text) && !noto.test(family)) found.push(`${text.slice(0, 30)} in ${family}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement) check(node.parentElement, node.textContent ?? "");
    }
    for (const field of document.querySelectorAll("input")) check(field, field.value);
    const samples: [string, string, RegExp][] = [
      ["Noto Sans Thai", "ก", /[\u0E00-\u0E7F]/],
      ["Noto Sans Khmer", "ក", /[\u1780-\u17FF]/],
      ["Noto Sans Myanmar", "က", /[\u1000-\u109F]/],
    ];
    // biome-ignore lint/performance/useDomNodeTextContent: only rendered text; closed <option>s do not count
    const shown = document.body.innerText;
    for (const [font, glyph, range] of samples) {
      if (range.test(shown) && !document.fonts.check(`16px "${font}"`, glyph)) {
        found.push(`${font} not loaded`);
      }
    }
    return found;
  });
  expect(misses).toEqual([]);
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
