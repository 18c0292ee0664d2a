import type { UserView } from "@sahabat/shared";

/** Whether an account can be used now: disabled, locked after failed attempts, or active. */
export function userStatusOf(user: UserView, now: Date): "disabled" | "locked" | "active" {
  if (user.disabled) return "disabled";
  if (user.lockedUntil && new Date(user.lockedUntil) > now) return "locked";
  return "active";
}
