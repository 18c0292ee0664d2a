import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AgencyType } from "@sahabat/shared";
import { createTotpSecret } from "../../apps/server/src/auth/totp.ts";
import { openNodeDatabase } from "../../apps/server/src/node.ts";
import { createOrganisation } from "../../apps/server/src/organisations/index.ts";
import { systemClock } from "../../apps/server/src/platform/clock.ts";
import { loadConfig } from "../../apps/server/src/platform/config.ts";
import type { Ctx } from "../../apps/server/src/platform/context.ts";
import type { Db } from "../../apps/server/src/platform/db/database.ts";
import { seal } from "../../apps/server/src/platform/seal.ts";
import { createUser } from "../../apps/server/src/users/index.ts";

/** A node prepared for the benchmark: its environment, secrets and seeded records. */
export type BenchNode = {
  env: Record<string, string>;
  dataDir: string;
  auditKey: Buffer;
  /** Node administrators, each enrolled in TOTP, one per HTTP client. */
  admins: { id: string; organisationId: string; email: string; totpSecret: string }[];
  /** Organisations the clients read and change, one per HTTP client. */
  organisationIds: string[];
};

/** The password of every benchmark account (fictional, local, thrown away with the database). */
export const benchPassword = "bench horse battery staple";

const countries = ["VN", "TH", "KH", "MM", "ID", "PH", "MY", "LA", "SG", "BN", "TL"];
const agencyTypes: AgencyType[] = ["social_welfare", "police", "shelter", "ngo", "hotline"];

/** A node's data directory with its secrets file, and the environment the server runs with. */
export function initNodeDir(dataDir: string, databaseUrl: string | undefined) {
  fs.mkdirSync(dataDir, { recursive: true });
  const keys = { dataKey: randomBytes(32), auditKey: randomBytes(32) };
  fs.writeFileSync(
    path.join(dataDir, "secrets.json"),
    JSON.stringify({
      dataKey: keys.dataKey.toString("hex"),
      auditKey: keys.auditKey.toString("hex"),
    }),
    { mode: 0o600 },
  );
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    WEB_DIST: path.join(dataDir, "no-web-app"),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  return { env, keys };
}

/** A service context acting as the system, for seeding through the real services. */
export function systemCtx(open: Awaited<ReturnType<typeof openNodeDatabase>>): Ctx {
  return {
    actor: { kind: "system", label: "bench" },
    db: open.db,
    clock: systemClock,
    secrets: open.secrets,
    requestId: null,
    clientAddress: null,
  };
}

/** Enrols a user in TOTP as the test factories do (the sealed secret and its time); returns the secret. */
export async function enrolTotp(db: Db, dataKey: Buffer, userId: string): Promise<string> {
  const totpSecret = createTotpSecret();
  await db
    .updateTable("users")
    .set({ totp_secret_sealed: seal(dataKey, totpSecret), totp_enabled_at: systemClock.now() })
    .where("id", "=", userId)
    .execute();
  return totpSecret;
}

/**
 * Writes the node's secrets file (so the CLI can later read the same audit key), migrates the
 * database, and seeds organisations and TOTP-enrolled node administrators through the real
 * services, as a system actor.
 */
export async function prepareNode(o: {
  dataDir: string;
  databaseUrl?: string;
  clients: number;
  organisations: number;
}): Promise<BenchNode> {
  const { env, keys } = initNodeDir(o.dataDir, o.databaseUrl);
  const open = await openNodeDatabase(loadConfig(env));
  try {
    const ctx = systemCtx(open);
    const home = await createOrganisation(ctx, {
      name: "Bench node secretariat",
      agencyType: "social_welfare",
      countryCode: "VN",
    });
    const organisationIds: string[] = [];
    for (let i = 0; i < o.organisations; i++) {
      const org = await createOrganisation(ctx, {
        name: `Bench agency ${i + 1}`,
        agencyType: agencyTypes[i % agencyTypes.length] as AgencyType,
        countryCode: countries[i % countries.length] as string,
        province: `Province ${i + 1}`,
      });
      organisationIds.push(org.id);
    }
    const admins: BenchNode["admins"] = [];
    for (let i = 0; i < o.clients; i++) {
      const user = await createUser(ctx, {
        organisationId: home.id,
        email: `bench-admin-${i + 1}@bench.sahabat.example`,
        displayName: `Bench administrator ${i + 1}`,
        role: "node_admin",
        locale: "en",
        password: benchPassword,
      });
      const totpSecret = await enrolTotp(open.db, keys.dataKey, user.id);
      admins.push({ id: user.id, organisationId: home.id, email: user.email, totpSecret });
    }
    return { env, dataDir: o.dataDir, auditKey: keys.auditKey, admins, organisationIds };
  } finally {
    await open.close();
  }
}
