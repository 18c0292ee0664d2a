import { z } from "zod";
import { PersonInput } from "./persons.ts";
import { CountryCode, freeText, Id, IsoDate, lineText } from "./text.ts";

/** Exploitation types named in the specification (HTCDS vic_TypeOfExploitation, extended for the region). */
export const ExploitationType = z.enum([
  "sexual_exploitation",
  "online_sexual_exploitation",
  "forced_labour",
  "forced_criminality",
  "forced_begging",
  "domestic_servitude",
  "forced_or_child_marriage",
  "organ_removal",
  "child_recruitment_armed_groups",
  "other",
]);

/** HTCDS vic_MethodOfRecruitment values, spelled as the standard spells them. */
export const RecruitmentMethod = z.enum([
  "AtAPlaceOfBusiness",
  "AtAnEducationalInstitution",
  "AtWork",
  "ThroughOnlineSocialNetworks",
  "ThroughAnOnlineAdvertisement",
  "ThroughATelevisionAdvert",
  "ThroughANewspaperAdvert",
  "ThroughFamilyOrFamilyEvents",
  "ThroughFriendsOrSocialEvents",
  "Other",
]);

/** HTCDS vic_RecruitmentWebsitesAndApps values. */
export const Platform = z.enum([
  "Facebook",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "FacebookMessenger",
  "Viber",
  "SnapChat",
  "Line",
  "4Sale",
  "WeChat",
  "QQ",
  "QZone",
  "TikTok",
  "Twitter",
  "Zalo",
  "Other",
]);

/** Who brought the case. */
export const ReferralSource = z.enum([
  "self",
  "family",
  "community",
  "police",
  "immigration",
  "ngo",
  "hotline",
  "social_welfare",
  "health",
  "school",
  "embassy",
  "other",
]);

/** A place on the journey. */
export const Place = z.strictObject({ country: CountryCode, province: lineText(120).optional() });

/** Registering a case, with its person. */
export const CaseCreateBody = z.strictObject({
  person: PersonInput,
  registeredOn: IsoDate,
  referralSource: ReferralSource,
  foundCountry: CountryCode.optional(),
  foundProvince: lineText(120).optional(),
  foundPlace: lineText(200).optional(),
  exploitationTypes: z.array(ExploitationType).max(10).default([]),
  recruitmentMethods: z.array(RecruitmentMethod).max(10).default([]),
  recruiterRelation: z.enum(["Familial", "Acquainted", "Unaquainted"]).optional(),
  recruitmentPlatforms: z.array(Platform).max(16).default([]),
  origin: Place.optional(),
  transit: z.array(Place).max(10).default([]),
  destination: Place.optional(),
  borderCrossing: z.enum(["none", "regular", "irregular", "unknown"]).default("unknown"),
  riskLevel: z.enum(["low", "medium", "high"]).default("medium"),
  riskReason: freeText(2000).optional(),
  assignedUserId: Id.optional(),
});
export type CaseCreateBody = z.infer<typeof CaseCreateBody>;

/** Case list filters and cursor. */
export const CaseListQuery = z.strictObject({
  status: z.enum(["open", "assessed", "in_services", "closure_requested", "closed"]).optional(),
  exploitationType: ExploitationType.optional(),
  riskLevel: z.enum(["low", "medium", "high"]).optional(),
  assignedToMe: z.enum(["true", "false"]).optional(),
  q: z
    .string()
    .trim()
    .min(2, "At least 2 characters")
    .max(100, "At most 100 characters")
    .optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "A cursor from the previous page")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** Moving a case forward. */
export const CaseStatusBody = z.strictObject({ to: z.enum(["assessed", "in_services"]) });

/** Asking to close a case. */
export const ClosureRequestBody = z.strictObject({
  outcome: z.enum(["reintegrated", "transferred", "lost_contact", "other"]),
  reason: freeText(2000).optional(),
});

/** A supervisor's decision on a closure request. A refusal says why, for the case's workers. */
export const ClosureDecisionBody = z
  .strictObject({ approve: z.boolean(), reason: freeText(2000).optional() })
  .refine((b) => b.approve || (b.reason?.trim().length ?? 0) > 0, {
    path: ["reason"],
    message: "Say why you refuse",
  });

/** Assigning a case. */
export const CaseAssignBody = z.strictObject({ userId: Id });

/** Why the reader opens a child's record (recorded in the audit trail). */
export const ReadPurposeQuery = z.strictObject({
  purpose: z.string().trim().min(1).max(200).optional(),
});

/** Changing what is known about the case (not the person, not its lifecycle). */
export const CaseUpdateBody = z
  .strictObject({
    referralSource: ReferralSource,
    foundCountry: CountryCode.nullable(),
    foundProvince: lineText(120).nullable(),
    foundPlace: lineText(200).nullable(),
    exploitationTypes: z.array(ExploitationType).max(10),
    recruitmentMethods: z.array(RecruitmentMethod).max(10),
    recruiterRelation: z.enum(["Familial", "Acquainted", "Unaquainted"]).nullable(),
    recruitmentPlatforms: z.array(Platform).max(16),
    origin: Place.nullable(),
    transit: z.array(Place).max(10),
    destination: Place.nullable(),
    borderCrossing: z.enum(["none", "regular", "irregular", "unknown"]),
    riskLevel: z.enum(["low", "medium", "high"]),
    riskReason: freeText(2000).nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "Nothing to change");
export type CaseUpdateBody = z.infer<typeof CaseUpdateBody>;
