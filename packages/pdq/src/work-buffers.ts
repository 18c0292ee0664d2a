import { PRESHRINK_SIDE } from "./luminance.ts";

/** What a kept work buffer is for: each purpose has its own, as they are live at once. */
export type WorkBufferPurpose = "luminance" | "blur" | "sampledColumns";

/** The largest buffer kept: the pre-shrunk 512 × 512 matrix, 1 MB of float32. */
const KEPT_LENGTH = PRESHRINK_SIDE * PRESHRINK_SIDE;

const kept = new Map<WorkBufferPurpose, Float32Array>();

/**
 * A float32 buffer of `length` values for one step of one hash, NOT zeroed: the caller writes
 * every value before reading it. Up to 512 × 512 the same memory serves every hash, so hashing
 * a stream of images allocates almost nothing: each fresh 1 MB array cost zeroing, and their
 * off-heap memory drove a young-generation collection every few images. Larger matrices (only
 * with pre-shrink `none`) get a new array, so a huge image's memory is not held after its hash.
 *
 * Safe because hashing is synchronous: no two hashes of one thread interleave, and each worker
 * thread has its own module and so its own buffers. A buffer is only valid until the next call
 * for the same purpose, which is why nothing taken here is ever returned to a caller.
 */
export function takeWorkBuffer(purpose: WorkBufferPurpose, length: number): Float32Array {
  if (length > KEPT_LENGTH) return new Float32Array(length);
  let buffer = kept.get(purpose);
  if (!buffer || buffer.length < length) {
    buffer = new Float32Array(length);
    kept.set(purpose, buffer);
  }
  return buffer.subarray(0, length);
}
