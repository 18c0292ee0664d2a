import { z } from "zod";
import { Email, Id, lineText, NewPassword } from "./text.ts";
import { Locale, Role } from "./vocabulary.ts";

/** Creating a user in an organisation, with a first password they must keep secret. */
export const UserCreateBody = z.strictObject({
  organisationId: Id,
  email: Email,
  displayName: lineText(120),
  role: Role,
  locale: Locale.default("en"),
  password: NewPassword,
});

/** Changing a user: role, name, language, or disabling them. */
export const UserUpdateBody = z
  .strictObject({
    displayName: lineText(120),
    role: Role,
    locale: Locale,
    disabled: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, "Nothing to change");

/** Filter of the user list. */
export const UserListQuery = z.strictObject({ organisationId: Id.optional() });

/** A user as administrators see them (never the password or second-factor secrets). */
export const UserView = z.strictObject({
  id: z.string(),
  organisationId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  locale: Locale,
  hasSecondFactor: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  can: z.strictObject({ update: z.boolean() }),
});
export type UserView = z.infer<typeof UserView>;
