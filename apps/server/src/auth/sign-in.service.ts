import type { Role, SessionStage } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { type DomainError, Locked, Unauthenticated } from "../platform/errors.ts";
import { isPasswordCorrect } from "./password.ts";
import { createSessionToken, insertSession } from "./sessions.ts";
import { lockoutUntil, sessionStage } from "./stage.ts";
import { selectAccountForUpdate, updateFailedAttempts } from "./users.queries.ts";

const wrongCredentials = () => new Unauthenticated("E-mail or password is wrong");

/**
 * Signs in with e-mail and password. Success opens a session that may still need a second
 * factor. A failure is committed (counter, lockout, audit entry) before it is reported, and
 * answers the same for an unknown address as for a wrong password.
 */
export async function signIn(
  ctx: Ctx,
  input: { email: string; password: string },
  isSecondFactorDisabledForDemo: boolean,
): Promise<{ token: string; stage: SessionStage }> {
  const outcome = await inTransaction(
    ctx,
    async (tx): Promise<{ token: string; stage: SessionStage } | { error: DomainError }> => {
      const now = tx.clock.now();
      const account = await selectAccountForUpdate(tx.db, { email: input.email });
      const failed = async (reason: string, error: DomainError) => {
        await recordAudit(tx, {
          action: "auth.sign_in_failed",
          resourceType: "session",
          organisationId: account?.organisation_id ?? null,
          outcome: "failed",
          details: { reason },
          actorOverride: {
            userId: account?.id ?? null,
            organisationId: account?.organisation_id ?? null,
          },
        });
        return { error };
      };
      if (!account || account.disabled_at) {
        await isPasswordCorrect(null, input.password);
        return failed(account ? "disabled" : "unknown_account", wrongCredentials());
      }
      if (account.locked_until && account.locked_until > now) return failed("locked", new Locked());
      if (!(await isPasswordCorrect(account.password_hash, input.password))) {
        const attempts = account.failed_sign_ins + 1;
        await updateFailedAttempts(tx.db, account.id, attempts, lockoutUntil(attempts, now));
        return failed("wrong_password", wrongCredentials());
      }
      await updateFailedAttempts(tx.db, account.id, 0, null);
      const { token, tokenHash } = createSessionToken();
      await insertSession(tx.db, account.id, tokenHash, now);
      const stage = sessionStage(
        {
          role: account.role as Role,
          secondFactorAt: null,
          totpEnabledAt: account.totp_enabled_at,
        },
        isSecondFactorDisabledForDemo,
      );
      await recordAudit(tx, {
        action: "auth.sign_in",
        resourceType: "session",
        organisationId: account.organisation_id,
        details: { stage },
        actorOverride: { userId: account.id, organisationId: account.organisation_id },
      });
      return { token, stage };
    },
  );
  if ("error" in outcome) throw outcome.error;
  return outcome;
}
