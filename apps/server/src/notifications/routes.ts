import { Id, NotificationView } from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { listNotifications, markNotificationRead } from "./service.ts";

/** In-app notifications. */
export async function notificationRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["notifications"];
  app.get("/api/notifications", {
    schema: {
      tags,
      querystring: z.strictObject({ unread: z.enum(["true", "false"]).optional() }),
      response: { 200: z.array(NotificationView) },
    },
    handler: async (r) => listNotifications(requestCtx(r, deps), r.query.unread === "true"),
  });
  app.post("/api/notifications/:id/read", {
    schema: {
      tags,
      params: z.strictObject({ id: Id }),
      response: { 200: z.strictObject({ ok: z.literal(true) }) },
    },
    handler: async (r) => {
      await markNotificationRead(requestCtx(r, deps), r.params.id);
      return { ok: true as const };
    },
  });
}
