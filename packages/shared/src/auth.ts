import { z } from "zod";
import { Email, NewPassword, OneTimeCode } from "./text.ts";
import { Locale, Role } from "./vocabulary.ts";

/** Body of a sign-in with e-mail and password. */
export const SignInBody = z.strictObject({
  email: Email,
  password: z.string().min(1, "Required").max(128, "At most 128 characters"),
});

/** Where a session stands: a password alone is not yet a full sign-in for most roles. */
export const SessionStage = z.enum(["second_factor_required", "enrolment_required", "signed_in"]);
export type SessionStage = z.infer<typeof SessionStage>;

/** Answer to a sign-in step. */
export const SignInResult = z.strictObject({ stage: SessionStage });

/** Body of the second-factor step: a one-time code, or one of the recovery codes. */
export const SecondFactorBody = z.union([
  z.strictObject({ code: OneTimeCode }),
  z.strictObject({
    recoveryCode: z.string().regex(/^[a-z0-9]{5}-[a-z0-9]{5}$/, "A recovery code as printed"),
  }),
]);

/** What an authenticator app needs to enrol. */
export const EnrolmentStart = z.strictObject({
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeSvg: z.string(),
});

/** Confirming enrolment with the first code from the app. */
export const EnrolmentConfirmBody = z.strictObject({ code: OneTimeCode });

/** Recovery codes, shown once. */
export const RecoveryCodes = z.strictObject({ recoveryCodes: z.array(z.string()) });

/** Changing one's own password. */
export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1, "Required").max(128, "At most 128 characters"),
  newPassword: NewPassword,
});

/** The signed-in user as the web app sees them. */
export const SessionView = z.strictObject({
  stage: SessionStage,
  csrfToken: z.string(),
  user: z.strictObject({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    locale: Locale,
    organisationId: z.string(),
    organisationName: z.string(),
    hasSecondFactor: z.boolean(),
  }),
});
export type SessionView = z.infer<typeof SessionView>;

/** Changing one's own preferences. */
export const PreferencesBody = z.strictObject({ locale: Locale });
