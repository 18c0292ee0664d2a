import {
  CaseAssignBody,
  CaseCreateBody,
  CaseDetail,
  CaseListQuery,
  CasePage,
  CaseStatusBody,
  CaseUpdateBody,
  ClosureDecisionBody,
  ClosureRequestBody,
  Id,
  PersonUpdateBody,
  ReadPurposeQuery,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { advanceCase, assignCase, decideClosure, requestClosure } from "./lifecycle.service.ts";
import { createCase, getCase, listCases } from "./service.ts";
import { updateCase, updateCasePerson } from "./update.service.ts";

const Params = z.strictObject({ id: Id });

/** Cases: registration, list and search, detail, lifecycle. */
export async function caseRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["cases"];
  app.post("/api/cases", {
    schema: { tags, body: CaseCreateBody, response: { 201: CaseDetail } },
    handler: async (request, reply) => {
      reply.status(201);
      return createCase(requestCtx(request, deps), request.body);
    },
  });
  app.get("/api/cases", {
    schema: { tags, querystring: CaseListQuery, response: { 200: CasePage } },
    handler: async (request) => listCases(requestCtx(request, deps), request.query),
  });
  app.get("/api/cases/:id", {
    schema: { tags, params: Params, querystring: ReadPurposeQuery, response: { 200: CaseDetail } },
    handler: async (request) =>
      getCase(requestCtx(request, deps), request.params.id, request.query.purpose ?? null),
  });
  const after = async (request: { params: { id: string } } & Parameters<typeof requestCtx>[0]) =>
    getCase(requestCtx(request, deps), request.params.id, null);
  app.patch("/api/cases/:id", {
    schema: { tags, params: Params, body: CaseUpdateBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await updateCase(requestCtx(request, deps), request.params.id, request.body);
      return after(request);
    },
  });
  app.patch("/api/cases/:id/person", {
    schema: { tags, params: Params, body: PersonUpdateBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await updateCasePerson(requestCtx(request, deps), request.params.id, request.body);
      return after(request);
    },
  });
  app.post("/api/cases/:id/status", {
    schema: { tags, params: Params, body: CaseStatusBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await advanceCase(requestCtx(request, deps), request.params.id, request.body.to);
      return after(request);
    },
  });
  app.post("/api/cases/:id/closure", {
    schema: { tags, params: Params, body: ClosureRequestBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await requestClosure(requestCtx(request, deps), request.params.id, request.body);
      return after(request);
    },
  });
  app.post("/api/cases/:id/closure/decision", {
    schema: { tags, params: Params, body: ClosureDecisionBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await decideClosure(requestCtx(request, deps), request.params.id, request.body);
      return after(request);
    },
  });
  app.post("/api/cases/:id/assignment", {
    schema: { tags, params: Params, body: CaseAssignBody, response: { 200: CaseDetail } },
    handler: async (request) => {
      await assignCase(requestCtx(request, deps), request.params.id, request.body.userId);
      return after(request);
    },
  });
}
