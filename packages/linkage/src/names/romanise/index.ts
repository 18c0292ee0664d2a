import { segmentWords } from "../segment.ts";
import type { Script } from "../types.ts";
import { romaniseBurmese } from "./burmese.ts";
import { romaniseKhmer } from "./khmer.ts";
import { romaniseLao } from "./lao.ts";
import {
  KHMER_BOUNDARY,
  KHMER_WORDS,
  LAO_BOUNDARY,
  LAO_WORDS,
  romaniseWithWords,
  THAI_BOUNDARY,
  THAI_WORDS,
} from "./name-words.ts";
import { romaniseThai } from "./thai.ts";

export { romaniseBurmese, romaniseKhmer, romaniseLao, romaniseThai };

// Names repeat a lot across a million records; a bounded memo keeps romanisation off the hot path.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

function romaniseUncached(text: string, script: Script): string {
  switch (script) {
    case "Thai":
      return romaniseWithWords(text, THAI_WORDS, THAI_BOUNDARY, romaniseThai);
    case "Laoo":
      return romaniseWithWords(text, LAO_WORDS, LAO_BOUNDARY, romaniseLao);
    case "Khmr":
      return romaniseWithWords(text, KHMER_WORDS, KHMER_BOUNDARY, romaniseKhmer);
    case "Mymr":
      // Burmese names are written without spaces and romanised one syllable-word at a time
      // ("အောင်ဆန်းစုကြည်" → "aung san su kyi").
      return segmentWords(text).map(romaniseBurmese).join(" ");
    default:
      return text;
  }
}

/**
 * Romanises a run of one script (no spaces) to lower-case ASCII. Thai, Lao and Khmer runs give one
 * word, as people write a Thai given name as one Latin word; Burmese gives one word per segment.
 */
export function romaniseRun(text: string, script: Script): string {
  const key = script + text;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const romanised = romaniseUncached(text, script);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, romanised);
  return romanised;
}
