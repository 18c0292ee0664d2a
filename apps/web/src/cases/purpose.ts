import { useSyncExternalStore } from "react";

/*
 * Why the user is opening children's records now ("home visit", "court hearing"). It is sent
 * with each case opened and recorded with that read in the audit trail. Kept in this tab's
 * memory only, for the visit: it is about the work, not the child, but it stays out of URLs.
 */
let purpose = "";
const listeners = new Set<() => void>();

/** The purpose typed in this tab, or "" when none. */
export function currentPurpose(): string {
  return purpose;
}

/** Sets the purpose for the records opened from now on. */
export function setPurpose(value: string) {
  purpose = value.slice(0, 200);
  for (const listener of listeners) listener();
}

/** The purpose, re-rendering when it changes. */
export function usePurpose(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => purpose,
  );
}
