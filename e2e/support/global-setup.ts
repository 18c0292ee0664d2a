import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { seedDemo } from "../../apps/server/src/demo/seed.ts";
import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { systemClock } from "../../apps/server/src/platform/clock.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";

/*
 * Migrating a fresh embedded database and seeding the demo region takes most of a story's
 * start-up, and every story starts from the same state: so it is done once here, and each story
 * copies the resulting data folder (database, node keys) before opening it. The demo accounts'
 * random passwords are kept beside the folder for the stories to sign in with.
 */
export type SeededTemplate = { dataDir: string; accountsFile: string };

declare module "vitest" {
  export interface ProvidedContext {
    seededTemplate: SeededTemplate;
  }
}

export default async function setup(project: TestProject) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sahabat-e2e-template-"));
  const dataDir = path.join(work, "data");
  fs.mkdirSync(dataDir);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", SEED_DEMO: "false" });
  const open = await openNodeDatabase(config);
  try {
    const deps = { db: open.db, clock: systemClock, secrets: open.secrets, config };
    const accounts = await seedDemo(deps, { onlyIfEmpty: false });
    if (!accounts) throw new Error("demo seed made no accounts");
    const accountsFile = path.join(work, "accounts.json");
    fs.writeFileSync(accountsFile, JSON.stringify(accounts), { mode: 0o600 });
    project.provide("seededTemplate", { dataDir, accountsFile });
  } finally {
    await open.close();
  }
  return () => fs.rmSync(work, { recursive: true, force: true });
}
