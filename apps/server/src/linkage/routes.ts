import { DuplicateCheckBody, DuplicateCheckResult } from "@sahabat/shared";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { checkDuplicates } from "./duplicate-check.service.ts";

/** Linking persons: the duplicate check at registration. */
export async function linkageRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["persons"];
  app.post("/api/persons/duplicate-check", {
    schema: {
      tags,
      summary: "Known children who may be the one being registered, each with its explanation",
      body: DuplicateCheckBody,
      response: { 200: DuplicateCheckResult },
    },
    handler: async (request) => checkDuplicates(requestCtx(request, deps), request.body),
  });
}
