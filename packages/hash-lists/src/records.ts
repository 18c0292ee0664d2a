/**
 * The fingerprint types a hash list may hold. MD5, SHA-1 and SHA-256 are exact digests of the
 * file; PDQ is the perceptual image hash (matched within a distance); PhotoDNA is licensed, so
 * its value is kept opaque, exactly as received, and only ever matched exactly.
 */
export const FINGERPRINT_TYPES = ["md5", "sha1", "sha256", "pdq", "photodna"] as const;
/** One of {@link FINGERPRINT_TYPES}. */
export type FingerprintType = (typeof FINGERPRINT_TYPES)[number];

/** The file formats lists are imported from and exported to (README, "Hash lists"). */
export const HASH_LIST_FORMATS = [
  "pdq",
  "pdq-csv",
  "threatexchange",
  "ncmec-xml",
  "stopncii-json",
] as const;
/** One of {@link HASH_LIST_FORMATS}. */
export type HashListFormat = (typeof HASH_LIST_FORMATS)[number];

/** One fingerprint read from a list file: to add (or update), or to tombstone. */
export interface HashRecord {
  /** The line (text formats) or record (XML, JSON) it came from, counting from 1. */
  row: number;
  action: "add" | "tombstone";
  /** Null only for a tombstone that names the source's id alone (an NCMEC deletion). */
  type: FingerprintType | null;
  /** Canonical value: lower-case hex, or the opaque PhotoDNA text as received. */
  value: string | null;
  /** PDQ quality, 0..100, when the file gives one. */
  quality?: number;
  classification?: string;
  /** The id the source gives the item (NCMEC entry id, ThreatExchange descriptor id). */
  sourceId?: string;
}

/** One entry as it leaves in an export. */
export interface ExportEntry {
  type: FingerprintType;
  value: string;
  quality?: number | null;
  classification?: string | null;
  sourceId?: string | null;
  isTombstoned?: boolean;
}

/** A row that could not be read: where, and why. */
export interface RowProblem {
  row: number;
  message: string;
}

/** Thrown when any row of a list file is bad; names every bad row (at most 100). */
export class HashListError extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(
      problems
        .slice(0, 3)
        .map((p) => `row ${p.row}: ${p.message}`)
        .join("; ") + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""),
    );
    this.name = "HashListError";
  }
}

/** The most problems one error names: enough to fix a file, bounded for a hostile one. */
export const MAX_PROBLEMS = 100;

const HEX_LENGTHS: Record<Exclude<FingerprintType, "photodna">, number> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  pdq: 64,
};

/** Longest opaque (PhotoDNA) value kept; NCMEC's are 144 bytes, a few hundred characters. */
const MAX_OPAQUE_LENGTH = 4096;

/**
 * The canonical form of a fingerprint value, or an error message. Hex digests are lower-cased
 * (upper case is accepted, as exchanges send it); an opaque value must be printable ASCII with no
 * spaces and is kept exactly, because a licensed hash is compared byte for byte, never decoded.
 */
export function canonicaliseValue(
  type: FingerprintType,
  raw: string,
): { value: string } | { error: string } {
  const text = raw.trim();
  if (type === "photodna") {
    if (text.length === 0) return { error: "the PhotoDNA value is empty" };
    if (text.length > MAX_OPAQUE_LENGTH)
      return { error: `the PhotoDNA value is over ${MAX_OPAQUE_LENGTH} characters` };
    if (!/^[\x21-\x7e]+$/.test(text))
      return { error: "the PhotoDNA value has characters other than printable ASCII" };
    return { value: text };
  }
  const length = HEX_LENGTHS[type];
  if (text.length !== length)
    return {
      error: `a ${type.toUpperCase()} hash is ${length} hexadecimal characters, got ${text.length}`,
    };
  if (!/^[0-9a-fA-F]+$/.test(text))
    return { error: `the ${type.toUpperCase()} hash has a character that is not hexadecimal` };
  return { value: text.toLowerCase() };
}

/** A quality field as text: a whole number 0..100, or an error message. */
export function parseQuality(text: string): { quality: number } | { error: string } {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100)
    return {
      error: `quality must be a whole number from 0 to 100, got ${JSON.stringify(t.slice(0, 20))}`,
    };
  return { quality: Number(t) };
}

/** Collects records and problems while a file is read, and throws when anything was bad. */
export class RecordCollector {
  readonly records: HashRecord[] = [];
  readonly problems: RowProblem[] = [];

  /** Records a bad row (returns nothing, so a reader can `return out.refuse(…)`). */
  refuse(row: number, message: string): undefined {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ row, message });
    return undefined;
  }

  add(record: HashRecord): void {
    this.records.push(record);
  }

  /** Adds a fingerprint after checking its value; refuses the row when it does not read. */
  addValue(
    row: number,
    type: FingerprintType,
    raw: string,
    rest: Omit<HashRecord, "row" | "type" | "value">,
  ): undefined {
    const result = canonicaliseValue(type, raw);
    if ("error" in result) return this.refuse(row, result.error);
    this.add({ row, type, value: result.value, ...rest });
    return undefined;
  }

  finish(): HashRecord[] {
    if (this.problems.length > 0) throw new HashListError(this.problems);
    return this.records;
  }
}
