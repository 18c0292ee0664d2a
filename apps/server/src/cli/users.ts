import { Email, Id, Locale, NewPassword, Role } from "@sahabat/shared";
import type { Command } from "commander";
import { z } from "zod";
import { currentTotpCode } from "../auth/index.ts";
import { unseal } from "../platform/seal.ts";
import { createUser } from "../users/index.ts";
import { withNode } from "./run.ts";

const CreateUserOptions = z.strictObject({
  organisation: Id,
  email: Email,
  name: z.string().trim().min(1).max(120),
  role: Role,
  locale: Locale.default("en"),
});

/** create-user and demo-code. */
export function registerUserCommands(program: Command) {
  program
    .command("create-user")
    .description("Create a user; the password is read from SAHABAT_PASSWORD or standard input")
    .requiredOption("--organisation <id>", "organisation id")
    .requiredOption("--email <email>", "sign-in e-mail")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--role <role>", Role.options.join(" | "))
    .option("--locale <locale>", "en | vi | th", "en")
    .action(async (raw: Record<string, string>) => {
      const parsed = CreateUserOptions.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`--${String(issue?.path[0])}: ${issue?.message}`);
      }
      const password = NewPassword.safeParse(await readPassword());
      if (!password.success) throw new Error(`password: ${password.error.issues[0]?.message}`);
      await withNode(async (_deps, ctx) => {
        const o = parsed.data;
        const user = await createUser(ctx, {
          organisationId: o.organisation,
          email: o.email,
          displayName: o.name,
          role: o.role,
          locale: o.locale,
          password: password.data,
        });
        process.stdout.write(`Created user ${user.id}\n`);
      });
    });
  program
    .command("demo-code <email>")
    .description("Print the current one-time code of a demo account (demo accounts only)")
    .action(async (email: string) => {
      await withNode(async (deps) => {
        const user = await deps.db
          .selectFrom("users")
          .select(["totp_secret_sealed", "is_demo"])
          .where("email", "=", email.toLowerCase())
          .executeTakeFirst();
        if (!user?.is_demo || !user.totp_secret_sealed)
          throw new Error("No enrolled demo account with that e-mail");
        const secret = unseal(deps.secrets.dataKey, user.totp_secret_sealed);
        process.stdout.write(`${currentTotpCode(secret, deps.clock.now())}\n`);
      });
    });
}

async function readPassword(): Promise<string> {
  // biome-ignore lint/style/noProcessEnv: the CLI's documented way to pass a password non-interactively
  const fromEnv = process.env.SAHABAT_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY)
    throw new Error("Set SAHABAT_PASSWORD or pipe the password on standard input");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}
