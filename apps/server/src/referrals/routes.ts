import {
  Id,
  ReferralBody,
  ReferralCompleteBody,
  ReferralDecisionBody,
  ReferralListQuery,
  ReferralPreviewBody,
  ReferralSummary,
  ReferralView,
  SharedData,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { completeReferral, decideReferral, withdrawReferral } from "./decisions.service.ts";
import { getReferral, listReferrals } from "./read.service.ts";
import { createReferral, previewReferral } from "./service.ts";

const Params = z.strictObject({ id: Id });

/** Referrals between agencies. */
export async function referralRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["referrals"];
  app.post("/api/cases/:id/referrals/preview", {
    schema: { tags, params: Params, body: ReferralPreviewBody, response: { 200: SharedData } },
    handler: async (r) => previewReferral(requestCtx(r, deps), r.params.id, r.body.sharedFields),
  });
  app.post("/api/cases/:id/referrals", {
    schema: { tags, params: Params, body: ReferralBody, response: { 201: ReferralView } },
    handler: async (r, reply) => {
      reply.status(201);
      return createReferral(requestCtx(r, deps), r.params.id, r.body);
    },
  });
  app.get("/api/referrals", {
    schema: { tags, querystring: ReferralListQuery, response: { 200: z.array(ReferralSummary) } },
    handler: async (r) => listReferrals(requestCtx(r, deps), r.query),
  });
  app.get("/api/referrals/:id", {
    schema: { tags, params: Params, response: { 200: ReferralView } },
    handler: async (r) => getReferral(requestCtx(r, deps), r.params.id),
  });
  app.post("/api/referrals/:id/decision", {
    schema: { tags, params: Params, body: ReferralDecisionBody, response: { 200: ReferralView } },
    handler: async (r) => decideReferral(requestCtx(r, deps), r.params.id, r.body),
  });
  app.post("/api/referrals/:id/completion", {
    schema: { tags, params: Params, body: ReferralCompleteBody, response: { 200: ReferralView } },
    handler: async (r) => completeReferral(requestCtx(r, deps), r.params.id, r.body.outcome),
  });
  app.post("/api/referrals/:id/withdrawal", {
    schema: { tags, params: Params, response: { 200: ReferralView } },
    handler: async (r) => withdrawReferral(requestCtx(r, deps), r.params.id),
  });
}
