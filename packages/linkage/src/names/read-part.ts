import {
  countNativeHonorifics,
  stripDottedThaiTitle,
  stripGluedBurmeseMa,
  stripLeadingHonorifics,
  stripTrailingSuffixes,
} from "./honorifics.ts";
import { latinKeyOfPrepared, prepareText } from "./latin-key.ts";
import { detectScript } from "./script.ts";
import { segmentWords } from "./segment.ts";
import type { Script } from "./types.ts";

/** One name part read into Latin tokens, with the native-script form when it has one. */
export interface ReadPart {
  /** Latin key words in written order, titles removed. */
  tokens: string[];
  /** Native-script segments in written order, titles removed; [] for Latin text. */
  nativeSegments: string[];
  /** Native-script words (segments joined back within each written word). */
  nativeWords: string[];
  script: Script;
}

const EMPTY: ReadPart = { tokens: [], nativeSegments: [], nativeWords: [], script: "Other" };

/** The country whose titles apply to a name written in this script, when none is given. */
export function countryOfScript(script: Script): string | undefined {
  switch (script) {
    case "Thai":
      return "TH";
    case "Laoo":
      return "LA";
    case "Khmr":
      return "KH";
    case "Mymr":
      return "MM";
    default:
      return undefined;
  }
}

function isSoutheastAsianScript(script: Script): boolean {
  return script === "Thai" || script === "Laoo" || script === "Khmr" || script === "Mymr";
}

// Native text: titles are found on whole segments (segmenter words), then the remaining segments
// of each written word are joined again, because a Thai or Khmer given name written as one word is
// romanised as one Latin word.
function readNative(prepared: string, honorifics: string[]): Omit<ReadPart, "tokens" | "script"> {
  const text = stripGluedBurmeseMa(stripDottedThaiTitle(prepared, honorifics), honorifics);
  const segments: string[] = [];
  const wordOf: number[] = [];
  const words = text.split(/\s+/);
  for (let w = 0; w < words.length; w++) {
    for (const segment of segmentWords(words[w]!)) {
      segments.push(segment);
      wordOf.push(w);
    }
  }
  const drop = countNativeHonorifics(segments, honorifics);
  const kept = drop === 0 ? segments : segments.slice(drop);
  const nativeWords: string[] = [];
  let last = -1;
  for (let s = drop; s < segments.length; s++) {
    if (wordOf[s] === last) nativeWords[nativeWords.length - 1] += segments[s]!;
    else nativeWords.push(segments[s]!);
    last = wordOf[s]!;
  }
  return { nativeSegments: kept, nativeWords };
}

/**
 * Reads one entered name part: Unicode clean-up, native titles, romanisation, Latin titles.
 * `leading` says whether titles may be stripped from its start (the first part of a name).
 */
export function readPart(
  raw: string,
  country: string | undefined,
  honorifics: string[],
  leading: boolean,
): ReadPart {
  if (raw.length === 0) return EMPTY;
  // Given and family names repeat across a million records: reading a part is memoised with the
  // titles it yielded. Results are shared, so callers never mutate them.
  const key = `${leading ? "1" : "0"}${country ?? "--"}${raw}`;
  const known = memo.get(key);
  if (known !== undefined) {
    for (const h of known[1]) honorifics.push(h);
    return known[0];
  }
  const found: string[] = [];
  const part = readPartUncached(raw, country, found, leading);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, [part, found]);
  for (const h of found) honorifics.push(h);
  return part;
}

const MEMO_LIMIT = 100_000;
const memo = new Map<string, [ReadPart, string[]]>();

function readPartUncached(
  raw: string,
  country: string | undefined,
  honorifics: string[],
  leading: boolean,
): ReadPart {
  // NFC keeps the native form as written (NFKC would split Thai ำ); the Latin key takes NFKC.
  const prepared = prepareText(raw, "NFC");
  const script = detectScript(prepared);
  const titlesOf = country ?? countryOfScript(script);
  let latin: string;
  let native: Omit<ReadPart, "tokens" | "script"> = EMPTY;
  if (isSoutheastAsianScript(script)) {
    native = readNative(prepared, leading ? honorifics : []);
    latin = native.nativeWords.map((w) => latinKeyOfPrepared(w.normalize("NFKC"))).join(" ");
  } else {
    latin = latinKeyOfPrepared(prepared.normalize("NFKC"));
    // Han, Hangul, Arabic…: not romanised, but the native form still identifies the person.
    if (script === "Other") {
      const words = prepared.split(/\s+/).filter((w) => w.length > 0);
      native = { nativeSegments: words, nativeWords: words };
    }
  }
  if (latin.length === 0) return { ...native, tokens: [], script };
  const words = latin.split(" ");
  const tokens = leading
    ? stripLeadingHonorifics(words, titlesOf, honorifics)
    : stripTrailingSuffixes(words, honorifics);
  return { ...native, tokens, script };
}
