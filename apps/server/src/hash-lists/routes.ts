import { Id } from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { setEntryStatus, voteOnEntry } from "./entries.service.ts";
import { importList } from "./import.service.ts";
import { matchFingerprints } from "./match.service.ts";
import { NodeHashIndex, registerHashIndex } from "./node-index.ts";
import {
  HashListCreateBody,
  HashListEntryParams,
  HashListEntryState,
  HashListEntryStatusBody,
  HashListEntryVoteBody,
  HashListExport,
  HashListExportQuery,
  HashListImportBody,
  HashListImportSummary,
  HashListMatchBody,
  HashListMatchResult,
  HashListView,
  MAX_IMPORT_CHARACTERS,
} from "./schemas.ts";
import { createList, exportList, listLists } from "./service.ts";

const IdParams = z.strictObject({ id: Id });

/**
 * Hash lists: create and list them, import and export list files, match fingerprints. The node's
 * index is loaded when the routes are registered (at start) and stopped when the app closes.
 */
export async function hashListRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["hash-lists"];
  const index = new NodeHashIndex();
  registerHashIndex(deps.db, index);
  await index.start(deps.db, (err) => app.log.error({ err }, "hash index refresh failed"));
  app.addHook("onClose", async () => index.stop());
  app.get("/api/hash-lists", {
    schema: { tags, response: { 200: z.array(HashListView) } },
    handler: async (request) => listLists(requestCtx(request, deps)),
  });
  app.post("/api/hash-lists", {
    schema: { tags, body: HashListCreateBody, response: { 201: HashListView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createList(requestCtx(request, deps), request.body);
    },
  });
  app.post("/api/hash-lists/:id/import", {
    // A list file is larger than the API's usual 64 KiB bodies (JSON escaping adds a little).
    bodyLimit: MAX_IMPORT_CHARACTERS + 64 * 1024,
    schema: {
      tags,
      params: IdParams,
      body: HashListImportBody,
      response: { 200: HashListImportSummary },
    },
    handler: async (request) =>
      importList(requestCtx(request, deps), index, request.params.id, request.body),
  });
  app.get("/api/hash-lists/:id/export", {
    schema: {
      tags,
      params: IdParams,
      querystring: HashListExportQuery,
      response: { 200: HashListExport },
    },
    handler: async (request) =>
      exportList(requestCtx(request, deps), request.params.id, request.query.format),
  });
  app.post("/api/hash-lists/match", {
    schema: { tags, body: HashListMatchBody, response: { 200: HashListMatchResult } },
    handler: async (request) => matchFingerprints(requestCtx(request, deps), index, request.body),
  });
  app.patch("/api/hash-lists/:id/entries/:entryId", {
    schema: {
      tags,
      params: HashListEntryParams,
      body: HashListEntryStatusBody,
      response: { 200: HashListEntryState },
    },
    handler: async (request) =>
      setEntryStatus(
        requestCtx(request, deps),
        index,
        request.params.id,
        request.params.entryId,
        request.body.status,
      ),
  });
  app.post("/api/hash-lists/:id/entries/:entryId/votes", {
    schema: {
      tags,
      params: HashListEntryParams,
      body: HashListEntryVoteBody,
      response: { 200: HashListEntryState },
    },
    handler: async (request) =>
      voteOnEntry(
        requestCtx(request, deps),
        request.params.id,
        request.params.entryId,
        request.body.vote,
      ),
  });
}
