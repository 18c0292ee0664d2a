import {
  Id,
  MatchDecisionBody,
  MatchPairDetail,
  MatchPairList,
  MatchPairQuery,
  MatchRefreshResult,
  MatchReopenBody,
  MergeBody,
  MergeView,
  UnmergeBody,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { mergePersons, unmergePersons } from "./merge.service.ts";
import { decidePair, getReviewPair, reopenPair } from "./review-decision.service.ts";
import { listReviewQueue, refreshReviewQueue } from "./review-queue.service.ts";

const IdParams = z.strictObject({ id: Id });

/** Reviewing possible duplicates among an organisation's persons, and merging them. */
export async function personReviewRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["persons"];
  app.get("/api/persons/match-pairs", {
    schema: {
      tags,
      summary: "Possible duplicates the user may review, best first, with precision per score band",
      querystring: MatchPairQuery,
      response: { 200: MatchPairList },
    },
    handler: async (request) => listReviewQueue(requestCtx(request, deps), request.query),
  });
  app.post("/api/persons/match-pairs/refresh", {
    schema: {
      tags,
      summary: "Score the organisation's new candidate pairs with the current model",
      response: { 200: MatchRefreshResult },
    },
    handler: async (request) => refreshReviewQueue(requestCtx(request, deps)),
  });
  app.get("/api/persons/match-pairs/:id", {
    schema: {
      tags,
      summary: "A pair side by side with the explanation of its score and its decisions",
      params: IdParams,
      response: { 200: MatchPairDetail },
    },
    handler: async (request) => getReviewPair(requestCtx(request, deps), request.params.id),
  });
  app.post("/api/persons/match-pairs/:id/decision", {
    schema: {
      tags,
      summary: "Decide a pair: match, not a match, or unsure (to a supervisor)",
      params: IdParams,
      body: MatchDecisionBody,
      response: { 200: MatchPairDetail },
    },
    handler: async (request) =>
      decidePair(requestCtx(request, deps), request.params.id, request.body),
  });
  app.post("/api/persons/match-pairs/:id/reopen", {
    schema: {
      tags,
      summary: "Take a decision back, with a reason (supervisors)",
      params: IdParams,
      body: MatchReopenBody,
      response: { 200: MatchPairDetail },
    },
    handler: async (request) =>
      reopenPair(requestCtx(request, deps), request.params.id, request.body),
  });
  app.post("/api/persons/merges", {
    schema: {
      tags,
      summary: "Group two person records as one person, with a reason (supervisors)",
      body: MergeBody,
      response: { 201: MergeView },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await mergePersons(requestCtx(request, deps), request.body)),
  });
  app.post("/api/persons/merges/:id/unmerge", {
    schema: {
      tags,
      summary: "Undo a merge exactly, with a reason (supervisors)",
      params: IdParams,
      body: UnmergeBody,
      response: { 200: MergeView },
    },
    handler: async (request) =>
      unmergePersons(requestCtx(request, deps), request.params.id, request.body),
  });
}
