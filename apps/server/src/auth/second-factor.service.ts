import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, type DomainError, Invalid, Locked } from "../platform/errors.ts";
import { seal, unseal } from "../platform/seal.ts";
import { lockoutUntil } from "./stage.ts";
import { acceptTotpCode, createTotpSecret, totpQrSvg, totpUri } from "./totp.ts";
import { selectAccountForUpdate, updateFailedAttempts } from "./users.queries.ts";

/** The session a second-factor step belongs to. */
export type SessionRef = {
  tokenHash: string;
  userId: string;
  organisationId: string;
  email: string;
};

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

function createRecoveryCode(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

async function markSecondFactorPassed(ctx: Ctx, session: SessionRef, now: Date) {
  await ctx.db
    .updateTable("sessions")
    .set({ second_factor_at: now })
    .where("token_hash", "=", session.tokenHash)
    .execute();
}

/**
 * Completes sign-in with a one-time code or a recovery code. A wrong or reused code counts
 * toward the lockout like a wrong password, and is committed before it is reported.
 */
export async function completeSecondFactor(
  ctx: Ctx,
  session: SessionRef,
  input: { code: string } | { recoveryCode: string },
): Promise<void> {
  const error = await inTransaction(ctx, async (tx): Promise<DomainError | null> => {
    const now = tx.clock.now();
    const account = await selectAccountForUpdate(tx.db, { id: session.userId });
    if (!account?.totp_secret_sealed) return new Conflict("No authenticator is enrolled");
    if (account.locked_until && account.locked_until > now) return new Locked();
    let isAccepted = false;
    if ("code" in input) {
      const secret = unseal(tx.secrets.dataKey, account.totp_secret_sealed);
      const last = account.totp_last_step === null ? null : Number(account.totp_last_step);
      const step = acceptTotpCode(secret, input.code, now, last);
      if (step !== null) {
        await tx.db
          .updateTable("users")
          .set({ totp_last_step: step })
          .where("id", "=", account.id)
          .execute();
        isAccepted = true;
      }
    } else {
      const used = await tx.db
        .updateTable("recovery_codes")
        .set({ used_at: now })
        .where("user_id", "=", account.id)
        .where("code_hash", "=", hashRecoveryCode(input.recoveryCode))
        .where("used_at", "is", null)
        .executeTakeFirst();
      isAccepted = Number(used.numUpdatedRows) === 1;
    }
    const method = "code" in input ? "totp" : "recovery_code";
    if (!isAccepted) {
      const attempts = account.failed_sign_ins + 1;
      await updateFailedAttempts(tx.db, account.id, attempts, lockoutUntil(attempts, now));
      await recordAudit(tx, {
        action: "auth.second_factor_failed",
        resourceType: "session",
        organisationId: account.organisation_id,
        outcome: "failed",
        details: { method },
        actorOverride: { userId: account.id, organisationId: account.organisation_id },
      });
      const field = "code" in input ? "code" : "recoveryCode";
      return new Invalid(field, "This code is not valid, or it was already used", "code_rejected");
    }
    await updateFailedAttempts(tx.db, account.id, 0, null);
    await markSecondFactorPassed(tx, session, now);
    await recordAudit(tx, {
      action: "auth.second_factor",
      resourceType: "session",
      organisationId: account.organisation_id,
      details: { method },
      actorOverride: { userId: account.id, organisationId: account.organisation_id },
    });
    return null;
  });
  if (error) throw error;
}

/** Starts enrolling an authenticator app: a new secret, kept pending until a code confirms it. */
export async function startEnrolment(ctx: Ctx, session: SessionRef) {
  return inTransaction(ctx, async (tx) => {
    const secret = createTotpSecret();
    await tx.db
      .updateTable("users")
      .set({ totp_pending_sealed: seal(tx.secrets.dataKey, secret) })
      .where("id", "=", session.userId)
      .execute();
    await recordAudit(tx, {
      action: "auth.enrolment_start",
      resourceType: "user",
      resourceId: session.userId,
      organisationId: session.organisationId,
      actorOverride: { userId: session.userId, organisationId: session.organisationId },
    });
    const otpauthUri = totpUri(secret, session.email);
    return { secret, otpauthUri, qrCodeSvg: await totpQrSvg(otpauthUri) };
  });
}

/**
 * Confirms enrolment with the app's first code: the secret becomes active, the session passes
 * its second factor, and ten single-use recovery codes are issued (shown once, stored hashed).
 */
export async function confirmEnrolment(ctx: Ctx, session: SessionRef, code: string) {
  const result = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const account = await selectAccountForUpdate(tx.db, { id: session.userId });
    if (!account?.totp_pending_sealed) return { error: new Conflict("Start the enrolment first") };
    const secret = unseal(tx.secrets.dataKey, account.totp_pending_sealed);
    const step = acceptTotpCode(secret, code, now, null);
    if (step === null)
      return {
        error: new Invalid(
          "code",
          "This code is not valid: check the app's clock",
          "enrolment_code_rejected",
        ),
      };
    await tx.db
      .updateTable("users")
      .set({
        totp_secret_sealed: account.totp_pending_sealed,
        totp_pending_sealed: null,
        totp_enabled_at: now,
        totp_last_step: step,
      })
      .where("id", "=", account.id)
      .execute();
    const recoveryCodes = Array.from({ length: 10 }, createRecoveryCode);
    await tx.db.deleteFrom("recovery_codes").where("user_id", "=", account.id).execute();
    await tx.db
      .insertInto("recovery_codes")
      .values(
        recoveryCodes.map((c) => ({
          user_id: account.id,
          code_hash: hashRecoveryCode(c),
          used_at: null,
        })),
      )
      .execute();
    await markSecondFactorPassed(tx, session, now);
    await recordAudit(tx, {
      action: "auth.enrolment_confirm",
      resourceType: "user",
      resourceId: account.id,
      organisationId: account.organisation_id,
      actorOverride: { userId: account.id, organisationId: account.organisation_id },
    });
    return { recoveryCodes };
  });
  if ("error" in result) throw result.error;
  return result;
}
