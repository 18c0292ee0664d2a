import { evaluateElements, nationalProfiles } from "@sahabat/screening";
import { z } from "zod";
import type { AppDeps } from "../platform/deps.ts";
import { Invalid } from "../platform/errors.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { screeningAnswerRoutes } from "./answer-routes.ts";
import { ElementEvaluation, ElementObject } from "./schemas.ts";

/**
 * POST /api/screenings/elements: the element-level evaluation, the same engine as the CLI. It
 * stores nothing and holds no name, so any signed-in user may call it (a border officer's check).
 */
export async function screeningRoutes(app: HttpServer, deps: AppDeps) {
  await screeningAnswerRoutes(app, deps);
  app.post("/api/screenings/elements", {
    schema: {
      tags: ["screening"],
      body: z.array(ElementObject).min(1).max(1000),
      response: { 200: z.array(ElementEvaluation) },
    },
    handler: async (request) =>
      request.body.map((input, i) => {
        const profile = input.profile ? nationalProfiles[input.profile] : null;
        if (input.profile && !profile)
          throw new Invalid(
            `${i}.profile`,
            `No national profile "${input.profile}"`,
            "unknown_profile",
          );
        return evaluateElements(input, profile ?? null);
      }),
  });
}
