import { AdScreeningBody, AdScreeningResult } from "@sahabat/shared";
import type { AppDeps } from "../platform/deps.ts";
import { requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { screenAdverts } from "./service.ts";

/** POST /api/ad-screenings: recruitment adverts screened for trafficking indicators. */
export async function adScreeningRoutes(app: HttpServer, deps: AppDeps) {
  app.post("/api/ad-screenings", {
    schema: {
      tags: ["ad-screenings"],
      body: AdScreeningBody,
      response: { 200: AdScreeningResult },
    },
    handler: async (request) => screenAdverts(requestCtx(request, deps), request.body),
  });
}
