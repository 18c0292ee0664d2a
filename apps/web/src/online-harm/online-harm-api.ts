import {
  type CloseOutcome,
  type HashMatchDecisionBody,
  type MatchPage,
  type MatchView,
  PlatformView,
  type ReportCloseBody,
  type ReportCreateBody,
  type ReportPage,
  type ReportView,
  type UploadBody,
  type UploadResult,
  type UploadView,
} from "@sahabat/shared";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/*
 * The online-harm API as the web app calls it. The types are the server's own (z.infer of the
 * route schemas in @sahabat/shared); the answers are checked for shape here, and the server's
 * response schemas drop any field they do not declare.
 */

export type {
  CloseOutcome,
  MatchView,
  ReportCloseBody,
  ReportCreateBody,
  ReportView,
  UploadBody,
  UploadView,
};
export type ReportSummary = ReportPage["items"][number];

/** An object of the declared type: the server validated it against the same schema. */
function answerOf<T>() {
  return z.custom<T>((value) => typeof value === "object" && value !== null);
}

/** The organisation's reports, newest first, a page at a time. */
export function reportsQuery() {
  return infiniteQueryOptions({
    queryKey: ["online-harm", "reports"],
    queryFn: ({ pageParam }) =>
      apiRequest("GET", "/api/online-harm/reports", {
        schema: answerOf<ReportPage>(),
        query: { cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One report with its addresses, the fingerprints of its files and their matches. */
export function reportQuery(reportId: string) {
  return queryOptions({
    queryKey: ["online-harm", "report", reportId],
    queryFn: () =>
      apiRequest("GET", `/api/online-harm/reports/${reportId}`, { schema: answerOf<ReportView>() }),
  });
}

export function createReport(body: ReportCreateBody) {
  return apiRequest("POST", "/api/online-harm/reports", { schema: answerOf<ReportView>(), body });
}

/** Closes a report with an outcome and a reason (supervisors and investigators); once only. */
export function closeReport(reportId: string, body: ReportCloseBody) {
  return apiRequest("POST", `/api/online-harm/reports/${reportId}/close`, {
    schema: answerOf<ReportView>(),
    body,
  });
}

/** Sends a file to be fingerprinted; the server keeps its hashes, never its bytes (unless retained). */
export function uploadToReport(reportId: string, body: UploadBody) {
  return apiRequest("POST", `/api/online-harm/reports/${reportId}/uploads`, {
    schema: answerOf<UploadResult>(),
    body,
  });
}

/** Matches waiting for a person's decision (perceptual hits, quarantined entries), best first. */
export function reviewMatchesQuery() {
  return infiniteQueryOptions({
    queryKey: ["online-harm", "matches", "review"],
    queryFn: ({ pageParam }) =>
      apiRequest("GET", "/api/online-harm/matches", {
        schema: answerOf<MatchPage>(),
        query: { status: "review", cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function decideMatch(matchId: string, body: HashMatchDecisionBody) {
  return apiRequest("POST", `/api/online-harm/matches/${matchId}/decision`, {
    schema: answerOf<MatchView>(),
    body,
  });
}

/** The directory as a report names platforms: no abuse contact, nor languages. */
const Platform = PlatformView.pick({ key: true, name: true, channel: true, isIllustrative: true });
export type Platform = z.infer<typeof Platform>;

/** The platform directory the takedown notices use, so a report names platforms the same way. */
export const platformsQuery = queryOptions({
  queryKey: ["takedowns", "platforms"],
  queryFn: () => apiRequest("GET", "/api/takedowns/platforms", { schema: z.array(Platform) }),
  staleTime: Number.POSITIVE_INFINITY,
});
