import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Node secrets: never committed, generated into DATA_DIR on first start. */
export type Secrets = Readonly<{
  /** AES-256-GCM key that seals second-factor secrets at rest. */
  dataKey: Buffer;
  /** HMAC key of the audit chain's head and checkpoints; kept outside the database on purpose. */
  auditKey: Buffer;
}>;

const SecretsFile = z.object({ dataKey: z.string().length(64), auditKey: z.string().length(64) });

/** Reads DATA_DIR/secrets.json, creating it (mode 0600) when absent. */
export function loadOrCreateSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const fresh = {
      dataKey: randomBytes(32).toString("hex"),
      auditKey: randomBytes(32).toString("hex"),
    };
    fs.writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600, flag: "wx" });
  }
  const parsed = SecretsFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid secrets file`);
  return Object.freeze({
    dataKey: Buffer.from(parsed.data.dataKey, "hex"),
    auditKey: Buffer.from(parsed.data.auditKey, "hex"),
  });
}
