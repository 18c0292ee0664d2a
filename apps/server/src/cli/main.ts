import { Command, CommanderError } from "commander";
import { registerAdsCommands } from "./ads.ts";
import { registerAuditCommands } from "./audit.ts";
import { registerDatabaseCommands } from "./database.ts";
import { registerLinkCommands } from "./link.ts";
import { registerPdqCommands } from "./pdq.ts";
import { registerScreenCommands } from "./screen.ts";
import { registerUserCommands } from "./users.ts";

/*
 * `sahabat`: a thin shell over the services. Every command honours DATABASE_URL and DATA_DIR,
 * prints what it did without personal data, and exits non-zero on any failure.
 */
const program = new Command("sahabat")
  .description(
    "Sahabat node: serve the app, migrate, seed demo data, manage users, verify the audit trail",
  )
  .exitOverride()
  .showHelpAfterError();

registerDatabaseCommands(program);
registerUserCommands(program);
registerAuditCommands(program);
registerPdqCommands(program);
registerScreenCommands(program);
registerLinkCommands(program);
registerAdsCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  process.stderr.write(`sahabat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
