import type { Instrument } from "./types.ts";
import { instrument2026_1 } from "./v2026-1/index.ts";

/*
 * Every published version of the instrument. A saved screening names its version, so a version
 * is never removed or edited once published: a change makes a new version, added here.
 */
const published: readonly Instrument[] = [instrument2026_1];

/** The instruments by version id. */
export const instruments: Readonly<Record<string, Instrument>> = Object.fromEntries(
  published.map((i) => [i.version, i]),
);

/** The version a new screening uses. */
export const currentInstrumentVersion = "2026-1";

/** The published versions, oldest first. */
export function listInstrumentVersions(): string[] {
  return published.map((i) => i.version);
}

/** The instrument of a version, or null when there is none. */
export function findInstrument(version: string): Instrument | null {
  return Object.hasOwn(instruments, version) ? (instruments[version] ?? null) : null;
}
