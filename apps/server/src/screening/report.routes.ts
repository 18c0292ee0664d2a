import {
  evaluateElements,
  isChildFor,
  nationalProfiles,
  proposeServices,
} from "@sahabat/screening";
import { Id, Locale, ReadPurposeQuery, ScreeningBody } from "@sahabat/shared";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { todayOf } from "../cases/index.ts";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import { Invalid } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { evaluateBody, instrumentFor } from "./answers.service.ts";
import { renderCaseScreeningReport } from "./report.service.ts";
import { reportOf } from "./report-model.ts";
import { renderScreeningReport } from "./report-pdf.ts";
import { ElementObject } from "./schemas.ts";

/** The anonymous screening's body: a report of it stores nothing, so no case and no draft. */
const AnonymousScreeningBody = ScreeningBody.omit({ caseId: true, draft: true });

/** The report's language: the officer's interface language. */
export const ReportQuery = z.strictObject({ locale: Locale.default("en") });

/** A PDF body, described for the OpenAPI document; never serialised as JSON. */
export const PdfResponse = z.string().meta({ description: "application/pdf", format: "binary" });

/**
 * Screening reports as PDF, with their fonts embedded. Rendering stores nothing and holds no
 * name, so any signed-in user may ask for one (a border officer prints the result).
 */
export async function screeningReportRoutes(app: HttpServer, deps: AppDeps) {
  app.post("/api/screenings/report.pdf", {
    schema: {
      tags: ["screening"],
      querystring: ReportQuery,
      body: AnonymousScreeningBody,
      response: { 200: PdfResponse },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const ctx = requestCtx(request, deps);
      const instrument = instrumentFor(body.instrumentVersion);
      const v = evaluateBody(instrument, body, todayOf(ctx));
      // As for the anonymous screening: whether the child is foreign is not known here.
      const services = proposeServices({
        determination: v.determination,
        purposes: v.elements.purposes,
        isChild: isChildFor(v.elements),
        isForeign: false,
        otherHarms: v.otherHarms.map((h) => h.code),
      });
      const pdf = await renderScreeningReport(
        reportOf({
          locale: request.query.locale,
          date: deps.clock.now().toISOString(),
          instrument,
          interviewLanguage: body.interviewLanguage ?? null,
          caseReference: null,
          age: {
            value: v.elements.age,
            isEstimated: body.ageEstimated,
            isDisputed: body.ageDisputed,
          },
          answers: body.answers,
          evaluated: v,
          services: [...new Set(services.map((s) => s.service))],
        }),
      );
      return sendPdf(reply, pdf, "screening.pdf");
    },
  });
  app.get("/api/cases/:id/screenings/:screeningId/report.pdf", {
    schema: {
      tags: ["screening"],
      params: z.strictObject({ id: Id, screeningId: Id }),
      querystring: ReportQuery.extend(ReadPurposeQuery.shape),
      response: { 200: PdfResponse },
    },
    handler: async (request, reply) => {
      const { id, screeningId } = request.params;
      const pdf = await renderCaseScreeningReport(
        requestCtx(request, deps),
        { caseId: id, screeningId },
        request.query.locale,
        request.query.purpose ?? null,
      );
      return sendPdf(reply, pdf, "screening.pdf");
    },
  });
  app.post("/api/screenings/elements/report.pdf", {
    schema: {
      tags: ["screening"],
      querystring: ReportQuery,
      body: ElementObject,
      response: { 200: PdfResponse },
    },
    handler: async (request, reply) => {
      const input = request.body;
      const profile = input.profile ? nationalProfiles[input.profile] : null;
      if (input.profile && !profile)
        throw new Invalid("profile", `No national profile "${input.profile}"`, "unknown_profile");
      const pdf = await renderScreeningReport({
        locale: request.query.locale,
        date: deps.clock.now().toISOString(),
        instrumentVersion: null,
        interview: null,
        caseReference: null,
        age: { value: input.age, isEstimated: input.ageEstimated, isDisputed: input.ageDisputed },
        isDraft: false,
        evaluation: evaluateElements(input, profile ?? null),
        indicators: [],
        otherHarms: [],
        services: [],
        answers: [],
      });
      return sendPdf(reply, pdf, "screening.pdf");
    },
  });
}

/** Sends a PDF as a download that no cache keeps: it may describe a child. */
export function sendPdf(typed: unknown, pdf: Buffer, fileName: string) {
  // The route's typed reply expects the declared string; a Buffer is sent as it is.
  const reply = typed as FastifyReply;
  reply.header("content-disposition", `attachment; filename="${fileName}"`);
  reply.header("cache-control", "no-store");
  reply.type("application/pdf");
  return reply.send(pdf);
}
