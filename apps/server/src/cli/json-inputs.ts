/* The input of `sahabat screen`: a JSON array, or JSON lines. */

/** Marks a JSON line that does not parse. */
export const invalidJson = Symbol("invalid JSON");

/** A JSON array, or JSON lines (a line that does not parse becomes `invalidJson`). */
export function readInputs(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed)) throw new Error("expected a JSON array");
    return parsed;
  }
  return trimmed
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return invalidJson;
      }
    });
}
