import type { Role } from "@sahabat/shared";

/** A place in the app the navigation offers. */
export type NavigationItem = {
  to: "/" | "/organisations" | "/audit" | "/account";
  label: "home" | "organisations" | "audit" | "account";
};

const home: NavigationItem = { to: "/", label: "home" };
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
    case "node_admin":
    case "org_admin":
    case "supervisor":
      return [home, organisations, audit, account];
    default:
      return [home, account];
  }
}

/** Whether to offer the form that adds organisations (node administrators; see above). */
export function isOfferedOrganisationCreation(role: Role): boolean {
  return role === "node_admin";
}
