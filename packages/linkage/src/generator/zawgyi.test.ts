// biome-ignore-all lint/correctness/noNodejsModules: the test reads myanmar-tools' model file from disk
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { generatePersons } from "./generator.ts";
import { burmeseHonorifics, burmeseSyllables } from "./tables/burmese.ts";
import { encodeZawgyi } from "./zawgyi.ts";

/*
 * The installed myanmar-tools 1.2.0 ships its TypeScript sources and model but not the built
 * JavaScript its index.js requires, so `require("myanmar-tools")` fails. This test loads the
 * package's own model file and runs its detector's scoring (a Markov chain over Myanmar code
 * points, ported line for line from src/zawgyi_detector.ts, Apache-2.0, Google LLC).
 */
function loadZawgyiDetector(): (text: string) => number {
  const require = createRequire(import.meta.url);
  const dir = require.resolve("myanmar-tools/package.json").replace(/package\.json$/, "");
  const bytes = readFileSync(`${dir}resources/zawgyiUnicodeModel.dat`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8; // "UZMODEL " tag
  const version = view.getUint32(offset);
  offset += 4;
  const ssv = version === 2 ? view.getUint32(offset) : 0;
  if (version === 2) offset += 4;
  offset += 12; // "BMARKOV " tag and its version
  const size = view.getInt16(offset);
  offset += 2;
  const table: Float64Array[] = [];
  for (let i = 0; i < size; i++) {
    const row = new Float64Array(size);
    let entries = view.getInt16(offset);
    offset += 2;
    const fallback = entries === 0 ? 0 : view.getFloat32(offset);
    if (entries !== 0) offset += 4;
    let next = -1;
    for (let j = 0; j < size; j++) {
      if (entries > 0 && next < j) {
        next = view.getInt16(offset);
        offset += 2;
        entries--;
      }
      if (next === j) {
        row[j] = view.getFloat32(offset);
        offset += 4;
      } else row[j] = fallback;
    }
    table.push(row);
  }
  const stateOf = (cp: number): number => {
    if (cp >= 0x1000 && cp <= 0x103f) return cp - 0x1000 + 1;
    if (cp >= 0x104a && cp <= 0x109f) return cp - 0x104a + 65;
    if (cp >= 0xaa60 && cp <= 0xaa7f) return cp - 0xaa60 + 151;
    if (cp >= 0xa9e0 && cp <= 0xa9ff) return cp - 0xa9e0 + 183;
    if (ssv === 0 && cp >= 0x2000 && cp <= 0x200b) return cp - 0x2000 + 215;
    return 0;
  };
  return (text) => {
    let previous = 0;
    let total = 0;
    for (let i = 0; i <= text.length; i++) {
      const current = i === text.length ? 0 : stateOf(text.charCodeAt(i));
      if (previous !== 0 || current !== 0) total += table[previous]?.[current] ?? 0;
      previous = current;
    }
    return 1 / (1 + Math.exp(total));
  };
}

const zawgyiProbability = loadZawgyiDetector();

describe("Zawgyi encoding", () => {
  // Expected code points produced by myanmar-tools' own Unicode → Zawgyi rules.
  test.each([
    ["အောင်ကျော်မိုး", "1031 1021 102c 1004 1039 1031 1000 103a 102c 1039 1019 102d 102f 1038"],
    ["ကြည်", "107e 1000 100a 1039"],
    ["သန္တာ", "101e 108f 1072 102c"],
    ["ဖြိုး", "107f 1016 102d 1033 1038"],
    ["ပြည့်", "103b 1015 106b 1039 1037"],
    ["နှင်း", "108f 103d 1004 1039 1038"],
    ["ဒေါ်", "1031 1012 105a"],
  ])("%s is encoded as myanmar-tools encodes it", (unicode, expected) => {
    const codes = [...encodeZawgyi(unicode)].map((c) => c.codePointAt(0)?.toString(16)).join(" ");
    expect(codes).toBe(expected);
  });

  test("the detector tells Unicode from Zawgyi (the port is sound)", () => {
    expect(zawgyiProbability("အောင်ကျော်မိုး")).toBeLessThan(0.05);
    expect(zawgyiProbability(encodeZawgyi("အောင်ကျော်မိုး"))).toBeGreaterThan(0.95);
  });

  test("every table syllable changes under encoding unless it has nothing to reorder", () => {
    const unchanged = [...burmeseSyllables, ...Object.values(burmeseHonorifics).flat()]
      .filter((p) => encodeZawgyi(p.native) === p.native)
      .map((p) => p.native);
    // Only syllables without e-vowel, medials, asat or stacking look alike in both encodings.
    for (const s of unchanged) expect(s).not.toMatch(/[\u1031\u103a-\u103e\u1039]/);
  });

  test("generated Zawgyi records are detected as Zawgyi with probability > 0.9", () => {
    const records = generatePersons({
      seed: 31,
      persons: 3000,
      groups: ["burmese"],
      today: "2025-06-30",
    });
    const zawgyi = records.filter((r) => r.corruptions.includes("zawgyi"));
    expect(zawgyi.length).toBeGreaterThan(200);
    const detected = zawgyi.filter((r) => zawgyiProbability(r.record.native ?? "") > 0.9);
    console.log(`Zawgyi detected on ${detected.length} of ${zawgyi.length} records`);
    expect(detected.length / zawgyi.length).toBeGreaterThan(0.95);
    const unicode = records.filter((r) => r.record.native && !r.corruptions.includes("zawgyi"));
    const misread = unicode.filter((r) => zawgyiProbability(r.record.native ?? "") > 0.5);
    expect(misread.length / unicode.length).toBeLessThan(0.05);
  });
});
