import type { Page } from "playwright-core";
import { expect } from "vitest";
import { expectNoSeriousViolations } from "./axe.ts";
import { checkBoxes, chooseCountry, chooseRadio, displayName, openTab } from "./case-steps.ts";
import type { Text } from "./messages.ts";
import { expectFieldError, navigate, see } from "./steps.ts";

/*
 * The steps of the referral story (e2e/referral-story.test.ts), each as a user would take it,
 * in whatever language `text` speaks. `shot` keeps a screenshot of a step for a human to see.
 */
type Shot = (page: Page, name: string) => Promise<void>;

/** The child of the story: a Vietnamese name with diacritics, her guardian's name and phone. */
export const child = {
  familyName: "Nguyễn",
  givenName: "Thị Hoà",
  familyNameLatin: "Nguyen",
  givenNameLatin: "Thi Hoa",
  guardian: "Trần Thị Lan",
  guardianPhone: "+84912345678",
};
export const childName = "Nguyễn Thị Hoà";
export const shelterOrganisation = "Mái ấm Bình Minh, Đồng Tháp (demo)";
export const shelterProvider = "Mái ấm Bình Minh";

/** Fills the register form: a refusal first (next to the field, input kept), then the case. */
export async function registerChild(page: Page, text: Text, shot: Shot) {
  const field = (key: string) => page.getByLabel(text(`cases:${key}`), { exact: true });
  await field("person.familyName").fill(child.familyName);
  await page.getByRole("button", { name: text("cases:register.submit"), exact: true }).click();
  await expectFieldError(page, text("cases:person.givenName"), text("validation.required"));
  await field("person.givenName").fill(child.givenName);
  await field("person.familyNameLatin").fill(child.familyNameLatin);
  await field("person.givenNameLatin").fill(child.givenNameLatin);
  await field("person.sex").selectOption("female");
  await field("found.referralSource").selectOption("police");
  // A date of birth in the future: the server refuses it next to the field; the rest stays.
  await chooseRadio(page, text("cases:age.mode"), text("cases:age.modeExact"));
  await field("age.dateOfBirth").fill("2099-01-01");
  await page.getByRole("button", { name: text("cases:register.submit"), exact: true }).click();
  await expectFieldError(page, text("cases:age.dateOfBirth"), text("validation.birthInFuture"));
  expect(await field("person.givenName").inputValue()).toBe(child.givenName);
  await shot(page, "22-register-refused");
  // Not knowing her age: the form says she is treated as a child until assessed.
  await chooseRadio(page, text("cases:age.mode"), text("cases:age.modeUnknown"));
  await page.getByText(text("cases:age.presumedChild")).waitFor();
  await chooseRadio(page, text("cases:age.mode"), text("cases:age.modeEstimated"));
  await field("age.estimatedAgeYears").fill("15");
  await field("age.ageBasis").selectOption("assessed");
  await chooseRadio(
    page,
    text("cases:identity.nationalityStatus"),
    text("vocab:nationalityStatus.known"),
  );
  await chooseCountry(page, page, text("cases:identity.nationality"), "VN");
  const vietnamese = await displayName(page, "language", "vi");
  await page
    .getByRole("combobox", { name: text("cases:identity.languages"), exact: true })
    .fill(vietnamese);
  await page
    .getByRole("listbox", { name: text("cases:identity.languages") })
    .getByRole("option", { name: vietnamese, exact: true })
    .click();
  await page.getByRole("button", { name: text("cases:contacts.add") }).click();
  const contact = page.getByRole("group", { name: text("cases:contacts.item", { number: 1 }) });
  await contact.getByLabel(text("cases:contacts.relation"), { exact: true }).selectOption("parent");
  await contact.getByLabel(text("cases:contacts.name"), { exact: true }).fill(child.guardian);
  await contact.getByLabel(text("cases:contacts.phone"), { exact: true }).fill(child.guardianPhone);
  await contact.getByLabel(text("cases:contacts.isLegalGuardian")).check();
  await chooseCountry(page, page, text("cases:found.country"), "KH");
  await field("found.province").fill("Koh Kong");
  await field("found.place").fill("Karaoke bar");
  await checkBoxes(page, [text("vocab:exploitationType.sexual_exploitation")]);
  await checkBoxes(page, [
    text("vocab:recruitmentMethod.ThroughOnlineSocialNetworks"),
    "Facebook",
    "Zalo",
  ]);
  await field("recruitment.relation").selectOption("Acquainted");
  const origin = page.getByRole("group", { name: text("cases:movement.origin") });
  await chooseCountry(page, origin, text("cases:movement.country"), "VN");
  await origin.getByLabel(text("cases:movement.province"), { exact: true }).fill("An Giang");
  const destination = page.getByRole("group", { name: text("cases:movement.destination") });
  await chooseCountry(page, destination, text("cases:movement.country"), "KH");
  await destination.getByLabel(text("cases:movement.province"), { exact: true }).fill("Koh Kong");
  await chooseRadio(
    page,
    text("cases:movement.borderCrossing"),
    text("vocab:borderCrossing.irregular"),
  );
  await chooseRadio(page, text("cases:risk.level"), text("vocab:risk.high"));
  await field("risk.reason").fill("The recruiter knows where her family lives.");
  await shot(page, "23-register-filled");
  await page.getByRole("button", { name: text("cases:register.submit"), exact: true }).click();
  // The demo office may already know a child like her: she is none of those, so register her.
  const heading = page.getByRole("heading", { name: `${childName} (Nguyen Thi Hoa)` });
  const noneOfThese = page.getByRole("button", { name: text("cases:duplicates.noneOfThese") });
  await heading.or(noneOfThese).waitFor();
  if (await noneOfThese.isVisible()) await noneOfThese.click();
  await see(page, "heading", `${childName} (Nguyen Thi Hoa)`);
  await page.getByRole("tab", { name: text("cases:tab.overview") }).waitFor();
  await expectNoSeriousViolations(page);
  await shot(page, "24-case-overview");
  const caseId = new URL(page.url()).pathname.split("/").at(-1);
  if (!caseId) throw new Error("no case id in the address");
  return caseId;
}

/** The referral wizard: the shelter found by the directory, chosen fields, preview, send. */
export async function referChild(page: Page, text: Text, shot: Shot) {
  await see(page, "heading", text("referrals:wizard.provider.title"));
  const shelter = page.getByRole("article", { name: shelterProvider });
  await shelter.getByText(text("directory:why.freeBed"), { exact: false }).waitFor();
  await shot(page, "27-refer-provider");
  await shelter
    .getByRole("button", {
      name: text("referrals:wizard.provider.choose", { name: shelterProvider }),
    })
    .click();
  await see(page, "heading", text("referrals:wizard.fields.title"));
  // "Names" reads "Names, identifies the child": the badge is part of its label.
  await page.getByRole("checkbox", { name: text("vocab:sharedField.person.names") }).check();
  await checkBoxes(page, [text("vocab:sharedField.case.exploitationTypes")]);
  await shot(page, "28-refer-fields");
  await page.getByRole("button", { name: text("referrals:wizard.fields.next") }).click();
  await see(page, "heading", text("referrals:wizard.preview.title", { provider: shelterProvider }));
  const preview = page.getByRole("region", { name: text("referrals:wizard.preview.cardLabel") });
  await preview.getByText(`${childName} · Nguyen Thi Hoa`).waitFor();
  expect(await preview.textContent()).not.toContain(child.guardian);
  expect(await preview.textContent()).not.toContain("Koh Kong");
  await shot(page, "29-refer-preview");
  await page.getByRole("button", { name: text("referrals:wizard.preview.next") }).click();
  await page
    .getByLabel(text("referrals:wizard.send.reason"), { exact: true })
    .fill("She needs a safe place to stay while her family is assessed.");
  await page
    .getByLabel(text("referrals:wizard.send.legalBasis"), { exact: true })
    .fill("Consent of the child and her guardian");
  await page.getByRole("button", { name: text("referrals:wizard.send.submit") }).click();
  await page
    .getByText(text("referrals:page.status", { status: text("vocab:referralStatus.pending") }))
    .waitFor();
  await expectNoSeriousViolations(page);
  await shot(page, "29b-referral-sent");
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** The shelter sees only the shared fields, accepts, then records the service delivered. */
export async function receiveReferral(page: Page, text: Text, shot: Shot) {
  const shared = page.getByRole("region", { name: text("referrals:page.sharedWithYou") });
  await shared.getByText(`${childName} · Nguyen Thi Hoa`).waitFor();
  const seen = (await shared.textContent()) ?? "";
  expect(seen).not.toContain(child.guardian);
  expect(seen).not.toContain(child.guardianPhone);
  expect(seen).not.toContain("Koh Kong");
  expect(seen).toContain(text("vocab:exploitationType.sexual_exploitation"));
  await expectNoSeriousViolations(page);
  await shot(page, "31-referral-received");
  await page.getByRole("button", { name: text("referrals:actions.accept"), exact: true }).click();
  await page
    .getByText(text("referrals:page.status", { status: text("vocab:referralStatus.accepted") }))
    .waitFor();
  await page.getByRole("button", { name: text("referrals:actions.complete") }).click();
  await page
    .getByLabel(text("referrals:actions.outcome"))
    .fill("Three weeks in the shelter; she went home to her mother.");
  await page.getByRole("button", { name: text("referrals:actions.confirmComplete") }).click();
  await page.getByText(text("referrals:page.accessEnded")).waitFor();
  expect(await page.getByText(childName).count()).toBe(0);
  await shot(page, "32-referral-delivered");
}

/** The shelter's staff keep the free beds current in the directory. */
export async function updateBeds(page: Page, text: Text, shot: Shot) {
  await navigate(page, text, "nav.directory");
  await see(page, "heading", text("directory:title"));
  const own = page.getByRole("article", { name: shelterProvider });
  await own.getByLabel(text("directory:beds.label")).fill("2");
  await own.getByRole("button", { name: text("directory:beds.save") }).click();
  await own.getByText(text("directory:card.beds", { free: 2, capacity: 16 })).waitFor();
  await expectNoSeriousViolations(page);
  await shot(page, "33-directory");
}

/** The child's tab, a change to where she was found, a note and a task due today. */
export async function reviewAndAdd(page: Page, text: Text, shot: Shot) {
  await openTab(page, text, "person");
  await page.getByText(child.guardian).waitFor();
  await shot(page, "24b-person");
  await openTab(page, text, "exploitation");
  await page.getByRole("button", { name: text("cases:facts.edit") }).click();
  await page
    .getByLabel(text("cases:found.place"), { exact: true })
    .fill("Karaoke bar by the market");
  await page.getByRole("button", { name: text("cases:facts.save"), exact: true }).click();
  await page.getByText("Karaoke bar by the market", { exact: true }).waitFor();
  await shot(page, "24c-exploitation");
  await openTab(page, text, "notes");
  await page
    .getByRole("textbox", { name: text("cases:notes.new"), exact: true })
    .fill("She asked to call her mother. <b>Not bold</b>");
  await page.getByRole("button", { name: text("cases:notes.add"), exact: true }).click();
  // Free text stays text: markup typed in a note is shown as typed, never run.
  await page.getByText("She asked to call her mother. <b>Not bold</b>").waitFor();
  await openTab(page, text, "tasks");
  await page
    .getByRole("textbox", { name: text("cases:tasks.taskTitle"), exact: true })
    .fill("Call her mother");
  await page
    .getByLabel(text("cases:tasks.dueOn"), { exact: true })
    .fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: text("cases:tasks.add"), exact: true }).click();
  await page.getByText("Call her mother", { exact: true }).waitFor();
  await shot(page, "24d-tasks");
}
