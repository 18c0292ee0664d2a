/*
 * Retained evidence: the functions other capabilities and the routes call. An upload is kept
 * only through `retainEvidence`; reading, thumbnails and destruction are in their own files.
 */
export { type RetainEvidenceInput, retainEvidence } from "./retain.service.ts";
