import type { Role } from "@sahabat/shared";

/** A place in the app the navigation offers. */
export type NavigationItem = {
  to:
    | "/"
    | "/cases"
    | "/duplicates"
    | "/screening"
    | "/directory"
    | "/referrals"
    | "/takedowns"
    | "/online-harm"
    | "/ad-screenings"
    | "/organisations"
    | "/audit"
    | "/account";
  label:
    | "home"
    | "cases"
    | "review"
    | "screening"
    | "directory"
    | "referrals"
    | "takedowns"
    | "onlineHarm"
    | "adScreening"
    | "organisations"
    | "audit"
    | "account";
};

const home: NavigationItem = { to: "/", label: "home" };
const cases: NavigationItem = { to: "/cases", label: "cases" };
const review: NavigationItem = { to: "/duplicates", label: "review" };
const screening: NavigationItem = { to: "/screening", label: "screening" };
const directory: NavigationItem = { to: "/directory", label: "directory" };
const referrals: NavigationItem = { to: "/referrals", label: "referrals" };
const takedowns: NavigationItem = { to: "/takedowns", label: "takedowns" };
const onlineHarm: NavigationItem = { to: "/online-harm", label: "onlineHarm" };
const adScreening: NavigationItem = { to: "/ad-screenings", label: "adScreening" };
const organisations: NavigationItem = { to: "/organisations", label: "organisations" };
const audit: NavigationItem = { to: "/audit", label: "audit" };
const account: NavigationItem = { to: "/account", label: "account" };

/**
 * Which links to offer a role. This is a convenience, not a rule: the server decides every
 * access and answers 403/404 otherwise. It exists because the session carries no `can` map
 * for whole areas (API gap, reported): once it does, read that instead of the role.
 */
export function navigationFor(role: Role): NavigationItem[] {
  switch (role) {
    case "caseworker":
      return [
        home,
        cases,
        screening,
        review,
        directory,
        referrals,
        onlineHarm,
        takedowns,
        adScreening,
        account,
      ];
    case "supervisor":
      return [
        home,
        cases,
        screening,
        review,
        directory,
        referrals,
        onlineHarm,
        takedowns,
        adScreening,
        organisations,
        audit,
        account,
      ];
    case "investigator":
      return [home, cases, screening, directory, onlineHarm, takedowns, adScreening, account];
    case "node_admin":
    case "org_admin":
      return [home, directory, organisations, audit, account];
    default:
      return [home, directory, account];
  }
}

/** Whether the role works with referrals and their notifications (the server's rule). */
export function isReferralRole(role: Role): boolean {
  return role === "caseworker" || role === "supervisor";
}

/** Whether to offer the form that adds organisations (node administrators; see above). */
export function isOfferedOrganisationCreation(role: Role): boolean {
  return role === "node_admin";
}
