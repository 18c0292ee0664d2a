/**
 * A PDQ hash: 256 bits as sixteen 16-bit words. Word i holds row i of the 16×16 DCT sign matrix,
 * column j at bit j (ALGORITHM.md §9). Keeping the reference's word layout makes the hex form and
 * the 16-slot multi-index of issue 7 fall out without any bit shuffling.
 */
export type PdqHash = Uint16Array;

/** Number of 16-bit words in a PDQ hash. */
export const PDQ_WORDS = 16;

/** Length of a PDQ hash in hexadecimal characters. */
export const PDQ_HEX_LENGTH = 64;

/** A hash with every bit clear: what the reference returns for images too small to hash. */
export function createZeroHash(): PdqHash {
  return new Uint16Array(PDQ_WORDS);
}

/** Thrown for a string that is not a PDQ hash; the message says what is wrong and where. */
export class PdqParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdqParseError";
  }
}

/**
 * Reads 64 hexadecimal characters, last word first, as the reference tools write them. Upper
 * case is accepted (some exchanges send it); anything else, including surrounding spaces, is
 * refused so that a truncated or padded hash never silently matches.
 */
export function parsePdqHex(text: string): PdqHash {
  if (text.length !== PDQ_HEX_LENGTH) {
    throw new PdqParseError(
      `a PDQ hash is ${PDQ_HEX_LENGTH} hexadecimal characters, got ${text.length}`,
    );
  }
  const hash = new Uint16Array(PDQ_WORDS);
  for (let position = 0; position < PDQ_HEX_LENGTH; position++) {
    const digit = hexDigitValue(text.charCodeAt(position));
    if (digit < 0) {
      throw new PdqParseError(
        `character ${JSON.stringify(text[position])} at position ${position + 1} is not hexadecimal`,
      );
    }
    const word = PDQ_WORDS - 1 - (position >> 2);
    hash[word] = (hash[word]! << 4) | digit;
  }
  return hash;
}

/** Writes the 64 lower-case hexadecimal characters the reference tools write (w[15] first). */
export function formatPdqHex(hash: PdqHash): string {
  assertPdqHash(hash);
  let text = "";
  for (let word = PDQ_WORDS - 1; word >= 0; word--) {
    text += hash[word]!.toString(16).padStart(4, "0");
  }
  return text;
}

/** Whether a string is a well-formed PDQ hash (either case). */
export function isPdqHex(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}

/** Hamming distance: the number of differing bits, 0 to 256. */
export function hammingDistance(a: PdqHash, b: PdqHash): number {
  assertPdqHash(a);
  assertPdqHash(b);
  let distance = 0;
  // Two words at a time: a 32-bit popcount halves the work of a per-word loop.
  for (let word = 0; word < PDQ_WORDS; word += 2) {
    const x = (a[word]! | (a[word + 1]! << 16)) ^ (b[word]! | (b[word + 1]! << 16));
    distance += popcount32(x);
  }
  return distance;
}

/** Number of set bits (the reference's "norm"); 128 for a typical photo. */
export function countBits(hash: PdqHash): number {
  return hammingDistance(hash, createZeroHash());
}

/** Whether bit k (0..255, k = 16·row + column) is set. */
export function hasBit(hash: PdqHash, k: number): boolean {
  return ((hash[k >> 4]! >> (k & 15)) & 1) === 1;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function hexDigitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

function assertPdqHash(hash: PdqHash): void {
  if (!(hash instanceof Uint16Array) || hash.length !== PDQ_WORDS) {
    throw new TypeError(`a PDQ hash is a Uint16Array of ${PDQ_WORDS} words`);
  }
}
