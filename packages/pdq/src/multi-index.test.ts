import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HASH_FILES } from "./fixtures/reference.ts";
import {
  findPdqMatches,
  MULTI_INDEX_MAX_PROBED_THRESHOLD,
  type PdqEntry,
  PdqMultiIndex,
  parsePdqHex,
} from "./index.ts";

// Packages take no clock: the seed comes from Math.random and is printed so a failing property
// can be replayed by pasting it here.
const seed = Math.floor(Math.random() * 2 ** 31);
console.log(`fast-check seed for pdq multi-index.test.ts: ${seed}`);

const arbitraryHash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => {
  return new Uint16Array(bytes.buffer);
});

/** A hash `bits` away from `base`: the near-duplicates an index must not miss. */
function flipBits(base: Uint16Array, bits: readonly number[]): Uint16Array {
  const hash = Uint16Array.from(base);
  for (const k of bits) hash[k >> 4] = hash[k >> 4]! ^ (1 << (k & 15));
  return hash;
}

const arbitraryQuality = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });

/** A list of random hashes and near-duplicates of a few bases, and queries near the same bases. */
const arbitraryCase = fc
  .record({
    bases: fc.array(arbitraryHash, { minLength: 1, maxLength: 4 }),
    entries: fc.array(
      fc.record({
        base: fc.nat(),
        bits: fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 60 }),
        quality: arbitraryQuality,
        isRandom: fc.boolean(),
        random: arbitraryHash,
      }),
      { maxLength: 120 },
    ),
    queries: fc.array(
      fc.record({
        base: fc.nat(),
        bits: fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 60 }),
        quality: arbitraryQuality,
      }),
      { minLength: 1, maxLength: 5 },
    ),
    threshold: fc.integer({ min: 0, max: 64 }),
    minQuality: fc.integer({ min: 0, max: 100 }),
    removed: fc.uniqueArray(fc.nat(), { maxLength: 20 }),
    mergeAfter: fc.nat(),
  })
  .map((c) => {
    const list: PdqEntry[] = c.entries.map((e) => ({
      hash: e.isRandom ? e.random : flipBits(c.bases[e.base % c.bases.length]!, e.bits),
      ...(e.quality === undefined ? {} : { quality: e.quality }),
    }));
    const queries: PdqEntry[] = c.queries.map((q) => ({
      hash: flipBits(c.bases[q.base % c.bases.length]!, q.bits),
      ...(q.quality === undefined ? {} : { quality: q.quality }),
    }));
    return { ...c, list, queries };
  });

describe("the multi-index (properties)", () => {
  it("returns exactly what a linear scan returns, with removals and a tail not yet merged", () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const index = new PdqMultiIndex({ initialCapacity: 16 });
        const mergeAt = c.list.length === 0 ? 0 : c.mergeAfter % (c.list.length + 1);
        c.list.forEach((entry, position) => {
          expect(index.add(entry)).toBe(position);
          if (position + 1 === mergeAt) index.merge();
        });
        const removed = new Set(c.removed.filter((p) => p < c.list.length));
        for (const position of removed) expect(index.remove(position)).toBe(true);
        const options = { threshold: c.threshold, minQuality: c.minQuality };
        for (const query of c.queries) {
          const expected = findPdqMatches(query, c.list, options).filter(
            (m) => !removed.has(m.index),
          );
          expect(index.search(query, options)).toEqual(expected);
          expect(index.scan(query, options)).toEqual(expected);
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe("the multi-index under interleaved changes (properties)", () => {
  type Op =
    | { kind: "add"; entry: PdqEntry; isMergeDeferred: boolean }
    | { kind: "remove"; pick: number }
    | { kind: "merge" }
    | { kind: "mergeIfDue" }
    | { kind: "search"; query: PdqEntry; threshold: number };
  const near = fc
    .tuple(arbitraryHash, fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }))
    .map(([base, bits]) => ({ base, bits }));
  const arbitraryOps = near.chain((center) => {
    const entry = fc
      .uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 40 })
      .map((bits): PdqEntry => ({ hash: flipBits(center.base, bits) }));
    return fc.array(
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc.record({
            kind: fc.constant("add" as const),
            entry,
            isMergeDeferred: fc.boolean(),
          }),
        },
        {
          weight: 2,
          arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
        },
        { weight: 1, arbitrary: fc.constant({ kind: "merge" as const }) },
        { weight: 1, arbitrary: fc.constant({ kind: "mergeIfDue" as const }) },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constant("search" as const),
            query: entry,
            threshold: fc.integer({ min: 0, max: 50 }),
          }),
        },
      ) as fc.Arbitrary<Op>,
      { maxLength: 150 },
    );
  });

  it("answers every search as a linear scan over the live entries would", () => {
    fc.assert(
      fc.property(arbitraryOps, (ops) => {
        const index = new PdqMultiIndex({ initialCapacity: 16 });
        const list: PdqEntry[] = [];
        const removed = new Set<number>();
        for (const op of ops) {
          if (op.kind === "add") {
            expect(index.add(op.entry, { isMergeDeferred: op.isMergeDeferred })).toBe(list.length);
            list.push(op.entry);
          } else if (op.kind === "remove" && list.length > 0) {
            const position = op.pick % list.length;
            expect(index.remove(position)).toBe(!removed.has(position));
            removed.add(position);
          } else if (op.kind === "merge") index.merge();
          else if (op.kind === "mergeIfDue") index.mergeIfDue();
          else if (op.kind === "search") {
            const options = { threshold: op.threshold };
            const expected = findPdqMatches(op.query, list, options).filter(
              (m) => !removed.has(m.index),
            );
            expect(index.search(op.query, options)).toEqual(expected);
          }
        }
        expect(index.liveSize).toBe(list.length - removed.size);
      }),
      { seed, numRuns: 200 },
    );
  });
});

describe("the multi-index on the reference haystack and needles", () => {
  const haystack: PdqEntry[] = HASH_FILES["haystack.txt"].map((hex) => ({
    hash: parsePdqHex(hex),
  }));
  const needles: PdqEntry[] = HASH_FILES["needles.txt"].map((hex) => ({ hash: parsePdqHex(hex) }));

  it("finds, at every threshold from 0 to 64, what a linear scan finds", () => {
    const index = new PdqMultiIndex();
    index.addMany(haystack);
    index.merge();
    let atMeta = 0;
    for (let threshold = 0; threshold <= 64; threshold++) {
      for (const needle of needles) {
        const expected = findPdqMatches(needle, haystack, { threshold });
        expect(index.search(needle, { threshold })).toEqual(expected);
        if (threshold === 31) atMeta += expected.length;
      }
    }
    expect(atMeta).toBeGreaterThan(0);
    console.log(`needles.txt against haystack.txt through the index at ≤ 31: ${atMeta} matches`);
  });

  it("finds each haystack hash from itself, once, at distance 0", () => {
    const index = new PdqMultiIndex();
    index.addMany(haystack);
    haystack.forEach((entry, position) => {
      const matches = index.search(entry, { threshold: 0 });
      expect(matches.map((m) => m.index)).toContain(position);
      expect(new Set(matches.map((m) => m.index)).size).toBe(matches.length);
    });
  });
});

describe("the multi-index", () => {
  const base = new Uint16Array(16).map((_, i) => (i * 40503) & 0xffff);

  it("misses nothing at 31 bits even when the bits are spread so each slot differs by ≤ 2", () => {
    // 31 bits: 15 slots differ by 2 and one by 1, the case the pigeonhole argument rests on.
    const bits: number[] = [];
    for (let slot = 0; slot < 16; slot++) {
      bits.push(slot * 16);
      if (slot < 15) bits.push(slot * 16 + 9);
    }
    const index = new PdqMultiIndex();
    index.addMany(
      Array.from({ length: 5000 }, (_, i) => ({ hash: flipBits(base, [i % 256, (i * 7) % 256]) })),
    );
    const far = index.add({ hash: flipBits(base, bits) });
    index.merge();
    const matches = index.search({ hash: base }, { threshold: 31 });
    expect(matches.find((m) => m.index === far)).toEqual({ index: far, distance: 31 });
  });

  it("probes up to 47 bits and scans above, with the same answers", () => {
    expect(MULTI_INDEX_MAX_PROBED_THRESHOLD).toBe(47);
    const index = new PdqMultiIndex();
    const list = Array.from({ length: 300 }, (_, i) => ({
      hash: flipBits(
        base,
        Array.from({ length: i % 80 }, (_, k) => (k * 37 + i) % 256),
      ),
    }));
    index.addMany(list);
    for (const threshold of [46, 47, 48, 70]) {
      expect(index.search({ hash: base }, { threshold })).toEqual(
        findPdqMatches({ hash: base }, list, { threshold }),
      );
    }
  });

  it("makes an added entry matchable at once and a removed one never again", () => {
    const index = new PdqMultiIndex();
    const position = index.add({ hash: base, quality: 90 });
    expect(index.search({ hash: base })).toEqual([{ index: position, distance: 0 }]);
    expect(index.remove(position)).toBe(true);
    expect(index.remove(position)).toBe(false);
    expect(index.search({ hash: base })).toEqual([]);
    index.merge();
    expect(index.search({ hash: base })).toEqual([]);
    expect(index.liveSize).toBe(0);
    expect(index.size).toBe(1);
  });

  it("refuses a hash of the wrong shape and an impossible quality", () => {
    const index = new PdqMultiIndex();
    expect(() => index.add({ hash: new Uint16Array(15) })).toThrow(TypeError);
    expect(() => index.add({ hash: base, quality: 101 })).toThrow(RangeError);
    expect(() => index.search({ hash: base }, { threshold: 257 })).toThrow(RangeError);
  });
});
