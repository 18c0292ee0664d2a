import { spawn } from "node:child_process";
import path from "node:path";
import { verifyAuditChain } from "../../apps/server/src/audit/index.ts";
import { openPostgres } from "../../apps/server/src/platform/db/database.ts";

/** One timed verification of the whole chain. */
export type VerifyTiming = {
  isIntact: boolean;
  entries: number;
  seconds: number;
  /** What the verifier said, for the report. */
  summary: string;
};

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Times `verifyAuditChain` in this process, on a pool of the server's default driver. */
export async function timeVerifyFunction(url: string, auditKey: Buffer): Promise<VerifyTiming> {
  const open = openPostgres(url, 2);
  try {
    const started = performance.now();
    const report = await verifyAuditChain(open.db, auditKey);
    const seconds = (performance.now() - started) / 1000;
    return {
      isIntact: report.ok,
      entries: report.entries,
      seconds,
      summary: report.ok
        ? `intact: ${report.entries} entries, ${report.checkpoints} checkpoints`
        : `BROKEN at ${report.brokenAt}: ${report.reason}`,
    };
  } finally {
    await open.close();
  }
}

/**
 * Times the real CLI, `node apps/server/bin/sahabat.js audit verify`, wall clock from spawn to
 * exit (start-up, migration check and the walk), reading the audit key from DATA_DIR.
 */
export function timeVerifyCli(env: Record<string, string>): Promise<VerifyTiming> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, "apps/server/bin/sahabat.js"), "audit", "verify"],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
  });
  child.stderr.on("data", (d) => {
    output += d;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const intact = /Audit trail intact: (\d+) entries/.exec(output);
      resolve({
        isIntact: code === 0 && intact !== null,
        entries: intact ? Number(intact[1]) : 0,
        seconds,
        summary: `exit ${code}: ${output.trim()}`,
      });
    });
  });
}
