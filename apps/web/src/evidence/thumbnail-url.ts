/*
 * Where a thumbnail of retained material lives in the browser: one object URL, held by the
 * component that asked for it. Replacing it or letting go of it revokes the old URL at once, so
 * the blurred picture does not outlive the screen (it is never put in the query cache, which
 * would keep it after the page is left). `create` and `revoke` are URL.createObjectURL and
 * URL.revokeObjectURL in the app, stand-ins in tests.
 */

/** Holds at most one object URL; `set` and `clear` revoke the previous one. */
export type ObjectUrlSlot = {
  /** Makes a URL for `blob`, revoking the URL held before; returns the new URL. */
  set(blob: Blob): string;
  /** Revokes the URL held, if any. */
  clear(): void;
  /** The URL held, or null. */
  current(): string | null;
};

export function createObjectUrlSlot(
  create: (blob: Blob) => string = (blob) => URL.createObjectURL(blob),
  revoke: (url: string) => void = (url) => URL.revokeObjectURL(url),
): ObjectUrlSlot {
  let held: string | null = null;
  const clear = () => {
    if (held !== null) revoke(held);
    held = null;
  };
  return {
    set(blob) {
      clear();
      held = create(blob);
      return held;
    },
    clear,
    current: () => held,
  };
}

/** The shortest reason the server accepts for a thumbnail or a destruction. */
export const MIN_REASON_LENGTH = 5;

/** Why a reason typed in a form is not yet acceptable, or null when it is. */
export function reasonProblem(reason: string): "required" | "tooShort" | null {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return "required";
  if (trimmed.length < MIN_REASON_LENGTH) return "tooShort";
  return null;
}
