import type { Command } from "commander";
import { verifyAuditChain } from "../audit/index.ts";
import { withNode } from "./run.ts";

/** audit verify. */
export function registerAuditCommands(program: Command) {
  const audit = program.command("audit").description("The audit trail");
  audit
    .command("verify")
    .description("Recompute the hash chain; exit 1 naming the first broken entry")
    .action(async () => {
      await withNode(async (deps) => {
        const started = Date.now();
        const report = await verifyAuditChain(deps.db, deps.secrets.auditKey);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (report.ok) {
          process.stdout.write(
            `Audit trail intact: ${report.entries} entries, ${report.checkpoints} checkpoints (${seconds} s)\n`,
          );
        } else {
          process.stderr.write(
            `Audit trail BROKEN at entry ${report.brokenAt}: ${report.reason} (${report.entries} entries verified before it)\n`,
          );
          process.exitCode = 1;
        }
      });
    });
}
