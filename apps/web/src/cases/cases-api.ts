import {
  type CaseCreateBody,
  CaseDetail,
  CasePage,
  type CaseUpdateBody,
  type ClosureRequestBody,
  type ExploitationType,
  type PersonUpdateBody,
} from "@sahabat/shared";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** Filters of the case list, as kept in the page's URL. */
export type CaseFilters = {
  status?: "open" | "assessed" | "in_services" | "closure_requested" | "closed" | undefined;
  exploitationType?: z.infer<typeof ExploitationType> | undefined;
  riskLevel?: "low" | "medium" | "high" | undefined;
  mine?: boolean | undefined;
  q?: string | undefined;
};

/**
 * The reader's cases, a page at a time (cursor paging). Each page shows children's names, so
 * the server records every page read in the audit trail: the list loads on request, not ahead.
 */
export function casePagesQuery(filters: CaseFilters, limit = 25) {
  const { mine, ...rest } = filters;
  return infiniteQueryOptions({
    queryKey: ["cases", "list", filters, limit],
    queryFn: ({ pageParam }) =>
      apiRequest("GET", "/api/cases", {
        schema: CasePage,
        query: { ...rest, assignedToMe: mine ? "true" : undefined, cursor: pageParam, limit },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * One case with its person. Reading it is audited with the reader's purpose, so it is kept
 * fresh in memory for the visit instead of being read again at every tab.
 */
export function caseQuery(id: string, purpose?: string) {
  return queryOptions({
    queryKey: ["cases", id],
    queryFn: () =>
      apiRequest("GET", `/api/cases/${id}`, { schema: CaseDetail, query: { purpose } }),
    staleTime: 5 * 60_000,
  });
}

/** Registers a child and the case. */
export function createCase(body: z.output<typeof CaseCreateBody>) {
  return apiRequest("POST", "/api/cases", { schema: CaseDetail, body });
}

/** Changes what is known about the case (exploitation, recruitment, movement, risk). */
export function updateCase(id: string, body: CaseUpdateBody) {
  return apiRequest("PATCH", `/api/cases/${id}`, { schema: CaseDetail, body });
}

/** Moves the case one step forward. */
export function advanceCase(id: string, to: "assessed" | "in_services") {
  return apiRequest("POST", `/api/cases/${id}/status`, { schema: CaseDetail, body: { to } });
}

/** Asks a supervisor to close the case. */
export function requestClosure(id: string, body: z.output<typeof ClosureRequestBody>) {
  return apiRequest("POST", `/api/cases/${id}/closure`, { schema: CaseDetail, body });
}

/** A supervisor approves or refuses (saying why) the requested closure. */
export function decideClosure(id: string, decision: { approve: boolean; reason?: string }) {
  return apiRequest("POST", `/api/cases/${id}/closure/decision`, {
    schema: CaseDetail,
    body: decision,
  });
}

/** Corrects the child's names, sex and age (only the fields given change). */
export function correctPerson(id: string, body: PersonUpdateBody) {
  return apiRequest("PATCH", `/api/cases/${id}/person`, { schema: CaseDetail, body });
}

/** A supervisor hands the case to a colleague. */
export function assignCase(id: string, userId: string) {
  return apiRequest("POST", `/api/cases/${id}/assignment`, {
    schema: CaseDetail,
    body: { userId },
  });
}
