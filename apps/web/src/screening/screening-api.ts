import { CaseScreeningView, ScreeningResult } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";
import { currentPurpose } from "../cases/purpose.ts";
import type { screeningBody } from "./screening-state.ts";

/*
 * Answers are read with the server's own schemas (@sahabat/shared), narrowed to what this app
 * shows. The server's are strict; `z.object` over the picked shape lets the rest of an answer
 * through unread instead of refusing it.
 */

/** What POST /api/screenings answers; only what this app shows is read. */
export const SavedScreening = z.object(
  ScreeningResult.pick({
    id: true,
    caseId: true,
    status: true,
    determination: true,
    proposedServices: true,
    proposedCaseUpdate: true,
  }).shape,
);
export type SavedScreening = z.infer<typeof SavedScreening>;

/** A screening stored with a case, as the case's list shows it. */
export const CaseScreening = z.object(
  CaseScreeningView.pick({
    id: true,
    status: true,
    instrumentVersion: true,
    answers: true,
    age: true,
    ageEstimated: true,
    ageDisputed: true,
    profile: true,
    interviewLanguage: true,
    determination: true,
    createdAt: true,
    updatedAt: true,
    completedAt: true,
  }).shape,
);
export type CaseScreening = z.infer<typeof CaseScreening>;

/** The case's screenings, newest first (the read is audited). */
export function caseScreeningsQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "screenings"],
    queryFn: () =>
      apiRequest("GET", `/api/cases/${caseId}/screenings`, {
        schema: z.array(CaseScreening),
        query: { purpose: currentPurpose().trim() || undefined },
      }),
  });
}

/**
 * Saves a screening with a case: a draft, or completed (the server evaluates it again). With
 * `draftId` it continues that draft (PUT); otherwise a new screening is stored.
 */
export function saveCaseScreening(
  caseId: string,
  body: ReturnType<typeof screeningBody>,
  isDraft: boolean,
  draftId: string | null = null,
) {
  const draft = isDraft ? { draft: true } : {};
  return draftId
    ? apiRequest("PUT", `/api/cases/${caseId}/screenings/${draftId}`, {
        schema: SavedScreening,
        body: { ...body, ...draft },
      })
    : apiRequest("POST", "/api/screenings", {
        schema: SavedScreening,
        body: { ...body, caseId, ...draft },
      });
}

/** Where a stored screening's PDF is; reading it is audited with the reader's purpose. */
export function caseScreeningPdfPath(caseId: string, screeningId: string) {
  const purpose = currentPurpose().trim();
  const query = purpose ? `?purpose=${encodeURIComponent(purpose)}` : "";
  return `/api/cases/${caseId}/screenings/${screeningId}/report.pdf${query}`;
}
