import { randomBytes } from "node:crypto";
import path from "node:path";
import { createApp } from "../app.ts";
import { systemClock } from "../platform/clock.ts";
import { loadConfig } from "../platform/config.ts";
import { openPglite } from "../platform/db/database.ts";

/** Where the committed OpenAPI document lives. */
export const openApiPath = path.resolve(import.meta.dirname, "../../openapi.json");

/** The OpenAPI document generated from the route schemas, as committed (stable JSON). */
export async function generateOpenApi(): Promise<string> {
  const open = await openPglite(undefined);
  try {
    const app = await createApp({
      db: open.db,
      clock: systemClock,
      secrets: { dataKey: randomBytes(32), auditKey: randomBytes(32) },
      config: loadConfig({ LOG_LEVEL: "silent", WEB_DIST: "/nonexistent" }),
    });
    const doc = app.swagger();
    await app.close();
    return `${JSON.stringify(doc, null, 2)}\n`;
  } finally {
    await open.close();
  }
}
