import { Invalid } from "../platform/errors.ts";

/** An opaque keyset cursor: the sort key of the last row shown, base64url. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(parts.join("|"), "utf8").toString("base64url");
}

/** The parts of a cursor this list handed out; anything else is a 422 naming `cursor`. */
export function decodeCursor(cursor: string, isValid: (parts: string[]) => boolean): string[] {
  const parts = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!isValid(parts)) throw new Invalid("cursor", "Not a cursor from this list", "unknown_cursor");
  return parts;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a cursor part is a record id. */
export function isUuid(s: string | undefined): s is string {
  return s !== undefined && UUID.test(s);
}

/** Whether a cursor part is a whole number (a distance). */
export function isWholeNumber(s: string | undefined): s is string {
  return s !== undefined && /^\d{1,15}$/.test(s);
}
