import type { FastifyReply } from "fastify";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { destroyEvidence } from "./destroy.service.ts";
import { getEvidence, listEvidenceBySource } from "./read.service.ts";
import {
  DestroyBody,
  EvidenceIdParams,
  EvidenceListQuery,
  EvidenceSummary,
  EvidenceView,
  ThumbnailBody,
  ThumbnailResponse,
} from "./schemas.ts";
import { viewThumbnail } from "./thumbnail.service.ts";

/**
 * Retained evidence: its record and chain of custody, a blurred thumbnail on request, and its
 * destruction. Material is kept only through `retainEvidence` (service.ts), called by the
 * capability that received the upload.
 */
export async function evidenceRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["evidence"];
  app.get("/api/evidence", {
    schema: { tags, querystring: EvidenceListQuery, response: { 200: z.array(EvidenceSummary) } },
    handler: async (request) => listEvidenceBySource(requestCtx(request, deps), request.query),
  });
  app.get("/api/evidence/:id", {
    schema: { tags, params: EvidenceIdParams, response: { 200: EvidenceView } },
    handler: async (request) => getEvidence(requestCtx(request, deps), request.params.id),
  });
  app.post("/api/evidence/:id/thumbnail", {
    schema: {
      tags,
      params: EvidenceIdParams,
      // A request with no body at all reaches the service too (and is refused there, recorded).
      body: ThumbnailBody.nullish(),
      response: { 200: ThumbnailResponse },
    },
    handler: async (request, reply) => {
      const jpeg = await viewThumbnail(
        requestCtx(request, deps),
        request.params.id,
        request.body?.reason,
      );
      // The typed reply expects the declared string; the Buffer is sent as it is. No cache,
      // shared or private, may keep a view of abuse material.
      const raw = reply as unknown as FastifyReply;
      raw.header("cache-control", "no-store, private");
      raw.header("pragma", "no-cache");
      raw.type("image/jpeg");
      return raw.send(jpeg);
    },
  });
  app.post("/api/evidence/:id/destroy", {
    schema: { tags, params: EvidenceIdParams, body: DestroyBody, response: { 200: EvidenceView } },
    handler: async (request) =>
      destroyEvidence(requestCtx(request, deps), request.params.id, request.body.reason),
  });
}
