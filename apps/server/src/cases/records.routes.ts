import {
  AuditEntryView,
  ConsentBody,
  ConsentView,
  Id,
  MyTaskView,
  NoteBody,
  NoteView,
  PlanItemBody,
  PlanView,
  ServiceKey,
  TaskBody,
  TaskView,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { listCaseAudit, listMyTasks } from "./case-audit.service.ts";
import { getPlan, setPlanItem } from "./plan.service.ts";
import {
  addNote,
  addTask,
  completeTask,
  listConsents,
  listNotes,
  listTasks,
  recordConsent,
  withdrawConsent,
} from "./records.service.ts";

const Params = z.strictObject({ id: Id });
const Created = z.strictObject({ id: z.string() });
const Ok = z.strictObject({ ok: z.literal(true) });

/** Notes, tasks, consent and the case plan. */
export async function caseRecordRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["cases"];
  app.get("/api/cases/:id/notes", {
    schema: { tags, params: Params, response: { 200: z.array(NoteView) } },
    handler: async (r) => listNotes(requestCtx(r, deps), r.params.id),
  });
  app.post("/api/cases/:id/notes", {
    schema: { tags, params: Params, body: NoteBody, response: { 201: Created } },
    handler: async (r, reply) => {
      reply.status(201);
      return { id: await addNote(requestCtx(r, deps), r.params.id, r.body.body) };
    },
  });
  app.get("/api/cases/:id/tasks", {
    schema: { tags, params: Params, response: { 200: z.array(TaskView) } },
    handler: async (r) => listTasks(requestCtx(r, deps), r.params.id),
  });
  app.post("/api/cases/:id/tasks", {
    schema: { tags, params: Params, body: TaskBody, response: { 201: Created } },
    handler: async (r, reply) => {
      reply.status(201);
      return { id: await addTask(requestCtx(r, deps), r.params.id, r.body) };
    },
  });
  app.post("/api/cases/:id/tasks/:taskId/done", {
    schema: { tags, params: z.strictObject({ id: Id, taskId: Id }), response: { 200: Ok } },
    handler: async (r) => {
      await completeTask(requestCtx(r, deps), r.params.id, r.params.taskId);
      return { ok: true as const };
    },
  });
  app.get("/api/cases/:id/consents", {
    schema: { tags, params: Params, response: { 200: z.array(ConsentView) } },
    handler: async (r) => listConsents(requestCtx(r, deps), r.params.id),
  });
  app.post("/api/cases/:id/consents", {
    schema: { tags, params: Params, body: ConsentBody, response: { 201: Created } },
    handler: async (r, reply) => {
      reply.status(201);
      return { id: await recordConsent(requestCtx(r, deps), r.params.id, r.body) };
    },
  });
  app.post("/api/cases/:id/consents/:consentId/withdrawal", {
    schema: { tags, params: z.strictObject({ id: Id, consentId: Id }), response: { 200: Ok } },
    handler: async (r) => {
      await withdrawConsent(requestCtx(r, deps), r.params.id, r.params.consentId);
      return { ok: true as const };
    },
  });
  app.get("/api/cases/:id/plan", {
    schema: { tags, params: Params, response: { 200: PlanView } },
    handler: async (r) => getPlan(requestCtx(r, deps), r.params.id),
  });
  app.put("/api/cases/:id/plan/:serviceKey", {
    schema: {
      tags,
      params: z.strictObject({ id: Id, serviceKey: ServiceKey }),
      body: PlanItemBody,
      response: { 200: PlanView },
    },
    handler: async (r) => {
      const ctx = requestCtx(r, deps);
      await setPlanItem(ctx, r.params.id, r.params.serviceKey, r.body);
      return getPlan(ctx, r.params.id);
    },
  });
  app.get("/api/cases/:id/audit", {
    schema: { tags, params: Params, response: { 200: z.array(AuditEntryView) } },
    handler: async (r) => listCaseAudit(requestCtx(r, deps), r.params.id),
  });
  app.get("/api/me/tasks", {
    schema: { tags, response: { 200: z.array(MyTaskView) } },
    handler: async (r) => listMyTasks(requestCtx(r, deps)),
  });
}
