import { describe, expect, it } from "vitest";
import { EXPECTED_DISTANCES, HASH_FILES } from "./fixtures/reference.ts";
import {
  countBits,
  createZeroHash,
  formatPdqHex,
  hammingDistance,
  hasBit,
  isPdqHex,
  PdqParseError,
  parsePdqHex,
} from "./index.ts";

describe("hex form (ALGORITHM.md §9)", () => {
  it("writes the last word first, column j of row i at bit j of word i", () => {
    // order256.dat is the reference's bit-order probe: word 0 is the last four hex digits.
    const [first, second] = HASH_FILES["order256.dat"].map(parsePdqHex);
    expect(Array.from(first!)).toEqual([4, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0]);
    expect(Array.from(second!)).toEqual([0x12, 0, 0, 0, 2, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0]);
    expect(hasBit(first!, 2)).toBe(true); // word 0 = 0x0004
    expect(hasBit(first!, 12 * 16)).toBe(true); // word 12 = 0x0001
    expect(countBits(first!)).toBe(5);
    const one = createZeroHash();
    one[0] = 1;
    expect(formatPdqHex(one)).toBe(`${"0".repeat(63)}1`);
  });

  it("round-trips every hash of the regression files and writes lower case", () => {
    const files = ["haystack.txt", "needles.txt", "short256.dat", "long256.dat"] as const;
    for (const name of files) {
      for (const hex of HASH_FILES[name]) expect(formatPdqHex(parsePdqHex(hex))).toBe(hex);
    }
    const upper = HASH_FILES["needles.txt"][0]!.toUpperCase();
    expect(formatPdqHex(parsePdqHex(upper))).toBe(HASH_FILES["needles.txt"][0]);
    console.log(
      `hex round trip: ${files.map((name) => `${name} ${HASH_FILES[name].length}`).join(", ")}`,
    );
  });

  it("refuses malformed hashes with a message saying what is wrong", () => {
    // The 64-bit hashes of short64.dat / long64.dat are another tool's: never a PDQ hash.
    for (const hex of [...HASH_FILES["short64.dat"], ...HASH_FILES["long64.dat"]]) {
      expect(() => parsePdqHex(hex)).toThrow(/64 hexadecimal characters, got 16/);
      expect(isPdqHex(hex)).toBe(false);
    }
    const good = HASH_FILES["short256.dat"][0]!;
    expect(() => parsePdqHex(`${good.slice(0, 10)}g${good.slice(11)}`)).toThrow(
      /character "g" at position 11 is not hexadecimal/,
    );
    expect(() => parsePdqHex(` ${good.slice(1)}`)).toThrow(PdqParseError);
    expect(() => parsePdqHex(`${good}0`)).toThrow(/got 65/);
    expect(() => parsePdqHex("")).toThrow(/got 0/);
    expect(() => formatPdqHex(new Uint16Array(8))).toThrow(TypeError);
    expect(() => hammingDistance(createZeroHash(), new Uint16Array(17))).toThrow(TypeError);
  });
});

describe("Hamming distance against the reference's hashtool output", () => {
  it("reproduces every published distance and norm exactly", () => {
    const exact = EXPECTED_DISTANCES.filter((row) => /^[0-9a-f]{64}$/.test(row.a));
    expect(exact.length).toBeGreaterThanOrEqual(20);
    let agreed = 0;
    for (const row of exact) {
      const distance = hammingDistance(parsePdqHex(row.a), parsePdqHex(row.b));
      if (distance === row.distance) agreed++;
      expect(distance, `${row.a} vs ${row.b}`).toBe(row.distance);
    }
    console.log(`hashtool distances and norms: ${agreed} of ${exact.length} exact`);
  });

  it("finds each needle's nearest haystack hash the same way a bit-by-bit count does", () => {
    const haystack = HASH_FILES["haystack.txt"].map(parsePdqHex);
    const needles = HASH_FILES["needles.txt"].map(parsePdqHex);
    let within31 = 0;
    for (const [n, needle] of needles.entries()) {
      const distances = haystack.map((hash) => hammingDistance(needle, hash));
      // The slow count is checked on a tenth of the needles, to keep the test fast.
      if (n % 10 === 0) expect(distances).toEqual(haystack.map((h) => countBitByBit(needle, h)));
      if (Math.min(...distances) <= 31) within31++;
    }
    console.log(`needles with a haystack hash within 31 bits: ${within31} of ${needles.length}`);
  });
});

function countBitByBit(a: Uint16Array, b: Uint16Array): number {
  let count = 0;
  for (let k = 0; k < 256; k++) if (hasBit(a, k) !== hasBit(b, k)) count++;
  return count;
}
