import type { DomainFieldCode } from "../platform/errors.ts";
import type { FingerprintOptions, ImageFingerprint } from "./fingerprint.ts";

/** A job sent to a hashing worker: the bytes travel by transfer, never through a file. */
export interface HashJob {
  id: number;
  bytes: Uint8Array;
  options: FingerprintOptions;
}

/** A worker's answer: the fingerprint, or an error flattened to cross the thread boundary. */
export type HashAnswer =
  | { id: number; ok: true; fingerprint: ImageFingerprint }
  | { id: number; ok: false; field?: string; message: string; code?: DomainFieldCode };
