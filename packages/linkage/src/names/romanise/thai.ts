import { readTaiWord, type TaiTable } from "./tai-syllables.ts";

// RTGS (Royal Thai General System) spellings: what Thai officials and most people start from.
// RTGS writes จ as "ch" where many personal names use "j" (Jintana, Jaidee) and ว as "w" where some
// use "v" (Vichai); the loose key (loose-key.ts) folds those, so the table stays RTGS.
const INITIAL: Record<string, string> = {
  ก: "k",
  ข: "kh",
  ฃ: "kh",
  ค: "kh",
  ฅ: "kh",
  ฆ: "kh",
  ง: "ng",
  จ: "ch",
  ฉ: "ch",
  ช: "ch",
  ซ: "s",
  ฌ: "ch",
  ญ: "y",
  ฎ: "d",
  ฏ: "t",
  ฐ: "th",
  ฑ: "th",
  ฒ: "th",
  ณ: "n",
  ด: "d",
  ต: "t",
  ถ: "th",
  ท: "th",
  ธ: "th",
  น: "n",
  บ: "b",
  ป: "p",
  ผ: "ph",
  ฝ: "f",
  พ: "ph",
  ฟ: "f",
  ภ: "ph",
  ม: "m",
  ย: "y",
  ร: "r",
  ล: "l",
  ว: "w",
  ศ: "s",
  ษ: "s",
  ส: "s",
  ห: "h",
  ฬ: "l",
  อ: "",
  ฮ: "h",
};

// At the end of a syllable Thai has only k, t, p, n, m, ng and the glides; RTGS spells by sound.
const FINAL: Record<string, string> = {
  ก: "k",
  ข: "k",
  ค: "k",
  ฆ: "k",
  ง: "ng",
  จ: "t",
  ฉ: "t",
  ช: "t",
  ซ: "t",
  ฌ: "t",
  ญ: "n",
  ฎ: "t",
  ฏ: "t",
  ฐ: "t",
  ฑ: "t",
  ฒ: "t",
  ณ: "n",
  ด: "t",
  ต: "t",
  ถ: "t",
  ท: "t",
  ธ: "t",
  น: "n",
  บ: "p",
  ป: "p",
  พ: "p",
  ฟ: "p",
  ภ: "p",
  ม: "m",
  ย: "i",
  ร: "n",
  ล: "n",
  ว: "o",
  ศ: "t",
  ษ: "t",
  ส: "t",
  ฬ: "n",
  ห: "",
  อ: "",
  ฮ: "",
};

/** RTGS-like spellings used by the Thai syllable reader. */
export const THAI_TABLE: TaiTable = {
  initial: INITIAL,
  final: FINAL,
  vowel: {
    a: "a",
    am: "am",
    i: "i",
    ue: "ue",
    u: "u",
    e: "e",
    ae: "ae",
    aeo: "aeo",
    o: "o",
    ai: "ai",
    ao: "ao",
    ia: "ia",
    uea: "uea",
    oe: "oe",
    oei: "oei",
    eo: "eo",
    ua: "ua",
    io: "io",
    ui: "ui",
    oi: "oi",
    aw: "o",
  },
};

const TONE_AND_SILENT_MARKS = /[\u0e48-\u0e4b\u0e4e\u0e3a\u0e46\u0e2f\u0e50-\u0e5b]/g;
// Thanthakhat (์) silences the consonant it sits on and any vowel written with it (ศักดิ์ → sak).
// ทร์/ตร์/ดร์ end a word silently as a pair (จันทร์ chan, อินทร์แก้ว inkaeo).
const KILLED = /(?:[ทตด]ร|[\u0e01-\u0e2e][\u0e34\u0e38]?)\u0e4c/g;

/** Romanises one Thai word (no spaces) to lower-case ASCII, RTGS-like. */
export function romaniseThai(word: string): string {
  const cleaned = word
    .replaceAll("\u0e4d\u0e32", "\u0e33")
    .replace(KILLED, "")
    .replace(TONE_AND_SILENT_MARKS, "");
  return readTaiWord(cleaned, THAI_TABLE);
}
