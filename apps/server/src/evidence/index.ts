export { canRetainEvidence, canViewThumbnail } from "./policy.ts";
export { type RetainEvidenceInput, retainEvidence } from "./service.ts";
