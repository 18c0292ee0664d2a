import { currentInstrumentVersion, findInstrument, type Instrument } from "@sahabat/screening";
import {
  CaseScreeningView,
  Id,
  ReadPurposeQuery,
  ScreeningBody,
  ScreeningResult,
  ScreeningUpdateBody,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import { NotFound } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { screenAnonymously } from "./answers.service.ts";
import { listCaseScreenings, saveCaseScreening } from "./case-screenings.service.ts";

const Label = z.object({ text: z.string(), review: z.enum(["source", "draft", "reviewed"]) });

/** The instrument as the web app shows it: questions, wording in nine languages, review marks. */
const InstrumentView = z.strictObject({
  version: z.string(),
  publishedOn: z.string(),
  languages: z.array(z.string()),
  review: z.record(z.string(), z.enum(["source", "draft", "reviewed"])),
  sections: z.array(
    z.object({ id: z.string(), kind: z.string(), title: z.record(z.string(), Label) }),
  ),
  questions: z.array(
    z.object({
      id: z.string(),
      section: z.string(),
      type: z.enum(["yes_no_unknown", "choice", "number", "text", "date"]),
      options: z
        .array(z.object({ code: z.string(), label: z.record(z.string(), Label) }))
        .optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().optional(),
      evidences: z.array(z.record(z.string(), z.unknown())),
      reference: z.string(),
      text: z.record(
        z.string(),
        z.object({
          child: z.string(),
          officer: z.string(),
          review: z.enum(["source", "draft", "reviewed"]),
        }),
      ),
    }),
  ),
  otherHarms: z.array(
    z.object({
      code: z.string(),
      isChildOnly: z.boolean(),
      isUnlessPurposeEstablished: z.boolean(),
      reference: z.string(),
      text: z.record(z.string(), Label),
    }),
  ),
  sources: z.array(z.string()),
});

const viewOf = (i: Instrument) => ({ ...i, languages: [...i.languages] });

/**
 * The answers path of screening. POST /api/screenings evaluates answers to a version of the
 * instrument: without `caseId` it stores nothing (any signed-in user); with `caseId` the
 * screening is stored with the case (who may change the case) and audited. An anonymous result
 * is attached to a case later by posting the same answers again with `caseId`.
 */
export async function screeningAnswerRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["screening"];
  app.get("/api/screenings/instrument", {
    schema: { tags, response: { 200: InstrumentView } },
    handler: async () => viewOf(findInstrument(currentInstrumentVersion)!),
  });
  app.get("/api/screenings/instrument/:version", {
    schema: {
      tags,
      params: z.strictObject({ version: z.string().regex(/^[0-9A-Za-z.-]{1,40}$/) }),
      response: { 200: InstrumentView },
    },
    handler: async (r) => {
      const instrument = findInstrument(r.params.version);
      if (!instrument) throw new NotFound("instrument version");
      return viewOf(instrument);
    },
  });
  app.post("/api/screenings", {
    schema: { tags, body: ScreeningBody, response: { 200: ScreeningResult } },
    handler: async (r) => {
      const ctx = requestCtx(r, deps);
      const { caseId, ...body } = r.body;
      return caseId ? saveCaseScreening(ctx, caseId, body) : screenAnonymously(ctx, r.body);
    },
  });
  app.put("/api/cases/:id/screenings/:screeningId", {
    schema: {
      tags,
      params: z.strictObject({ id: Id, screeningId: Id }),
      body: ScreeningUpdateBody,
      response: { 200: ScreeningResult },
    },
    handler: async (r) =>
      saveCaseScreening(requestCtx(r, deps), r.params.id, r.body, r.params.screeningId),
  });
  app.get("/api/cases/:id/screenings", {
    schema: {
      tags,
      params: z.strictObject({ id: Id }),
      querystring: ReadPurposeQuery,
      response: { 200: z.array(CaseScreeningView) },
    },
    handler: async (r) =>
      listCaseScreenings(requestCtx(r, deps), r.params.id, r.query.purpose ?? null),
  });
}
