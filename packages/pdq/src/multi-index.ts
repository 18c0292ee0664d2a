import { PDQ_WORDS, type PdqHash } from "./hash.ts";
import {
  isMatchable,
  type PdqEntry,
  type PdqMatch,
  type PdqMatchOptions,
  resolveMatchOptions,
} from "./match.ts";

/*
 * Multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with multi-index
 * hashing", CVPR 2012), the index Meta's PDQ C++ code ships as `MIH`.
 *
 * The 256 bits are cut into 16 slots of 16 bits (the hash's own words). Two hashes at distance
 * d ≤ 16·(r + 1) − 1 differ by at most r bits in at least one slot (pigeonhole: were every slot
 * r + 1 bits apart, they would be 16·(r + 1) apart). So at Meta's threshold 31, some slot of every
 * match differs by ≤ 1 bit: probing each slot's exact value and its 16 one-bit neighbours
 * (17 × 16 = 272 buckets) finds every match, and each candidate is checked by its full Hamming
 * distance, so nothing extra is returned either. Up to 47 bits the two-bit neighbours are probed
 * too (137 buckets a slot); above 47 the buckets would hold most of the list, so we scan.
 *
 * Why not a BK-tree: at radius 31 in a 256-bit space a metric tree prunes poorly (the triangle
 * inequality rules out little when the radius is an eighth of the space, so most of the tree is
 * visited), while published measurements show this index 8–12× faster than a linear scan at that
 * radius. Our own figures on 10,000,000 entries are in BENCHMARKS.md (bench/src/online).
 *
 * Layout, for 10,000,000 entries in well under 2 GB: hashes as 8 Uint32 words an entry (32 B),
 * one quality byte and one live flag an entry, and per slot a sorted posting array (CSR: 65,537
 * offsets and 4 B an entry, 64 B an entry over 16 slots). New entries go to a small unsorted tail
 * that queries scan directly, so an added hash is matchable at once; the tail is merged into the
 * posting arrays when it reaches 1/64 of the index (at least 4,096 entries). Removal marks the
 * entry dead: it is never returned again and leaves the posting arrays at the next merge.
 */

const SLOTS = PDQ_WORDS;
const SLOT_VALUES = 1 << 16;
const WORDS32 = 8;
/** Quality byte for "unknown": a hash without quality is kept, as in the linear matcher. */
const UNKNOWN_QUALITY = 255;
/** The largest threshold the index answers by probing; above it, {@link PdqMultiIndex.search} scans. */
export const MULTI_INDEX_MAX_PROBED_THRESHOLD = 47;
const MIN_TAIL_MERGE = 4096;

/** Options of {@link PdqMultiIndex}. */
export interface PdqMultiIndexOptions {
  /** Entries to reserve room for, to avoid regrowing while a large list loads. */
  initialCapacity?: number;
}

/**
 * An in-memory PDQ index answering "every entry within `threshold` bits" exactly as
 * {@link findPdqMatches} does over the same entries in the order they were added: same matches,
 * nearest first, ties by position. Entries are addressed by the position {@link add} returns.
 */
export class PdqMultiIndex {
  private words: Uint32Array;
  private qualities: Uint8Array;
  private live: Uint8Array;
  private count = 0;
  private liveCount = 0;
  /** Per slot: where each 16-bit value's positions start in `postings[slot]`. */
  private offsets: Uint32Array[] = [];
  private postings: Uint32Array[] = [];
  /** Positions from `indexedUpTo` on are in the tail, not yet in the posting arrays. */
  private indexedUpTo = 0;

  constructor(options: PdqMultiIndexOptions = {}) {
    const capacity = Math.max(16, options.initialCapacity ?? 1024);
    this.words = new Uint32Array(capacity * WORDS32);
    this.qualities = new Uint8Array(capacity);
    this.live = new Uint8Array(capacity);
    for (let slot = 0; slot < SLOTS; slot++) {
      this.offsets.push(new Uint32Array(SLOT_VALUES + 1));
      this.postings.push(new Uint32Array(0));
    }
  }

  /** Number of positions handed out (removed entries included). */
  get size(): number {
    return this.count;
  }

  /** Number of entries not removed. */
  get liveSize(): number {
    return this.liveCount;
  }

  /**
   * Adds an entry and returns its position; it is matchable by the next query. With
   * `isMergeDeferred` the tail is left to grow until {@link mergeIfDue} or {@link merge}: for
   * loading many entries interleaved with removals.
   */
  add(entry: PdqEntry, options: { isMergeDeferred?: boolean } = {}): number {
    const position = this.append(entry);
    if (!options.isMergeDeferred) this.mergeIfDue();
    return position;
  }

  /** Merges the tail when it has grown to 1/64 of the index (at least 4,096 entries). */
  mergeIfDue(): void {
    if (this.count - this.indexedUpTo >= Math.max(MIN_TAIL_MERGE, this.count >> 6)) this.merge();
  }

  /**
   * Adds many entries and merges once at the end (loading a list of millions entry by entry
   * would merge hundreds of times). Returns the position of the first.
   */
  addMany(entries: Iterable<PdqEntry>): number {
    const first = this.count;
    for (const entry of entries) this.append(entry);
    if (this.count - this.indexedUpTo >= MIN_TAIL_MERGE) this.merge();
    return first;
  }

  private append(entry: PdqEntry): number {
    const { hash, quality } = entry;
    if (!(hash instanceof Uint16Array) || hash.length !== PDQ_WORDS) {
      throw new TypeError(`a PDQ hash is a Uint16Array of ${PDQ_WORDS} words`);
    }
    if (quality !== undefined && (!Number.isInteger(quality) || quality < 0 || quality > 100)) {
      throw new RangeError(`quality is a whole number from 0 to 100, got ${quality}`);
    }
    if (this.count === this.live.length) this.grow(this.count * 2);
    const position = this.count++;
    const base = position * WORDS32;
    for (let w = 0; w < WORDS32; w++) {
      this.words[base + w] = (hash[2 * w]! | (hash[2 * w + 1]! << 16)) >>> 0;
    }
    this.qualities[position] = quality ?? UNKNOWN_QUALITY;
    this.live[position] = 1;
    this.liveCount++;
    return position;
  }

  /** Removes the entry at `position` (a tombstone): it is never returned again. */
  remove(position: number): boolean {
    if (!Number.isInteger(position) || position < 0 || position >= this.count) return false;
    if (this.live[position] === 0) return false;
    this.live[position] = 0;
    this.liveCount--;
    return true;
  }

  /** Whether the entry at `position` exists and was not removed. */
  isLive(position: number): boolean {
    return position >= 0 && position < this.count && this.live[position] === 1;
  }

  /**
   * The live entries within the threshold of the query, nearest first, ties by position; none
   * when either side's quality is under the minimum. Probes the slots up to 47 bits, scans above.
   */
  search(query: PdqEntry, options: PdqMatchOptions = {}): PdqMatch[] {
    const { threshold, minQuality } = resolveMatchOptions(options);
    if (!isMatchable(query, minQuality)) return [];
    if (threshold > MULTI_INDEX_MAX_PROBED_THRESHOLD) return this.scan(query, options);
    const q = toWords(query.hash);
    const words = this.words;
    // Pairs (position, distance) within the threshold. A match close in several slots is found
    // once per slot and the repeats dropped at the end: cheaper than marking each candidate seen,
    // which would cost a second cache miss per candidate.
    const found: number[] = [];
    const slotRadius = threshold >> 4;
    for (let slot = 0; slot < SLOTS; slot++) {
      const offsets = this.offsets[slot]!;
      const postings = this.postings[slot]!;
      const value = (q[slot >> 1]! >>> ((slot & 1) << 4)) & 0xffff;
      probeBucket(words, postings, offsets, value, q, threshold, found);
      if (slotRadius < 1) continue;
      for (let b1 = 0; b1 < 16; b1++) {
        const one = value ^ (1 << b1);
        probeBucket(words, postings, offsets, one, q, threshold, found);
        if (slotRadius < 2) continue;
        for (let b2 = b1 + 1; b2 < 16; b2++) {
          probeBucket(words, postings, offsets, one ^ (1 << b2), q, threshold, found);
        }
      }
    }
    scanPositions(words, this.indexedUpTo, this.count, q, threshold, found);
    return withoutRepeats(this.keepMatchable(found, minQuality).sort(byDistanceThenPosition));
  }

  /** The same answer as {@link search} by checking every entry: the reference, and above 47 bits. */
  scan(query: PdqEntry, options: PdqMatchOptions = {}): PdqMatch[] {
    const { threshold, minQuality } = resolveMatchOptions(options);
    if (!isMatchable(query, minQuality)) return [];
    const found: number[] = [];
    scanPositions(this.words, 0, this.count, toWords(query.hash), threshold, found);
    return this.keepMatchable(found, minQuality).sort(byDistanceThenPosition);
  }

  /** Moves the tail into the posting arrays (dropping removed entries); runs on its own when due. */
  merge(): void {
    const live = this.live;
    const words = this.words;
    for (let slot = 0; slot < SLOTS; slot++) {
      const word = slot >> 1;
      const shift = (slot & 1) << 4;
      const offsets = new Uint32Array(SLOT_VALUES + 1);
      for (let p = 0; p < this.count; p++) {
        if (live[p] === 1) offsets[((words[p * WORDS32 + word]! >>> shift) & 0xffff) + 1]!++;
      }
      for (let v = 0; v < SLOT_VALUES; v++) offsets[v + 1]! += offsets[v]!;
      const postings = new Uint32Array(offsets[SLOT_VALUES]!);
      const cursor = offsets.slice(0, SLOT_VALUES);
      for (let p = 0; p < this.count; p++) {
        if (live[p] === 1) postings[cursor[(words[p * WORDS32 + word]! >>> shift) & 0xffff]!++] = p;
      }
      this.offsets[slot] = offsets;
      this.postings[slot] = postings;
    }
    this.indexedUpTo = this.count;
  }

  /** Bytes held by the index's arrays (hashes, qualities, flags and posting arrays). */
  byteLength(): number {
    let bytes = this.words.byteLength + this.qualities.byteLength + this.live.byteLength;
    for (let slot = 0; slot < SLOTS; slot++) {
      bytes += this.offsets[slot]!.byteLength + this.postings[slot]!.byteLength;
    }
    return bytes;
  }

  /** The found pairs whose entry is live and of sufficient quality (read only for hits). */
  private keepMatchable(found: number[], minQuality: number): PdqMatch[] {
    const matches: PdqMatch[] = [];
    for (let i = 0; i < found.length; i += 2) {
      const position = found[i]!;
      if (this.live[position] === 0) continue;
      const quality = this.qualities[position]!;
      if (quality !== UNKNOWN_QUALITY && quality < minQuality) continue;
      matches.push({ index: position, distance: found[i + 1]! });
    }
    return matches;
  }

  private grow(capacity: number): void {
    const words = new Uint32Array(capacity * WORDS32);
    words.set(this.words);
    this.words = words;
    this.qualities = copyInto(new Uint8Array(capacity), this.qualities);
    this.live = copyInto(new Uint8Array(capacity), this.live);
  }
}

function copyInto<T extends Uint8Array | Uint32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

function toWords(hash: PdqHash): Uint32Array {
  if (!(hash instanceof Uint16Array) || hash.length !== PDQ_WORDS) {
    throw new TypeError(`a PDQ hash is a Uint16Array of ${PDQ_WORDS} words`);
  }
  const q = new Uint32Array(WORDS32);
  for (let w = 0; w < WORDS32; w++) q[w] = (hash[2 * w]! | (hash[2 * w + 1]! << 16)) >>> 0;
  return q;
}

/** Drops repeated positions from matches sorted by distance then position. */
function withoutRepeats(matches: PdqMatch[]): PdqMatch[] {
  return matches.filter((m, i) => i === 0 || m.index !== matches[i - 1]!.index);
}

function byDistanceThenPosition(a: PdqMatch, b: PdqMatch): number {
  return a.distance - b.distance || a.index - b.index;
}

/** Keeps the prefetching loads observable, so the compiler cannot drop them. */
// biome-ignore lint/correctness/noUnusedVariables: written only, to keep the prefetching loads
let prefetchSink = 0;

/** Checks one bucket's entries by full distance, pushing (position, distance) of those within. */
function probeBucket(
  words: Uint32Array,
  postings: Uint32Array,
  offsets: Uint32Array,
  value: number,
  q: Uint32Array,
  threshold: number,
  found: number[],
): void {
  const end = offsets[value + 1]!;
  // Touch every candidate's first word before counting any bits. The candidates lie anywhere in
  // hundreds of megabytes, so each is a cache miss; this tight loop has many misses in flight at
  // once, where the counting loop below would wait for them one or two at a time. It made
  // queries 2.5–3× faster on 4,000,000 entries.
  let touched = 0;
  for (let i = offsets[value]!; i < end; i++) touched ^= words[postings[i]! * WORDS32]!;
  prefetchSink ^= touched;
  const q0 = q[0]!;
  const q1 = q[1]!;
  const q2 = q[2]!;
  const q3 = q[3]!;
  for (let i = offsets[value]!; i < end; i++) {
    const position = postings[i]!;
    const base = position * WORDS32;
    // Half the bits first: a random candidate is about 64 bits away in them, past any probed
    // threshold, so most candidates cost four popcounts and the processor runs ahead to the next.
    const half =
      popcount32(words[base]! ^ q0) +
      popcount32(words[base + 1]! ^ q1) +
      popcount32(words[base + 2]! ^ q2) +
      popcount32(words[base + 3]! ^ q3);
    if (half > threshold) continue;
    const distance = half + distanceOfSecondHalf(words, base, q);
    if (distance <= threshold) found.push(position, distance);
  }
}

function distanceOfSecondHalf(w: Uint32Array, base: number, q: Uint32Array): number {
  return (
    popcount32(w[base + 4]! ^ q[4]!) +
    popcount32(w[base + 5]! ^ q[5]!) +
    popcount32(w[base + 6]! ^ q[6]!) +
    popcount32(w[base + 7]! ^ q[7]!)
  );
}

/** Checks positions from..to by full distance (the unmerged tail, or the whole index). */
function scanPositions(
  words: Uint32Array,
  from: number,
  to: number,
  q: Uint32Array,
  threshold: number,
  found: number[],
): void {
  for (let position = from; position < to; position++) {
    const base = position * WORDS32;
    const half =
      popcount32(words[base]! ^ q[0]!) +
      popcount32(words[base + 1]! ^ q[1]!) +
      popcount32(words[base + 2]! ^ q[2]!) +
      popcount32(words[base + 3]! ^ q[3]!);
    if (half > threshold) continue;
    const distance = half + distanceOfSecondHalf(words, base, q);
    if (distance <= threshold) found.push(position, distance);
  }
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
