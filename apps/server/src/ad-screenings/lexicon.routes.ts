import {
  AdLexiconEntryBody,
  AdLexiconEntryView,
  AdLexiconRetireBody,
  AgencyLexiconsView,
} from "@sahabat/shared";
import type { AppDeps } from "../platform/deps.ts";
import { requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import {
  addAgencyEntry,
  exportAgencyLexicon,
  readAgencyLexicons,
  retireAgencyEntry,
} from "./agency-lexicon.service.ts";
import { AgencyLexiconsQuery, EntryParams, LanguageParams } from "./lexicon.schemas.ts";

/** Advert lexicon entries added by agencies, on top of the shipped lexicons. */
export async function adLexiconRoutes(app: HttpServer, deps: AppDeps) {
  app.get("/api/ad-lexicons/agency", {
    schema: {
      tags: ["ad-screenings"],
      querystring: AgencyLexiconsQuery,
      response: { 200: AgencyLexiconsView },
    },
    handler: async (request) => readAgencyLexicons(requestCtx(request, deps), request.query.status),
  });
  app.post("/api/ad-lexicons/agency/entries", {
    schema: {
      tags: ["ad-screenings"],
      body: AdLexiconEntryBody,
      response: { 201: AdLexiconEntryView },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return addAgencyEntry(requestCtx(request, deps), request.body);
    },
  });
  app.post("/api/ad-lexicons/agency/entries/:id/retire", {
    schema: {
      tags: ["ad-screenings"],
      params: EntryParams,
      body: AdLexiconRetireBody,
      response: { 200: AdLexiconEntryView },
    },
    handler: async (request) =>
      retireAgencyEntry(requestCtx(request, deps), request.params.id, request.body),
  });
  app.get("/api/ad-lexicons/agency/:language/export", {
    schema: { tags: ["ad-screenings"], params: LanguageParams },
    handler: async (request) =>
      exportAgencyLexicon(requestCtx(request, deps), request.params.language),
  });
}
