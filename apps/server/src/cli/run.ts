import { chainPendingAudit } from "../audit/index.ts";
import { openNodeDatabase } from "../node.ts";
import { systemClock } from "../platform/clock.ts";
import { loadConfig } from "../platform/config.ts";
import type { Ctx } from "../platform/context.ts";
import type { AppDeps } from "../platform/deps.ts";

/** Opens the configured node for one command, runs it, and always closes the database. */
export async function withNode<T>(work: (deps: AppDeps, ctx: Ctx) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const open = await openNodeDatabase(config);
  const deps: AppDeps = { db: open.db, clock: systemClock, secrets: open.secrets, config };
  const ctx: Ctx = {
    actor: { kind: "system", label: "cli" },
    db: open.db,
    clock: systemClock,
    secrets: open.secrets,
    requestId: null,
    clientAddress: null,
  };
  try {
    const result = await work(deps, ctx);
    // A command's audit entries are chained before it exits, not left for the server.
    await chainPendingAudit(open.db, open.secrets.auditKey, systemClock.now());
    return result;
  } finally {
    await open.close();
  }
}
