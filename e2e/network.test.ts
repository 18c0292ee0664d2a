import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { caseBody } from "../apps/server/test/factories.ts";
import { signInToApi } from "./support/api.ts";
import { expectNoSeriousViolations } from "./support/axe.ts";
import { launchBrowser, screenshot, watchPageErrors } from "./support/browser.ts";
import { openTab, signInWithCode } from "./support/case-steps.ts";
import { messagesIn } from "./support/messages.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { see } from "./support/steps.ts";

// A caseworker opens a case's network: the girl's phone, written the Thai way, links her to
// another case of the office written the international way; a mistyped value is kept but links
// nothing; asking other agencies with a purpose shows the police unit, which holds the number and
// a probable match of the girl, as one contact, and nothing of its records.
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const policeName = "Anti-Trafficking Police Unit, Lào Cai (demo)";

test("a case's network links two spellings of a phone and shows another agency only as its contact (en)", async () => {
  const text = messagesIn("en");
  const caseworker = { ...server.account("caseworker"), locale: "vi" as const };
  // The caseworker's own code is kept for her browser sign-in (each code is accepted once): her
  // supervisor registers the cases, assigned to her.
  const api = await signInToApi(server.url, server.account("supervisor"));
  const colleagues = (await api.request("GET", "/api/users")) as { id: string; email: string }[];
  const assignedUserId = colleagues.find((u) => u.email === caseworker.email)?.id;
  const police = await signInToApi(server.url, server.account("investigator"));
  // One of the police unit's own cases: its child, known by her full name and date of birth, is
  // the girl the office registers again. (A single common name and an age are not enough for "a
  // probable match": the demo has many children of one name.)
  const policeCases = (await police.request("GET", "/api/cases?limit=50")) as {
    cases: { id: string; reference: string }[];
  };
  let held: { id: string; reference: string } | undefined;
  let known: Record<string, unknown> = {};
  for (const c of policeCases.cases) {
    const detail = (await police.request("GET", `/api/cases/${c.id}`)) as {
      status: string;
      person: Record<string, unknown>;
    };
    if (detail.status !== "closed" && detail.person.dateOfBirth && detail.person.familyName) {
      held = c;
      known = detail.person;
      break;
    }
  }
  if (!held)
    throw new Error("no open police case whose child has a family name and a date of birth");
  // Her identity as the police unit recorded it; a field it left empty stays empty (undefined,
  // so the default of the form's test body does not fill it in).
  const identity = [
    "givenName",
    "familyName",
    "givenNameLatin",
    "familyNameLatin",
    "nameOrder",
    "sex",
    "dateOfBirth",
    "estimatedAgeYears",
    "ageBasis",
    "nationalityStatus",
    "nationality",
  ];
  const sameChild = Object.fromEntries(identity.map((k) => [k, known[k] ?? undefined]));
  const first = (await api.request(
    "POST",
    "/api/cases",
    caseBody({ assignedUserId }, sameChild),
  )) as {
    id: string;
  };
  const second = (await api.request(
    "POST",
    "/api/cases",
    caseBody({ assignedUserId }, { givenName: "Ngọc", familyName: "Trần" }),
  )) as { id: string; reference: string };
  const add = (c: typeof api, id: string, body: object) =>
    c.request("POST", `/api/cases/${id}/selectors`, body);
  await add(api, first.id, {
    kind: "phone",
    value: "081 234 5678",
    defaultCountry: "TH",
    subject: "person",
  });
  await add(api, first.id, { kind: "phone", value: "call me maybe" });
  await add(api, second.id, { kind: "phone", value: "+66 81 234 5678" });
  // The police unit's case holds the same number.
  await add(police, held.id, { kind: "phone", value: "+66 (0)81 234 5678" });

  const context = await browser.newContext({
    locale: "en-GB",
    viewport: { width: 1280, height: 1000 },
  });
  const page = await context.newPage();
  onTestFailed(async () => {
    if (!page.isClosed())
      await page.screenshot({ path: "e2e/screenshots/failed-network.png", fullPage: true });
  });
  const pageErrors = watchPageErrors(page);
  await page.goto(server.url);
  await signInWithCode(page, text, caseworker, "en");
  await page.goto(`${server.url}/cases/${first.id}`);
  await openTab(page, text, "network");
  await page.getByText(text("selectors:network.connections"), { exact: true }).waitFor();
  const sameValue = text("selectors:network.edge.sameValueCase", {
    label: `${text("selectors:kind.phone")}: 081 234 5678`,
    entered: "+66 81 234 5678",
    reference: second.reference,
  });
  await page.getByText(sameValue, { exact: true }).waitFor();
  expect(await page.locator("canvas").count()).toBeGreaterThan(0);
  await page
    .getByText(
      text("selectors:list.notLinked", { problem: text("selectors:problem.unparseable") }),
      { exact: true },
    )
    .waitFor();

  await page.getByLabel(text("selectors:ask.purposeCode")).selectOption("victim_identification");
  await page.getByLabel(text("selectors:ask.purposeText")).fill("Same number as the recruiter's");
  await page.getByRole("button", { name: text("selectors:ask.submit") }).click();
  await page
    .getByText(text("selectors:ask.hitBoth", { agency: policeName }), { exact: true })
    .waitFor();
  await page
    .getByText(
      text("selectors:network.edge.heldElsewhere", {
        label: `${text("selectors:kind.phone")}: 081 234 5678`,
        agency: policeName,
      }),
      { exact: true },
    )
    .waitFor();
  // The child's probable match at the police unit: an edge to the same opaque agency node.
  const [before, after] = text("selectors:network.edge.probableMatchElsewhere", {
    agency: policeName,
    name: "\u0000",
  }).split("\u0000");
  await page
    .locator("li", { hasText: before ?? "" })
    .filter({ hasText: after ?? "" })
    .first()
    .waitFor();
  // (The child's name is on the page: she is this office's child too.)
  const body = (await page.locator("main").textContent()) ?? "";
  for (const secret of [held.id, held.reference, "+66 (0)81 234 5678"])
    expect(body).not.toContain(secret);
  await see(page, "button", text("selectors:ask.submit"));
  await expectNoSeriousViolations(page);
  await screenshot(page, "network-en");
  expect(pageErrors).toEqual([]);
  await context.close();
});
