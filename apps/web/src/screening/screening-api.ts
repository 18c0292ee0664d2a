import { ExploitationType } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";
import { currentPurpose } from "../cases/purpose.ts";
import type { screeningBody } from "./screening-state.ts";

const Determination = z.enum(["presumed_victim", "possible_victim", "no_indication"]);

/** What POST /api/screenings answers; only what this app shows is read. */
export const SavedScreening = z.object({
  id: z.string().nullable(),
  caseId: z.string().nullable(),
  status: z.enum(["anonymous", "draft", "completed"]),
  determination: Determination.nullable(),
  proposedServices: z.array(z.object({ service: z.string() })),
  proposedCaseUpdate: z
    .object({
      exploitationTypes: z.array(ExploitationType),
      addedExploitationTypes: z.array(ExploitationType),
      status: z.enum(["assessed"]).nullable(),
    })
    .nullable(),
});
export type SavedScreening = z.infer<typeof SavedScreening>;

/** A screening stored with a case, as the case's list shows it. */
export const CaseScreening = z.object({
  id: z.string(),
  status: z.enum(["draft", "completed"]),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  age: z.number().nullable(),
  ageEstimated: z.boolean(),
  ageDisputed: z.boolean(),
  profile: z.string().nullable(),
  interviewLanguage: z.string().nullable(),
  determination: Determination.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
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
