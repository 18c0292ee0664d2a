import type { Locale } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { type Ctx, inTransaction } from "../platform/context.ts";
import { Invalid } from "../platform/errors.ts";
import { hashPassword, isPasswordCorrect } from "./password.ts";
import type { SessionRef } from "./second-factor.service.ts";
import { revokeSession, revokeUserSessions } from "./sessions.ts";

/** Ends this session. */
export async function signOut(ctx: Ctx, session: SessionRef) {
  await inTransaction(ctx, async (tx) => {
    await revokeSession(tx.db, session.tokenHash, tx.clock.now());
    await recordAudit(tx, {
      action: "auth.sign_out",
      resourceType: "session",
      organisationId: session.organisationId,
      actorOverride: { userId: session.userId, organisationId: session.organisationId },
    });
  });
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(ctx: Ctx, session: SessionRef) {
  return inTransaction(ctx, async (tx) => {
    const ended = await revokeUserSessions(tx.db, session.userId, tx.clock.now());
    await recordAudit(tx, {
      action: "auth.sign_out_everywhere",
      resourceType: "session",
      organisationId: session.organisationId,
      details: { ended },
      actorOverride: { userId: session.userId, organisationId: session.organisationId },
    });
    return { ended };
  });
}

/** Changes one's own password after checking the current one; other sessions end. */
export async function changePassword(
  ctx: Ctx,
  session: SessionRef,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await ctx.db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", session.userId)
    .executeTakeFirstOrThrow();
  if (!(await isPasswordCorrect(user.password_hash, input.currentPassword))) {
    throw new Invalid("currentPassword", "The current password is wrong", "current_password_wrong");
  }
  if (input.currentPassword === input.newPassword) {
    throw new Invalid(
      "newPassword",
      "Choose a password different from the current one",
      "same_password",
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    await tx.db
      .updateTable("users")
      .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now })
      .where("id", "=", session.userId)
      .execute();
    await revokeUserSessions(tx.db, session.userId, now, session.tokenHash);
    await recordAudit(tx, {
      action: "auth.password_change",
      resourceType: "user",
      resourceId: session.userId,
      organisationId: session.organisationId,
      actorOverride: { userId: session.userId, organisationId: session.organisationId },
    });
  });
}

/** Sets one's own interface language. */
export async function setPreferences(ctx: Ctx, session: SessionRef, input: { locale: Locale }) {
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .updateTable("users")
      .set({ locale: input.locale, updated_at: tx.clock.now() })
      .where("id", "=", session.userId)
      .execute();
    await recordAudit(tx, {
      action: "user.preferences",
      resourceType: "user",
      resourceId: session.userId,
      organisationId: session.organisationId,
      details: { fields: ["locale"] },
      actorOverride: { userId: session.userId, organisationId: session.organisationId },
    });
  });
}
