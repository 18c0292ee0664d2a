import {
  Id,
  PlatformView,
  TakedownCheckResult,
  TakedownDetail,
  TakedownDraftBody,
  TakedownListQuery,
  TakedownMetrics,
  TakedownMetricsQuery,
  TakedownReuploadBody,
  TakedownSendBody,
  TakedownStepBody,
  TakedownView,
} from "@sahabat/shared";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { checkRemoval } from "./checks.service.ts";
import { listPlatforms } from "./directory.ts";
import { exportNoticeJson, exportNoticePdf } from "./export.service.ts";
import { createNoticeMailer } from "./mailer.ts";
import { takedownMetrics } from "./metrics.ts";
import { createDraft, editDraft, getNotice, listNotices } from "./service.ts";
import { noticePublicKey } from "./signature.ts";
import { recordStep, reportReupload, sendNotice } from "./steps.service.ts";

const IdParams = z.strictObject({ id: Id });

const SignedNoticeView = z.object({
  notice: z.record(z.string(), z.unknown()),
  signature: z.object({
    algorithm: z.literal("Ed25519"),
    canonicalization: z.string(),
    publicKey: z.string(),
    value: z.string(),
  }),
});

const PdfResponse = z.string().meta({ description: "application/pdf", format: "binary" });

/** Takedown notices: drafts and versions, sending, steps, removal checks, metrics. */
export async function takedownRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["takedowns"];
  const mailer = createNoticeMailer(deps.config);
  app.get("/api/takedowns/platforms", {
    schema: { tags, response: { 200: z.array(PlatformView) } },
    handler: async () => listPlatforms(),
  });
  app.get("/api/takedowns/signing-key", {
    schema: {
      tags,
      response: { 200: z.object({ algorithm: z.literal("Ed25519"), publicKey: z.string() }) },
    },
    handler: async () => ({
      algorithm: "Ed25519" as const,
      publicKey: noticePublicKey(deps.secrets),
    }),
  });
  app.get("/api/takedowns/metrics", {
    schema: { tags, querystring: TakedownMetricsQuery, response: { 200: TakedownMetrics } },
    handler: async (request) => takedownMetrics(requestCtx(request, deps), request.query),
  });
  app.get("/api/takedowns", {
    schema: { tags, querystring: TakedownListQuery, response: { 200: z.array(TakedownView) } },
    handler: async (request) => listNotices(requestCtx(request, deps), request.query.status),
  });
  app.post("/api/takedowns", {
    schema: { tags, body: TakedownDraftBody, response: { 201: TakedownView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createDraft(requestCtx(request, deps), request.body);
    },
  });
  app.get("/api/takedowns/:id", {
    schema: { tags, params: IdParams, response: { 200: TakedownDetail } },
    handler: async (request) => getNotice(requestCtx(request, deps), request.params.id),
  });
  app.put("/api/takedowns/:id", {
    schema: { tags, params: IdParams, body: TakedownDraftBody, response: { 200: TakedownView } },
    handler: async (request) =>
      editDraft(requestCtx(request, deps), request.params.id, request.body),
  });
  app.get("/api/takedowns/:id/notice.json", {
    schema: { tags, params: IdParams, response: { 200: SignedNoticeView } },
    handler: async (request, reply) => {
      reply.header("cache-control", "no-store");
      return exportNoticeJson(requestCtx(request, deps), request.params.id);
    },
  });
  app.get("/api/takedowns/:id/notice.pdf", {
    schema: { tags, params: IdParams, response: { 200: PdfResponse } },
    handler: async (request, reply) => {
      const pdf = await exportNoticePdf(requestCtx(request, deps), request.params.id);
      // The typed reply expects the declared string; the Buffer is sent as it is.
      const raw = reply as unknown as FastifyReply;
      raw.header("cache-control", "no-store");
      raw.header("content-disposition", `attachment; filename="takedown-${request.params.id}.pdf"`);
      raw.type("application/pdf");
      return raw.send(pdf);
    },
  });
  app.post("/api/takedowns/:id/send", {
    schema: { tags, params: IdParams, body: TakedownSendBody, response: { 200: TakedownView } },
    handler: async (request) =>
      sendNotice(requestCtx(request, deps), mailer, request.params.id, request.body),
  });
  app.post("/api/takedowns/:id/steps", {
    schema: { tags, params: IdParams, body: TakedownStepBody, response: { 200: TakedownView } },
    handler: async (request) =>
      recordStep(requestCtx(request, deps), request.params.id, request.body),
  });
  app.post("/api/takedowns/:id/reupload", {
    schema: {
      tags,
      params: IdParams,
      body: TakedownReuploadBody,
      response: { 201: TakedownView },
    },
    handler: async (request, reply) => {
      reply.status(201);
      return reportReupload(requestCtx(request, deps), request.params.id, request.body.note);
    },
  });
  app.post("/api/takedowns/:id/checks", {
    schema: { tags, params: IdParams, response: { 200: TakedownCheckResult } },
    handler: async (request) => checkRemoval(requestCtx(request, deps), request.params.id),
  });
}
