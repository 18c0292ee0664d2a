import {
  type MatchDecisionKind,
  MatchPairDetail,
  MatchPairList,
  MatchRefreshResult,
  MergeView,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../app/api-client.ts";

/** The review queue ("open", or the supervisors' "unsure"); each listed person is an audited read. */
export const reviewQueueQuery = (status: "open" | "unsure") =>
  queryOptions({
    queryKey: ["match-pairs", status],
    queryFn: () =>
      apiRequest("GET", "/api/persons/match-pairs", { schema: MatchPairList, query: { status } }),
  });

export const reviewPairQuery = (pairId: string) =>
  queryOptions({
    queryKey: ["match-pair", pairId],
    queryFn: () =>
      apiRequest("GET", `/api/persons/match-pairs/${pairId}`, { schema: MatchPairDetail }),
  });

/** Scores the organisation's new candidate pairs with the current model. */
export function refreshReviewQueue() {
  return apiRequest("POST", "/api/persons/match-pairs/refresh", { schema: MatchRefreshResult });
}

export function decidePair(
  pairId: string,
  body: { decision: MatchDecisionKind; version: number; note?: string },
) {
  return apiRequest("POST", `/api/persons/match-pairs/${pairId}/decision`, {
    schema: MatchPairDetail,
    body,
  });
}

export function reopenPair(pairId: string, body: { version: number; reason: string }) {
  return apiRequest("POST", `/api/persons/match-pairs/${pairId}/reopen`, {
    schema: MatchPairDetail,
    body,
  });
}

export function mergePersons(body: { personIds: [string, string]; reason: string }) {
  return apiRequest("POST", "/api/persons/merges", { schema: MergeView, body });
}

export function unmergePersons(mergeId: string, body: { reason: string }) {
  return apiRequest("POST", `/api/persons/merges/${mergeId}/unmerge`, { schema: MergeView, body });
}
