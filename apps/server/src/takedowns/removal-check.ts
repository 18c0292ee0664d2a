import { createHash } from "node:crypto";
import { DEFAULT_PDQ_THRESHOLD, matchPdqFingerprints } from "./removal-check-pdq.ts";

/*
 * Verifies removal by fetching a target's URL again and hashing what comes back, in memory: the
 * bytes are fed to MD5 and SHA-256 as they arrive and dropped, never stored or logged. When the
 * notice carries PDQ fingerprints the body is also held in memory (within the size limit),
 * decoded and PDQ-hashed, then dropped. Only the HTTP status and the outcome are kept.
 *
 * SSRF: only http and https, no credentials in the URL, redirects not followed, a time limit
 * and a size limit. The URLs come from the agency's own notices, not from the public. A
 * production node should still run checks through an egress proxy that refuses private,
 * loopback and link-local addresses (tests check against a loopback server, so the code here
 * does not refuse them).
 */

export type CheckOutcome = "gone" | "changed" | "still_up" | "inconclusive";

/** `pdqThreshold`: largest Hamming distance that counts as the same picture (default 31). */
export type CheckLimits = { timeoutMs: number; maxBytes: number; pdqThreshold?: number };

export const defaultCheckLimits: CheckLimits = {
  timeoutMs: 10_000,
  maxBytes: 20 * 1024 * 1024,
  pdqThreshold: DEFAULT_PDQ_THRESHOLD,
};

type Fingerprint = { type: string; value: string };

async function hashBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  isKept: boolean,
): Promise<{ md5: string; sha256: string; bytes?: Uint8Array } | null> {
  const md5 = createHash("md5");
  const sha256 = createHash("sha256");
  let size = 0;
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    md5.update(value);
    sha256.update(value);
    if (isKept) chunks.push(value);
  }
  const digests = { md5: md5.digest("hex"), sha256: sha256.digest("hex") };
  return isKept ? { ...digests, bytes: Buffer.concat(chunks) } : digests;
}

/**
 * Whether the content is gone (404 or 410), changed (served, but no fingerprint matches), still
 * up (an MD5 or SHA-256 fingerprint matches, or a PDQ fingerprint is within the threshold of
 * the served image in any of its eight orientations: a re-encoded or resized copy is the same
 * content) or inconclusive (another status, a redirect, an error, too large, too slow, no
 * fingerprint to compare, or only PDQ fingerprints and a body that is not a hashable image).
 */
export async function checkUrl(
  url: string,
  fingerprints: readonly Fingerprint[],
  limits: CheckLimits = defaultCheckLimits,
): Promise<{ httpStatus: number | null; outcome: CheckOutcome }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { httpStatus: null, outcome: "inconclusive" };
  }
  if (!["http:", "https:"].includes(parsed.protocol) || parsed.username || parsed.password)
    return { httpStatus: null, outcome: "inconclusive" };
  try {
    const res = await fetch(parsed, {
      redirect: "manual",
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { "user-agent": "Sahabat removal check" },
    });
    const httpStatus = res.status;
    if (httpStatus === 404 || httpStatus === 410 || httpStatus < 200 || httpStatus > 299) {
      await res.body?.cancel();
      return {
        httpStatus,
        outcome: httpStatus === 404 || httpStatus === 410 ? "gone" : "inconclusive",
      };
    }
    const exact = fingerprints.filter((f) => f.type === "md5" || f.type === "sha256");
    const pdq = fingerprints.filter((f) => f.type === "pdq").map((f) => f.value.toLowerCase());
    if (!res.body || exact.length + pdq.length === 0) {
      await res.body?.cancel();
      return { httpStatus, outcome: "inconclusive" };
    }
    const hashes = await hashBody(res.body, limits.maxBytes, pdq.length > 0);
    if (!hashes) return { httpStatus, outcome: "inconclusive" };
    const isSame = exact.some(
      (f) => f.value.toLowerCase() === (f.type === "md5" ? hashes.md5 : hashes.sha256),
    );
    if (isSame) return { httpStatus, outcome: "still_up" };
    const isSimilar = hashes.bytes
      ? await matchPdqFingerprints(hashes.bytes, pdq, {
          threshold: limits.pdqThreshold ?? DEFAULT_PDQ_THRESHOLD,
          maxBytes: limits.maxBytes,
        })
      : undefined;
    if (isSimilar) return { httpStatus, outcome: "still_up" };
    // PDQ could not tell and there was no exact fingerprint to say "changed" on its own.
    if (isSimilar === undefined && exact.length === 0)
      return { httpStatus, outcome: "inconclusive" };
    return { httpStatus, outcome: "changed" };
  } catch {
    return { httpStatus: null, outcome: "inconclusive" };
  }
}
