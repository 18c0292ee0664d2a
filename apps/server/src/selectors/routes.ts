import {
  CorrelationQuery,
  CorrelationView,
  ExclusionBody,
  ExclusionView,
  HitQueryBody,
  HitQueryResult,
  HitQueryView,
  Id,
  SelectorCreateBody,
  SelectorView,
} from "@sahabat/shared";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import { RateLimited } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { correlateSelector } from "./correlation.service.ts";
import { addExclusion, listExclusions, removeExclusion } from "./exclusions.service.ts";
import { getHitQuery, runHitQuery } from "./hit-query.service.ts";
import { addSelector, listSelectors, removeSelector } from "./service.ts";

const CaseParams = z.strictObject({ id: Id });
const SelectorParams = z.strictObject({ id: Id, selectorId: Id });
const IdParams = z.strictObject({ id: Id });

/**
 * One limit per user shared by every way of asking other agencies (the hit/no-hit endpoint and a
 * correlation asked with a purpose), as sign-in is limited per address: by @fastify/rate-limit.
 */
function hitQueryLimiter(app: HttpServer, deps: AppDeps) {
  const limit = app.createRateLimit({
    max: deps.config.hitQueryRateLimitPerHour,
    timeWindow: "1 hour",
    keyGenerator: (request) =>
      `hit-query:${request.actor.kind === "user" ? request.actor.userId : request.ip}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await limit(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header("retry-after", String(result.ttlInSeconds));
    throw new RateLimited(
      `You asked other agencies ${result.max} times in the last hour; try again in ${Math.ceil(result.ttlInSeconds / 60)} minutes`,
    );
  };
}

/** Identifiers on cases, what they link, and hit/no-hit questions to other agencies. */
export async function selectorRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["selectors"];
  const limitHitQueries = hitQueryLimiter(app, deps);
  app.get("/api/cases/:id/selectors", {
    schema: { tags, params: CaseParams, response: { 200: z.array(SelectorView) } },
    handler: async (request) => listSelectors(requestCtx(request, deps), request.params.id),
  });
  app.post("/api/cases/:id/selectors", {
    schema: { tags, params: CaseParams, body: SelectorCreateBody, response: { 201: SelectorView } },
    handler: async (request, reply) => {
      reply.status(201);
      return addSelector(requestCtx(request, deps), request.params.id, request.body);
    },
  });
  app.delete("/api/cases/:id/selectors/:selectorId", {
    schema: { tags, params: SelectorParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await removeSelector(requestCtx(request, deps), request.params.id, request.params.selectorId);
      return reply.status(204).send(null);
    },
  });
  app.get("/api/selectors/:id/correlation", {
    schema: {
      tags,
      params: IdParams,
      querystring: CorrelationQuery,
      response: { 200: CorrelationView },
    },
    preHandler: async (request, reply) => {
      if (request.query.purposeCode !== undefined || request.query.purpose !== undefined)
        await limitHitQueries(request, reply);
    },
    handler: async (request) =>
      correlateSelector(requestCtx(request, deps), request.params.id, request.query),
  });
  app.post("/api/selectors/hit-query", {
    schema: { tags, body: HitQueryBody, response: { 200: HitQueryResult } },
    preHandler: limitHitQueries,
    handler: async (request) => runHitQuery(requestCtx(request, deps), request.body),
  });
  app.get("/api/selectors/hit-queries/:id", {
    schema: { tags, params: IdParams, response: { 200: HitQueryView } },
    handler: async (request) => getHitQuery(requestCtx(request, deps), request.params.id),
  });
  app.get("/api/selectors/exclusions", {
    schema: { tags, response: { 200: z.array(ExclusionView) } },
    handler: async (request) => listExclusions(requestCtx(request, deps)),
  });
  app.post("/api/selectors/exclusions", {
    schema: { tags, body: ExclusionBody, response: { 201: ExclusionView } },
    handler: async (request, reply) => {
      reply.status(201);
      return addExclusion(requestCtx(request, deps), request.body);
    },
  });
  app.delete("/api/selectors/exclusions/:id", {
    schema: { tags, params: IdParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await removeExclusion(requestCtx(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
