import {
  CaseCreateBody,
  ClosureRequestBody,
  ExploitationType,
  PersonContact,
  PersonDocument,
  Platform,
  RecruitmentMethod,
  ReferralSource,
  type serviceKeys,
} from "@sahabat/shared";

/*
 * The codes of each choice, taken from the shared schemas so the forms offer exactly what the
 * server accepts (HTCDS spellings included).
 */
/** One of the ten services of the minimum service package. */
export type ServiceCode = (typeof serviceKeys)[number];

export const caseStatuses = [
  "open",
  "assessed",
  "in_services",
  "closure_requested",
  "closed",
] as const;
export const riskLevels = ["low", "medium", "high"] as const;
export const exploitationTypes = ExploitationType.options;
export const recruitmentMethods = RecruitmentMethod.options;
export const platforms = Platform.options;
export const referralSources = ReferralSource.options;
export const recruiterRelations = CaseCreateBody.shape.recruiterRelation.unwrap().options;
export const borderCrossings = CaseCreateBody.shape.borderCrossing.unwrap().options;
export const contactRelations = PersonContact.shape.relation.options;
export const documentTypes = PersonDocument.shape.documentType.options;
export const closureOutcomes = ClosureRequestBody.shape.outcome.options;

/** Platform names are brands, shown as written; only "Other" is translated. */
export function platformLabel(code: string, other: string): string {
  if (code === "Other") return other;
  if (code === "FacebookMessenger") return "Facebook Messenger";
  if (code === "SnapChat") return "Snapchat";
  return code;
}
