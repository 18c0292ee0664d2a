import type { Locale, Role, UserView } from "@sahabat/shared";
import { recordAudit } from "../audit/index.ts";
import { hashPassword } from "../auth/index.ts";
import { canCreateUserIn, canReadOrganisation, findOrganisation } from "../organisations/index.ts";
import { type Actor, type Ctx, inTransaction } from "../platform/context.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../platform/errors.ts";
import { canGrantRole, canReadUser, canUpdateUser, visibleUsers } from "./policy.ts";
import { isEmailTaken, selectUser, selectUsers, type UserRow } from "./queries.ts";

function facts(r: UserRow) {
  return { id: r.id, organisationId: r.organisation_id, role: r.role as Role };
}

function toView(actor: Actor, r: UserRow): UserView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as Role,
    locale: r.locale as Locale,
    hasSecondFactor: r.totp_enabled_at !== null,
    disabled: r.disabled_at !== null,
    lockedUntil: r.locked_until?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    can: { update: canUpdateUser(actor, facts(r)) },
  };
}

/** Accounts the actor may see, optionally of one organisation. */
export async function listUsers(ctx: Ctx, organisationId?: string): Promise<UserView[]> {
  const rows = await selectUsers(ctx.db, visibleUsers(ctx.actor), organisationId);
  return rows.map((r) => toView(ctx.actor, r));
}

/** One account, or NotFound outside the actor's scope. */
export async function getUser(ctx: Ctx, id: string): Promise<UserView> {
  const row = await selectUser(ctx.db, id);
  if (!row || !canReadUser(ctx.actor, facts(row))) throw new NotFound("user");
  return toView(ctx.actor, row);
}

export type UserInput = {
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  password: string;
};

/** Creates an account in an organisation; the first password is hashed before the transaction. */
export async function createUser(ctx: Ctx, input: UserInput, options: { isDemo?: boolean } = {}) {
  const org = await findOrganisation(ctx.db, input.organisationId);
  if (!org || !canReadOrganisation(ctx.actor, org)) throw new NotFound("organisation");
  if (!canCreateUserIn(ctx.actor, org))
    throw new Forbidden("You may not add users to this organisation");
  if (!canGrantRole(ctx.actor, input.role))
    throw new Invalid("role", "You may not grant this role", "role_not_grantable");
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (await isEmailTaken(tx.db, input.email)) {
      throw new Conflict("This e-mail address already has an account", [
        { field: "email", message: "Already in use", code: "already_in_use" },
      ]);
    }
    const { id } = await tx.db
      .insertInto("users")
      .values({
        organisation_id: input.organisationId,
        email: input.email,
        display_name: input.displayName,
        role: input.role,
        locale: input.locale,
        password_hash: passwordHash,
        is_demo: options.isDemo ?? false,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: "user.create",
      resourceType: "user",
      resourceId: id,
      organisationId: input.organisationId,
      details: { role: input.role },
    });
    const row = await selectUser(tx.db, id);
    return toView(tx.actor, row!);
  });
}

export type UserChanges = Partial<{
  displayName: string;
  role: Role;
  locale: Locale;
  disabled: boolean;
}>;

/** Changes an account's name, role, language, or disables it (which ends its sessions). */
export async function updateUser(ctx: Ctx, id: string, changes: UserChanges): Promise<UserView> {
  return inTransaction(ctx, async (tx) => {
    const existing = await selectUser(tx.db, id);
    if (!existing || !canReadUser(tx.actor, facts(existing))) throw new NotFound("user");
    if (!canUpdateUser(tx.actor, facts(existing))) throw new Forbidden();
    if (changes.role && !canGrantRole(tx.actor, changes.role)) {
      throw new Invalid("role", "You may not grant this role", "role_not_grantable");
    }
    if (changes.disabled && tx.actor.kind === "user" && tx.actor.userId === id) {
      throw new Invalid("disabled", "You cannot disable your own account", "cannot_disable_self");
    }
    const now = tx.clock.now();
    await tx.db
      .updateTable("users")
      .set({
        ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
        ...(changes.disabled !== undefined ? { disabled_at: changes.disabled ? now : null } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    if (changes.disabled || changes.role) {
      await tx.db
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("user_id", "=", id)
        .where("revoked_at", "is", null)
        .execute();
    }
    await recordAudit(tx, {
      action: "user.update",
      resourceType: "user",
      resourceId: id,
      organisationId: existing.organisation_id,
      details: { fields: Object.keys(changes).sort() },
    });
    return toView(tx.actor, (await selectUser(tx.db, id))!);
  });
}
