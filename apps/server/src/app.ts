import fs from "node:fs";
import fastifyStatic from "@fastify/static";
import { adLexiconRoutes } from "./ad-screenings/lexicon.routes.ts";
import { adScreeningRoutes } from "./ad-screenings/routes.ts";
import { startAuditChainer } from "./audit/index.ts";
import { auditRoutes } from "./audit/routes.ts";
import { createSessionResolver } from "./auth/index.ts";
import { authRoutes } from "./auth/routes.ts";
import { caseRecordRoutes } from "./cases/records.routes.ts";
import { caseRoutes } from "./cases/routes.ts";
import { directoryRoutes } from "./directory/routes.ts";
import { evidenceRoutes } from "./evidence/routes.ts";
import { hashListRoutes } from "./hash-lists/routes.ts";
import { healthRoutes } from "./health/routes.ts";
import { personReviewRoutes } from "./linkage/review.routes.ts";
import { linkageRoutes } from "./linkage/routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { onlineHarmRoutes } from "./online-harm/routes.ts";
import { organisationRoutes } from "./organisations/routes.ts";
import type { AppDeps } from "./platform/deps.ts";
import { buildHttpServer } from "./platform/http/server.ts";
import { referralRoutes } from "./referrals/routes.ts";
import { screeningReportRoutes } from "./screening/report.routes.ts";
import { screeningRoutes } from "./screening/routes.ts";
import { selectorRoutes } from "./selectors/routes.ts";
import { takedownRoutes } from "./takedowns/routes.ts";
import { userRoutes } from "./users/routes.ts";

export type AppOptions = AppDeps & { logStream?: NodeJS.WritableStream };

/** Builds the whole HTTP application (API and web app) for `serve`, the CLI and tests. */
export async function createApp(options: AppOptions) {
  const { config } = options;
  const app = await buildHttpServer({
    logLevel: config.logLevel,
    ...(options.logStream ? { logStream: options.logStream } : {}),
    sessions: createSessionResolver(options.db, options.clock, {
      idleMs: config.sessionIdleMs,
      absoluteMs: config.sessionAbsoluteMs,
      isSecondFactorDisabledForDemo: config.isSecondFactorDisabledForDemo,
    }),
  });
  // Links the requests' audit entries into the chain after their commits; on close it chains
  // what is still pending, so a clean shutdown leaves nothing unchained.
  const auditChain = startAuditChainer({
    db: options.db,
    auditKey: options.secrets.auditKey,
    now: () => options.clock.now(),
    onError: (err) => app.log.error({ err }, "audit chaining failed"),
  });
  app.addHook("onClose", () => auditChain.stop());
  const deps: AppDeps = { ...options, auditChain };
  for (const routes of [
    healthRoutes,
    authRoutes,
    organisationRoutes,
    userRoutes,
    auditRoutes,
    caseRoutes,
    caseRecordRoutes,
    directoryRoutes,
    referralRoutes,
    notificationRoutes,
    screeningRoutes,
    screeningReportRoutes,
    linkageRoutes,
    personReviewRoutes,
    selectorRoutes,
    hashListRoutes,
    adScreeningRoutes,
    takedownRoutes,
    onlineHarmRoutes,
    evidenceRoutes,
    adLexiconRoutes,
  ]) {
    await app.register(async (scope) => routes(scope as typeof app, deps));
  }
  app.get("/api/openapi.json", { schema: { hide: true }, config: { access: "public" } }, async () =>
    app.swagger(),
  );
  if (fs.existsSync(config.webDist)) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false });
    // The single-page app answers every non-API path with its index.html.
    app.get("/*", { schema: { hide: true } }, (_request, reply) => reply.sendFile("index.html"));
  }
  await app.ready();
  return app;
}
