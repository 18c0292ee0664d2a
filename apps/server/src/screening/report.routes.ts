import { evaluateElements, nationalProfiles } from "@sahabat/screening";
import { Locale } from "@sahabat/shared";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../platform/deps.ts";
import { Invalid } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { renderScreeningReport } from "./report-pdf.ts";
import { ElementObject } from "./schemas.ts";

/** The report's language: the officer's interface language. */
export const ReportQuery = z.strictObject({ locale: Locale.default("en") });

/** A PDF body, described for the OpenAPI document; never serialised as JSON. */
export const PdfResponse = z.string().meta({ description: "application/pdf", format: "binary" });

/**
 * Screening reports as PDF, with their fonts embedded. Rendering stores nothing and holds no
 * name, so any signed-in user may ask for one (a border officer prints the result).
 */
export async function screeningReportRoutes(app: HttpServer, deps: AppDeps) {
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
        throw new Invalid("profile", `No national profile "${input.profile}"`);
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
