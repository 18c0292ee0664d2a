import { z } from "zod";

/** Roles a user can hold; one role per user, in one organisation. */
export const roles = [
  "caseworker",
  "supervisor",
  "investigator",
  "analyst",
  "org_admin",
  "node_admin",
] as const;
/** A user's role. */
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Agency types named in the specification (police to health). */
export const agencyTypes = [
  "police",
  "anti_trafficking_police",
  "immigration",
  "cyber_crime",
  "prosecutor",
  "social_welfare",
  "shelter",
  "ngo",
  "hotline",
  "labour_inspection",
  "embassy_consulate",
  "health",
] as const;
/** An organisation's agency type. */
export const AgencyType = z.enum(agencyTypes);
export type AgencyType = z.infer<typeof AgencyType>;

/** Interface languages; English, Vietnamese and Thai are complete, the rest follow. */
export const locales = ["en", "vi", "th"] as const;
/** A supported interface language. */
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

/** ISO 3166-1 alpha-2 codes of the eleven ASEAN member states (Timor-Leste included). */
export const aseanCountryCodes = [
  "BN",
  "KH",
  "ID",
  "LA",
  "MY",
  "MM",
  "PH",
  "SG",
  "TH",
  "TL",
  "VN",
] as const;

/**
 * Roles that can see identifying data and so must use a second factor.
 * Analysts see aggregates only, so a password suffices for them.
 */
export const rolesNeedingSecondFactor: readonly Role[] = [
  "caseworker",
  "supervisor",
  "investigator",
  "org_admin",
  "node_admin",
];
