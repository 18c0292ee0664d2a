import { hammingDistance, type PdqHash, PdqParseError, parsePdqHex } from "./hash.ts";

/** A hash with its quality when known (a bare hex line carries none). */
export interface PdqEntry {
  hash: PdqHash;
  quality?: number;
}

/** Thresholds of a match. */
export interface PdqMatchOptions {
  /** Largest Hamming distance that still matches; 0..256, default 31. */
  threshold?: number;
  /** Smallest quality either side may have; 0..100, default 50. */
  minQuality?: number;
}

/** One match: the position of the list entry and its distance to the query. */
export interface PdqMatch {
  index: number;
  distance: number;
}

/**
 * Meta's recommended starting threshold, also python-threatexchange's. Meta says it came from
 * experiment, so lists carry their own threshold (issue 7) and this is only the default.
 */
export const DEFAULT_MATCH_THRESHOLD = 31;

/** Meta recommends discarding hashes of quality 49 or less: they hash unstably. */
export const DEFAULT_MIN_QUALITY = 50;

/**
 * Whether a hash is good enough to match with. A hash whose quality is unknown is kept: refusing
 * it would make a bare-hex list useless, and its maker has had the chance to filter it.
 */
export function isMatchable(entry: PdqEntry, minQuality = DEFAULT_MIN_QUALITY): boolean {
  return entry.quality === undefined || entry.quality >= minQuality;
}

/**
 * The list entries within the threshold of the query, nearest first, ties in list order; none
 * when the query or an entry falls under the minimum quality. A linear scan: exact and fast
 * enough for a few million hashes; the multi-index of issue 7 must return the same.
 */
export function findPdqMatches(
  query: PdqEntry,
  list: readonly PdqEntry[],
  options: PdqMatchOptions = {},
): PdqMatch[] {
  const { threshold, minQuality } = resolveMatchOptions(options);
  if (!isMatchable(query, minQuality)) return [];
  const matches: PdqMatch[] = [];
  list.forEach((entry, index) => {
    if (!isMatchable(entry, minQuality)) return;
    const distance = hammingDistance(query.hash, entry.hash);
    if (distance <= threshold) matches.push({ index, distance });
  });
  return matches.sort((a, b) => a.distance - b.distance || a.index - b.index);
}

/** The options with defaults filled in; refuses a threshold or quality out of range. */
export function resolveMatchOptions(options: PdqMatchOptions): Required<PdqMatchOptions> {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const minQuality = options.minQuality ?? DEFAULT_MIN_QUALITY;
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > 256) {
    throw new RangeError(`the threshold is a whole number of bits from 0 to 256, got ${threshold}`);
  }
  if (!Number.isInteger(minQuality) || minQuality < 0 || minQuality > 100) {
    throw new RangeError(`the minimum quality is a whole number from 0 to 100, got ${minQuality}`);
  }
  return { threshold, minQuality };
}

/**
 * One line of a hash list or of the hasher's output: `HASH`, or `HASH,QUALITY` followed by any
 * further fields (the file name of `pdq hash` output), which are ignored. Surrounding spaces
 * and a trailing CR are tolerated; a bad hash or quality throws {@link PdqParseError} naming it.
 */
export function parsePdqLine(line: string): PdqEntry {
  const fields = line.trim().split(",");
  const hash = parsePdqHex(fields[0]!.trim());
  if (fields.length < 2) return { hash };
  const text = fields[1]!.trim();
  if (!/^\d{1,3}$/.test(text) || Number(text) > 100) {
    throw new PdqParseError(
      `quality must be a whole number from 0 to 100, got ${JSON.stringify(text)}`,
    );
  }
  return { hash, quality: Number(text) };
}
