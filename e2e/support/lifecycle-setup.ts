import type { Page } from "playwright-core";
import { signInToApi } from "./api.ts";
import { shelterOrganisation, shelterProvider } from "./referral-story-steps.ts";
import type { TestServer } from "./server.ts";

/*
 * What the lifecycle paths (e2e/lifecycle-paths.test.ts) start from, set up through the API the
 * web app calls: registering and referring have their own story (e2e/referral-story.test.ts).
 */

/** The child of these paths: a Vietnamese name with diacritics, her age estimated. */
export const pathsChild = {
  familyName: "Trần",
  givenName: "Thị Mai",
  familyNameLatin: "Tran",
  givenNameLatin: "Thi Mai",
};
export const pathsChildName = "Trần Thị Mai (Tran Thi Mai)";
export const welfareOrganisation = "Phòng Bảo trợ xã hội tỉnh An Giang (demo)";
export const newCaseworkerName = "Phạm Minh Tuấn";
export const shelterUserName = "Võ Thị Ngọc";

type Api = { request(method: string, path: string, body?: unknown): Promise<unknown> };

/**
 * Requests in the session of a signed-in page (its cookie, its CSRF token): a one-time code is
 * never accepted twice, so the people who sign in to the browser do not sign in again here.
 */
export async function apiOfPage(page: Page, baseUrl: string): Promise<Api> {
  const session = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as {
    csrfToken: string;
  };
  return {
    async request(method, path, body) {
      const response = await page.request.fetch(`${baseUrl}${path}`, {
        method,
        headers: { "x-csrf-token": session.csrfToken },
        ...(body === undefined ? {} : { data: body }),
      });
      const json: unknown = await response.json();
      if (!response.ok())
        throw new Error(`${method} ${path}: ${response.status()} ${JSON.stringify(json)}`);
      return json;
    },
  };
}

/** A colleague joins the demo office, and the shelter gets a caseworker (who enrols later). */
export async function addPathsColleagues(server: TestServer) {
  const admin = await signInToApi(server.url, server.account("node_admin"));
  const organisations = (await admin.request("GET", "/api/organisations")) as {
    id: string;
    name: string;
  }[];
  const idOf = (name: string) => {
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`no organisation ${name}`);
    return found.id;
  };
  const shelterUser = {
    email: "ngoc.paths@binhminh.example",
    displayName: shelterUserName,
    locale: "en",
    password: "mái ấm bình minh 2026",
  };
  await admin.request("POST", "/api/users", {
    organisationId: idOf(shelterOrganisation),
    role: "caseworker",
    ...shelterUser,
  });
  await admin.request("POST", "/api/users", {
    organisationId: idOf(welfareOrganisation),
    role: "caseworker",
    email: "tuan.paths@angiang.example",
    displayName: newCaseworkerName,
    locale: "vi",
    password: "phòng bảo trợ 2026",
  });
  return shelterUser;
}

/**
 * The demo caseworker (`api`: her signed-in session) registers the girl with her and her
 * guardian's consent to share, and refers her to the shelter twice (two services, names shared).
 */
export async function setUpPaths(api: Api) {
  const created = (await api.request("POST", "/api/cases", {
    person: {
      ...pathsChild,
      nameOrder: "family_first",
      sex: "female",
      estimatedAgeYears: 14,
      ageBasis: "assessed",
      nationalityStatus: "known",
      nationality: "VN",
      languages: ["vi"],
    },
    registeredOn: new Date().toISOString().slice(0, 10),
    referralSource: "police",
    exploitationTypes: ["forced_labour"],
  })) as { id: string };
  for (const givenBy of ["child", "guardian"]) {
    await api.request("POST", `/api/cases/${created.id}/consents`, {
      scope: "sharing_with_referrals",
      givenBy,
      decision: "given",
    });
  }
  const providers = (await api.request("GET", "/api/directory?countryCode=VN&limit=100")) as {
    id: string;
    name: string;
  }[];
  const shelter = providers.find((p) => p.name === shelterProvider);
  if (!shelter) throw new Error(`no provider ${shelterProvider}`);
  const refer = async (serviceKey: string) =>
    (
      (await api.request("POST", `/api/cases/${created.id}/referrals`, {
        providerId: shelter.id,
        serviceKey,
        sharedFields: ["person.names", "case.exploitationTypes"],
        reason: "She needs a safe place while her family is assessed.",
        legalBasis: "Consent of the child and her guardian",
      })) as { id: string }
    ).id;
  return {
    caseId: created.id,
    toDecline: await refer("MSP03"),
    toWithdraw: await refer("MSP04"),
  };
}
