import {
  HashMatchDecisionBody,
  Id,
  MAX_UPLOAD_BYTES,
  MatchListQuery,
  MatchPage,
  MatchView,
  ReportCloseBody,
  ReportCreateBody,
  ReportListQuery,
  ReportPage,
  ReportView,
  UPLOAD_BODY_LIMIT,
  UploadBody,
  UploadResult,
} from "@sahabat/shared";
import { z } from "zod";
import { hashIndexOf } from "../hash-lists/index.ts";
import type { AppDeps } from "../platform/deps.ts";
import { requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { closeReport } from "./close.service.ts";
import { createHashPool } from "./hash-pool.ts";
import { decideMatch, listMatches } from "./matches.service.ts";
import { createReport, getReport, listReports } from "./reports.service.ts";
import { uploadToReport } from "./upload.service.ts";

const IdParams = z.strictObject({ id: Id });

/**
 * Online-harm reports: URLs and uploads reported to the agency, their matches and review. The
 * hashing pool starts its workers on the first upload and stops when the app closes.
 */
export async function onlineHarmRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["online-harm"];
  const pool = createHashPool({ limits: { maxBytes: MAX_UPLOAD_BYTES } });
  app.addHook("onClose", async () => pool.close());
  function indexOrFail() {
    const index = hashIndexOf(deps.db);
    // The hash-list routes register the index; they are registered before these.
    if (!index) throw new Error("The node's hash index is not running");
    return index;
  }
  app.post("/api/online-harm/reports", {
    schema: { tags, body: ReportCreateBody, response: { 201: ReportView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createReport(requestCtx(request, deps), request.body);
    },
  });
  app.get("/api/online-harm/reports", {
    schema: { tags, querystring: ReportListQuery, response: { 200: ReportPage } },
    handler: async (request) => listReports(requestCtx(request, deps), request.query),
  });
  app.get("/api/online-harm/reports/:id", {
    schema: { tags, params: IdParams, response: { 200: ReportView } },
    handler: async (request) => getReport(requestCtx(request, deps), request.params.id),
  });
  app.post("/api/online-harm/reports/:id/uploads", {
    // The one route with a large body: a file as base64 (a third larger) inside JSON.
    bodyLimit: UPLOAD_BODY_LIMIT,
    schema: { tags, params: IdParams, body: UploadBody, response: { 201: UploadResult } },
    handler: async (request, reply) => {
      const result = await uploadToReport(
        requestCtx(request, deps),
        { pool, index: indexOrFail() },
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  });
  app.post("/api/online-harm/reports/:id/close", {
    schema: { tags, params: IdParams, body: ReportCloseBody, response: { 200: ReportView } },
    handler: async (request) =>
      closeReport(requestCtx(request, deps), request.params.id, request.body),
  });
  app.get("/api/online-harm/matches", {
    schema: { tags, querystring: MatchListQuery, response: { 200: MatchPage } },
    handler: async (request) => listMatches(requestCtx(request, deps), request.query),
  });
  app.post("/api/online-harm/matches/:id/decision", {
    schema: { tags, params: IdParams, body: HashMatchDecisionBody, response: { 200: MatchView } },
    handler: async (request) =>
      decideMatch(requestCtx(request, deps), request.params.id, request.body),
  });
}
