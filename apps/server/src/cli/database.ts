import type { Command } from "commander";
import { seedDemo } from "../demo/index.ts";
import { printDemoSignIns, serve } from "../node.ts";
import { loadConfig } from "../platform/config.ts";
import { withNode } from "./run.ts";

/** serve, migrate, seed-demo. */
export function registerDatabaseCommands(program: Command) {
  program
    .command("serve")
    .description("Run the web app and API (PORT, DATA_DIR or DATABASE_URL)")
    .action(async () => {
      await serve(loadConfig());
    });
  program
    .command("migrate")
    .description("Apply database migrations")
    .action(async () => {
      await withNode(async () => {
        process.stdout.write("Database is up to date\n");
      });
    });
  program
    .command("seed-demo")
    .description("Add the fictional demo organisations and users (refuses when they exist)")
    .action(async () => {
      await withNode(async (deps) => {
        const accounts = await seedDemo(deps, { onlyIfEmpty: false });
        if (accounts) printDemoSignIns(accounts);
      });
    });
}
