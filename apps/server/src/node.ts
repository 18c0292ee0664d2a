import { initialiseAuditChain, sealAuditCheckpoint } from "./audit/index.ts";
import { seedDemo } from "./demo/index.ts";
import { backfillPersonMatchKeys, refreshNodeNameFrequencies } from "./linkage/index.ts";
import { systemClock } from "./platform/clock.ts";
import { type Config, migrationsDir } from "./platform/config.ts";
import { type OpenDatabase, openDatabase } from "./platform/db/database.ts";
import { migrate } from "./platform/db/migrate.ts";
import { loadOrCreateSecrets, type Secrets } from "./platform/secrets.ts";
import { createNoticeMailer, sendDueReminders } from "./takedowns/index.ts";

/**
 * Opens the configured database, applies migrations, computes missing matching keys and prepares
 * the audit chain.
 */
export async function openNodeDatabase(
  config: Config,
): Promise<OpenDatabase & { secrets: Secrets }> {
  const secrets = loadOrCreateSecrets(config.dataDir);
  const open = await openDatabase(config);
  await migrate(open.db, migrationsDir);
  // Keys are computed by the linkage engine, not SQL, so persons registered before a migration
  // (or before a change to the key derivation) get theirs here.
  await backfillPersonMatchKeys(open.db, systemClock.now().toISOString().slice(0, 10));
  await initialiseAuditChain(open.db);
  return { ...open, secrets };
}

/** `sahabat serve`: migrate, seed the demo on first start, listen. */
export async function serve(config: Config) {
  const { createApp } = await import("./app.ts");
  const open = await openNodeDatabase(config);
  const deps = { db: open.db, clock: systemClock, secrets: open.secrets, config };
  if (config.isDemoSeedOnFirstStart) {
    const seeded = await seedDemo(deps, { onlyIfEmpty: true });
    if (seeded) printDemoSignIns(seeded);
  }
  const app = await createApp(deps);
  // The node's own name frequencies, counted now (after the demo's persons, if any) and every
  // few hours: often enough to follow a growing node, rarely enough that the review queue does
  // not rescore its open pairs all day (each recount is a new model version). Not awaited: on a
  // large node the count takes seconds, and until it is done the shipped frequencies serve.
  const recountNames = () =>
    refreshNodeNameFrequencies(open.db).catch((err) =>
      app.log.error({ err }, "name frequency count failed"),
    );
  void recountNames();
  const recount = setInterval(recountNames, 6 * 60 * 60_000);
  recount.unref();
  // A signed checkpoint every minute, so even the newest entries cannot be cut off unseen for long.
  const seal = () =>
    sealAuditCheckpoint(open.db, open.secrets.auditKey, systemClock.now()).catch((err) =>
      app.log.error({ err }, "audit checkpoint failed"),
    );
  const sealing = setInterval(seal, 60_000);
  sealing.unref();
  // Takedown reminders: every 15 minutes, each notice reminded once per TAKEDOWN_REMINDER_HOURS.
  const mailer = createNoticeMailer(config);
  const jobCtx = {
    actor: { kind: "system" as const, label: "takedown-reminders" },
    db: open.db,
    clock: systemClock,
    secrets: open.secrets,
    requestId: null,
    clientAddress: null,
  };
  const remind = () =>
    sendDueReminders(jobCtx, systemClock.now(), {
      mailer,
      intervalMs: config.takedownReminderMs,
    }).catch((err) => app.log.error({ err }, "takedown reminders failed"));
  const reminding = setInterval(remind, 15 * 60_000);
  reminding.unref();
  const close = async () => {
    clearInterval(sealing);
    clearInterval(recount);
    clearInterval(reminding);
    // Closing the app chains the audit entries still pending, so the last checkpoint covers them.
    await app.close();
    await seal();
    await open.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Sahabat is running on http://localhost:${config.port} (${open.engine})\n`);
  return app;
}

/** Prints the fictional demo accounts (the only place a password is ever printed). */
export function printDemoSignIns(
  accounts: { email: string; password: string; role: string; totpSecret: string | null }[],
) {
  const lines = accounts.map(
    (a) =>
      `  ${a.role.padEnd(12)} ${a.email.padEnd(34)} ${a.password}${a.totpSecret ? `  (authenticator key ${a.totpSecret}; or: npx sahabat demo-code ${a.email})` : "  (enrols an authenticator at first sign-in)"}`,
  );
  process.stdout.write(`\nDemo sign-ins (fictional data):\n${lines.join("\n")}\n\n`);
}
