import {
  CorrelationView,
  type HitQueryBody,
  HitQueryResult,
  type SelectorCreateBody,
  SelectorView,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** The case's identifiers (reading them is audited by the server). */
export function caseSelectorsQuery(caseId: string) {
  return queryOptions({
    queryKey: ["cases", caseId, "selectors"],
    queryFn: () =>
      apiRequest("GET", `/api/cases/${caseId}/selectors`, { schema: z.array(SelectorView) }),
  });
}

/** What one identifier links within the user's organisation (no question to other agencies). */
export function correlationQuery(selectorId: string) {
  return queryOptions({
    queryKey: ["selectors", selectorId, "correlation"],
    queryFn: () =>
      apiRequest("GET", `/api/selectors/${selectorId}/correlation`, { schema: CorrelationView }),
  });
}

export function addSelector(caseId: string, body: z.input<typeof SelectorCreateBody>) {
  return apiRequest("POST", `/api/cases/${caseId}/selectors`, { schema: SelectorView, body });
}

export function removeSelector(caseId: string, selectorId: string) {
  return apiRequest("DELETE", `/api/cases/${caseId}/selectors/${selectorId}`, {
    schema: z.null(),
  });
}

/** Asks every other agency whether it holds any of the case's identifiers, for a purpose. */
export function askOtherAgencies(body: z.input<typeof HitQueryBody>) {
  return apiRequest("POST", "/api/selectors/hit-query", { schema: HitQueryResult, body });
}
