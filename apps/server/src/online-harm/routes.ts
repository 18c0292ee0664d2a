import type { AppDeps } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";

/** Online-harm reports: URLs and uploads reported to the agency, their matches and review. */
export async function onlineHarmRoutes(_app: HttpServer, _deps: AppDeps) {}
