import { describe, expect, it } from "vitest";
import { HASH_FILES } from "./fixtures/reference.ts";
import {
  DEFAULT_MATCH_THRESHOLD,
  DEFAULT_MIN_QUALITY,
  findPdqMatches,
  hammingDistance,
  isMatchable,
  type PdqEntry,
  PdqParseError,
  parsePdqHex,
  parsePdqLine,
} from "./index.ts";

const haystack: PdqEntry[] = HASH_FILES["haystack.txt"].map((hex) => ({ hash: parsePdqHex(hex) }));
const needles: PdqEntry[] = HASH_FILES["needles.txt"].map((hex) => ({ hash: parsePdqHex(hex) }));

describe("matching", () => {
  it("defaults to Meta's distance 31 and quality 50", () => {
    expect(DEFAULT_MATCH_THRESHOLD).toBe(31);
    expect(DEFAULT_MIN_QUALITY).toBe(50);
  });

  it("returns every haystack hash within the threshold, nearest first", () => {
    let total = 0;
    for (const needle of needles) {
      const matches = findPdqMatches(needle, haystack);
      const expected = haystack
        .map((entry, index) => ({ index, distance: hammingDistance(needle.hash, entry.hash) }))
        .filter((m) => m.distance <= 31);
      expect(matches.map((m) => m.index).sort((a, b) => a - b)).toEqual(
        expected.map((m) => m.index),
      );
      const distances = matches.map((m) => m.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      total += matches.length;
    }
    console.log(`needles.txt against haystack.txt at ≤ 31: ${total} matches for 100 needles`);
  });

  it("honours a configured threshold, inclusive", () => {
    const needle = needles[0]!;
    const nearest = findPdqMatches(needle, haystack, { threshold: 256 })[0]!;
    expect(findPdqMatches(needle, haystack, { threshold: nearest.distance })[0]).toEqual(nearest);
    if (nearest.distance > 0) {
      expect(findPdqMatches(needle, haystack, { threshold: nearest.distance - 1 })).toEqual([]);
    }
  });

  it("ignores a query or an entry under the minimum quality, keeps unknown quality", () => {
    const hash = haystack[0]!.hash;
    const list: PdqEntry[] = [{ hash, quality: 49 }, { hash, quality: 50 }, { hash }];
    expect(findPdqMatches({ hash, quality: 100 }, list).map((m) => m.index)).toEqual([1, 2]);
    expect(findPdqMatches({ hash, quality: 49 }, list)).toEqual([]);
    expect(findPdqMatches({ hash, quality: 49 }, list, { minQuality: 0 })).toHaveLength(3);
    expect(isMatchable({ hash })).toBe(true);
  });

  it("refuses thresholds out of range", () => {
    const needle = needles[0]!;
    expect(() => findPdqMatches(needle, haystack, { threshold: 257 })).toThrow(/0 to 256/);
    expect(() => findPdqMatches(needle, haystack, { threshold: 3.5 })).toThrow(/0 to 256/);
    expect(() => findPdqMatches(needle, haystack, { minQuality: 101 })).toThrow(/0 to 100/);
  });
});

describe("hash lines", () => {
  const hex = HASH_FILES["short256.dat"][0]!;

  it("reads HASH, HASH,QUALITY and the hasher's HASH,QUALITY,FILE output", () => {
    expect(parsePdqLine(hex).quality).toBeUndefined();
    expect(parsePdqLine(`${hex},87`).quality).toBe(87);
    expect(parsePdqLine(`  ${hex.toUpperCase()} , 100 ,a,b.jpg\r`)).toEqual({
      hash: parsePdqHex(hex),
      quality: 100,
    });
  });

  it("names what is wrong in a bad line", () => {
    expect(() => parsePdqLine(`${hex},101`)).toThrow(/quality must be a whole number/);
    expect(() => parsePdqLine(`${hex},`)).toThrow(PdqParseError);
    expect(() => parsePdqLine(`${hex},-1`)).toThrow(/got "-1"/);
    expect(() => parsePdqLine(`${hex.slice(1)},50`)).toThrow(/got 63/);
    expect(() => parsePdqLine("not a hash")).toThrow(/got 10/);
  });
});
