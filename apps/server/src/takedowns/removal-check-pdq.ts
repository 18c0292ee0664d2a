import { hammingDistance, isPdqHex, parsePdqHex } from "@sahabat/pdq";
import { fingerprintImage } from "../online-harm/index.ts";

/** Meta's match threshold: a re-encoded, resized or recoloured copy stays within 31 bits. */
export const DEFAULT_PDQ_THRESHOLD = 31;

/**
 * The most pixels a re-fetched image may have. What a platform serves comes from outside, and
 * its decoding runs in the server process (not the upload's worker pool), so a host could
 * otherwise make the node decode a 100-megapixel bomb on every check. A larger image is
 * inconclusive: the exact digests still compare.
 */
export const MAX_REFETCH_PIXELS = 25_000_000;

/** Under this quality a PDQ hash is unstable and says nothing either way (Meta's rule). */
const MIN_QUALITY = 50;

/**
 * Compares a re-fetched body with a notice's PDQ fingerprints: decoded and hashed in memory
 * (the eight orientations, so a turned or mirrored re-upload still counts), the pixels dropped
 * on return. `true`: some orientation is within `threshold` of some fingerprint (still up);
 * `false`: an image, hashable, and none is (changed); `undefined`: not an image we decode, or
 * too flat to hash reliably, so PDQ cannot tell.
 */
export async function matchPdqFingerprints(
  body: Uint8Array,
  fingerprints: readonly string[],
  options: { threshold: number; maxBytes: number },
): Promise<boolean | undefined> {
  const listed = fingerprints.filter(isPdqHex).map(parsePdqHex);
  if (listed.length === 0) return undefined;
  let fetched: Awaited<ReturnType<typeof fingerprintImage>>;
  try {
    fetched = await fingerprintImage(body, {
      withOrientations: true,
      limits: { maxBytes: options.maxBytes, maxPixels: MAX_REFETCH_PIXELS },
    });
  } catch {
    return undefined;
  }
  if (fetched.quality < MIN_QUALITY || !fetched.orientations) return undefined;
  const variants = Object.values(fetched.orientations).map(parsePdqHex);
  return listed.some((hash) =>
    variants.some((variant) => hammingDistance(hash, variant) <= options.threshold),
  );
}
