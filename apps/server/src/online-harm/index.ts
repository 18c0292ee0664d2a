/*
 * Online harm (issue 7). So far: fingerprinting uploads in memory (MD5, SHA-256, PDQ) on a pool
 * of worker threads. Hash lists, matching, takedowns and advert screening build on this.
 */
export { DEFAULT_IMAGE_LIMITS, type ImageLimits } from "./decode-image.ts";
export {
  digestBytes,
  type ExactDigests,
  type FingerprintOptions,
  fingerprintImage,
  type ImageFingerprint,
} from "./fingerprint.ts";
export {
  createHashPool,
  type HashJobOptions,
  type HashPool,
  type HashPoolOptions,
} from "./hash-pool.ts";
