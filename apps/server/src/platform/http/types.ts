import type { Actor } from "../context.ts";
import type { ResolvedSession } from "./session-port.ts";

/** Who may call a route: anyone, a session part-way through sign-in, or a fully signed-in user. */
export type RouteAccess = "public" | "partial" | "user";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor;
    session: ResolvedSession | null;
  }
}
