import { Id } from "@sahabat/shared";
import { z } from "zod";

/*
 * The online-harm wire schemas are defined once in @sahabat/shared (packages/shared/src/
 * online-harm.ts), where the web app reads them too; this module hands them to the server's
 * routes and services under their former names, and holds the route parameters.
 */
export {
  CloseOutcome,
  HashMatchDecisionBody as MatchDecisionBody,
  MAX_UPLOAD_BASE64,
  MAX_UPLOAD_BYTES,
  MatchListQuery,
  MatchPage,
  MatchView,
  ReportCloseBody,
  ReportCreateBody,
  ReportListQuery,
  ReportPage,
  ReportSummary,
  ReportView,
  UPLOAD_BODY_LIMIT,
  UploadBody,
  UploadResult,
  UploadView,
} from "@sahabat/shared";

export const IdParams = z.strictObject({ id: Id });
