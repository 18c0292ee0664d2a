import { sql } from "kysely";
import { z } from "zod";
import type { AppDeps } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";

/** GET /api/health: 200 once the database answers. */
export async function healthRoutes(app: HttpServer, deps: AppDeps) {
  app.get("/api/health", {
    schema: {
      tags: ["health"],
      security: [],
      response: { 200: z.strictObject({ status: z.literal("ok") }) },
    },
    config: { access: "public" },
    handler: async () => {
      await sql`select 1`.execute(deps.db);
      return { status: "ok" as const };
    },
  });
}
