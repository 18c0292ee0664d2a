import type { AppDeps } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";

/** Advert lexicon entries added by agencies, on top of the shipped lexicons. */
export async function adLexiconRoutes(_app: HttpServer, _deps: AppDeps) {}
