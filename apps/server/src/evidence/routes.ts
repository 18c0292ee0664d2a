import type { AppDeps } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";

/** Retained evidence: encrypted at rest, under chain of custody. */
export async function evidenceRoutes(_app: HttpServer, _deps: AppDeps) {}
