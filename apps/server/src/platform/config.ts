import path from "node:path";
import { z } from "zod";

/**
 * The only place that reads the environment. Every value has a demo-safe default so that
 * `npm start` works on a fresh machine; production sets DATABASE_URL and TLS in front.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  // Explicit demo switch: without it every role that can see identifying data needs a second factor.
  DEMO_DISABLE_SECOND_FACTOR: z.enum(["true", "false"]).default("false"),
  SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(20),
  // Cross-agency hit/no-hit questions per user per hour: a search of other agencies' records is
  // asked for a case, not trawled.
  HIT_QUERY_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(30),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  WEB_DIST: z.string().optional(),
  // Takedown notices by e-mail: an smtp:// or smtps:// URL, or "json" to build messages without
  // sending them (demos and tests). Unset: notices go out through platforms' portals only.
  TAKEDOWN_SMTP_URL: z
    .string()
    .regex(/^(smtps?:\/\/.+|json)$/, 'must be an smtp:// or smtps:// URL, or "json"')
    .optional(),
  TAKEDOWN_MAIL_FROM: z.email().default("takedowns@sahabat.example"),
  TAKEDOWN_REMINDER_HOURS: z.coerce.number().int().min(1).max(720).default(24),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  isSecondFactorDisabledForDemo: boolean;
  signInRateLimitPerMinute: number;
  hitQueryRateLimitPerHour: number;
  isDemoSeedOnFirstStart: boolean;
  webDist: string;
  takedownSmtpUrl: string | undefined;
  takedownMailFrom: string;
  takedownReminderMs: number;
}>;

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

/** Reads and validates the environment once; a bad value stops start-up with its name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid configuration ${first?.path.join(".")}: ${first?.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    isSecondFactorDisabledForDemo: e.DEMO_DISABLE_SECOND_FACTOR === "true",
    signInRateLimitPerMinute: e.SIGN_IN_RATE_LIMIT_PER_MINUTE,
    hitQueryRateLimitPerHour: e.HIT_QUERY_RATE_LIMIT_PER_HOUR,
    isDemoSeedOnFirstStart: e.SEED_DEMO === "true",
    webDist: path.resolve(e.WEB_DIST ?? path.join(repoRoot, "apps/web/dist")),
    takedownSmtpUrl: e.TAKEDOWN_SMTP_URL,
    takedownMailFrom: e.TAKEDOWN_MAIL_FROM,
    takedownReminderMs: e.TAKEDOWN_REMINDER_HOURS * 3_600_000,
  });
}

/** Folder of the numbered SQL migrations. */
export const migrationsDir = path.join(repoRoot, "db/migrations");
