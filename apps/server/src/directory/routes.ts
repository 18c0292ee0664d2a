import { AvailabilityBody, DirectoryQuery, Id, ProviderBody, ProviderView } from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { createProvider, searchDirectory, updateAvailability } from "./service.ts";

/** The service directory. */
export async function directoryRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["directory"];
  app.get("/api/directory", {
    schema: { tags, querystring: DirectoryQuery, response: { 200: z.array(ProviderView) } },
    handler: async (request) => {
      const { near, hasFreeBed, ...q } = request.query;
      const [lat, lon] = near ? near.split(",").map(Number) : [];
      return searchDirectory(requestCtx(request, deps), {
        ...q,
        hasFreeBed: hasFreeBed === "true",
        near: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
      });
    },
  });
  app.post("/api/directory", {
    schema: { tags, body: ProviderBody, response: { 201: ProviderView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createProvider(requestCtx(request, deps), request.body);
    },
  });
  app.put("/api/directory/:id/availability", {
    schema: {
      tags,
      params: z.strictObject({ id: Id }),
      body: AvailabilityBody,
      response: { 200: ProviderView },
    },
    handler: async (request) =>
      updateAvailability(requestCtx(request, deps), request.params.id, request.body.bedsAvailable),
  });
}
