import { type Role, rolesNeedingSecondFactor, type SessionStage } from "@sahabat/shared";

/** Whether this role must pass a second factor (every role that can see identifying data). */
export function needsSecondFactor(role: Role, isDisabledForDemo: boolean): boolean {
  return !isDisabledForDemo && rolesNeedingSecondFactor.includes(role);
}

/** Where a session stands given its user's role and second factor. */
export function sessionStage(
  s: { role: Role; secondFactorAt: Date | null; totpEnabledAt: Date | null },
  isDisabledForDemo: boolean,
): SessionStage {
  if (s.secondFactorAt || !needsSecondFactor(s.role, isDisabledForDemo)) return "signed_in";
  return s.totpEnabledAt ? "second_factor_required" : "enrolment_required";
}

/** Lockout backoff: none for the first 4 failures, then 1, 2, 4 … minutes, at most an hour. */
export function lockoutUntil(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < 5) return null;
  const minutes = Math.min(60, 2 ** (failedAttempts - 5));
  return new Date(now.getTime() + minutes * 60_000);
}
