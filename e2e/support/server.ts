import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createApp } from "../../apps/server/src/app.ts";
import type { DemoAccount } from "../../apps/server/src/demo/seed.ts";
import { refreshNodeNameFrequencies } from "../../apps/server/src/linkage/index.ts";
import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { systemClock } from "../../apps/server/src/platform/clock.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";
import { freePort } from "../../apps/server/test/free-port.ts";

/** A running node: its address, the seeded demo accounts, and how to stop it. */
export type TestServer = Awaited<ReturnType<typeof startServer>>;

/**
 * Starts the real app in-process on a free port, on a fresh embedded database in a temporary
 * DATA_DIR seeded with the demo organisations and users, serving the built web app. The seeded
 * folder is a copy of the one the run's global set-up made (support/global-setup.ts).
 */
export async function startServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-e2e-"));
  const template = inject("seededTemplate");
  fs.cpSync(template.dataDir, dataDir, { recursive: true });
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    // E2E_LOG_LEVEL=error shows the server's own account of a 500 while a story is written.
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "silent",
    SEED_DEMO: "false",
  });
  if (!fs.existsSync(path.join(config.webDist, "index.html"))) {
    throw new Error(`No web build in ${config.webDist}: run npm run build -w @sahabat/web`);
  }
  const open = await openNodeDatabase(config);
  const deps = { db: open.db, clock: systemClock, secrets: open.secrets, config };
  const accounts = JSON.parse(fs.readFileSync(template.accountsFile, "utf8")) as DemoAccount[];
  // As `sahabat serve` does: score with the demo's own name frequencies.
  await refreshNodeNameFrequencies(open.db);
  const app = await createApp(deps);
  await app.listen({ port, host: "127.0.0.1" });
  return {
    url: `http://127.0.0.1:${port}`,
    /** A demo account by role (and e-mail, where the demo has several of a role). */
    account(role: string, email?: string) {
      const found = accounts.find((a) => a.role === role && (!email || a.email === email));
      if (!found) throw new Error(`no demo ${role} ${email ?? ""}`);
      return found;
    },
    async close() {
      await app.close();
      await open.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
