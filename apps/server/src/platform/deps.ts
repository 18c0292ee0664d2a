import type { FastifyRequest } from "fastify";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Ctx } from "./context.ts";
import type { Db } from "./db/database.ts";
import type { Secrets } from "./secrets.ts";
import "./http/types.ts";

/** What capabilities' routes are built with. `auditChain` is the app's chainer (see createApp). */
export type AppDeps = {
  db: Db;
  clock: Clock;
  secrets: Secrets;
  config: Config;
  auditChain?: { kick(): void };
};

/** The service context of one request: its actor, the database, clock, ids and client address. */
export function requestCtx(request: FastifyRequest, deps: AppDeps): Ctx {
  return {
    actor: request.actor,
    db: deps.db,
    clock: deps.clock,
    secrets: deps.secrets,
    requestId: request.id,
    clientAddress: request.ip,
    ...(deps.auditChain ? { auditChain: deps.auditChain } : {}),
  };
}
