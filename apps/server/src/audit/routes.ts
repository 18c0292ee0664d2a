import { AuditListQuery, AuditPage } from "@sahabat/shared";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { listAuditEntries } from "./service.ts";

/** The audit trail, read-only. */
export async function auditRoutes(app: HttpServer, deps: AppDeps) {
  app.get("/api/audit", {
    schema: { tags: ["audit"], querystring: AuditListQuery, response: { 200: AuditPage } },
    handler: async (request) => listAuditEntries(requestCtx(request, deps), request.query),
  });
}
