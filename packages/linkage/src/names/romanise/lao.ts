import { readTaiWord, type TaiTable } from "./tai-syllables.ts";

// Lao is read with the Thai syllable reader: each Lao letter is first mapped to the Thai letter
// with the same role (Lao vowels sit 0x80 above their Thai twins; consonants are listed).
const CONSONANTS: Record<string, string> = {
  ກ: "ก",
  ຂ: "ข",
  ຄ: "ค",
  ງ: "ง",
  ຈ: "จ",
  ສ: "ส",
  ຊ: "ซ",
  ຍ: "ญ",
  ດ: "ด",
  ຕ: "ต",
  ຖ: "ถ",
  ທ: "ท",
  ນ: "น",
  ບ: "บ",
  ປ: "ป",
  ຜ: "ผ",
  ຝ: "ฝ",
  ພ: "พ",
  ຟ: "ฟ",
  ມ: "ม",
  ຢ: "ย",
  ຣ: "ร",
  ລ: "ล",
  ວ: "ว",
  ຫ: "ห",
  ອ: "อ",
  ຮ: "ฮ",
  "\u0ebc": "ล",
};

// BGN/PCGN-like spellings with the French-influenced habits of Lao personal names: ຊ is "x"
// (Xaysana), ວ is "v" (Vilay), ຸ/ູ are "ou" (Bounmy, Souk), ແ is "e" (Keo), ຍ is "y" as in most
// personal names (Souliya) rather than BGN's "gn".
const INITIAL: Record<string, string> = {
  ก: "k",
  ข: "kh",
  ค: "kh",
  ง: "ng",
  จ: "ch",
  ส: "s",
  ซ: "x",
  ญ: "y",
  ด: "d",
  ต: "t",
  ถ: "th",
  ท: "th",
  น: "n",
  บ: "b",
  ป: "p",
  ผ: "ph",
  ฝ: "f",
  พ: "ph",
  ฟ: "f",
  ม: "m",
  ย: "y",
  ร: "r",
  ล: "l",
  ว: "v",
  ห: "h",
  อ: "",
  ฮ: "h",
};
const FINAL: Record<string, string> = {
  ก: "k",
  ง: "ng",
  ญ: "y",
  ด: "t",
  น: "n",
  บ: "p",
  ม: "m",
  ย: "y",
  ว: "o",
  ร: "n",
  ล: "n",
  ส: "t",
  จ: "t",
  ซ: "t",
  ต: "t",
  ท: "t",
  พ: "p",
  ฟ: "p",
  ค: "k",
  ข: "k",
};

/** BGN/PCGN-like spellings used by the syllable reader for Lao. */
export const LAO_TABLE: TaiTable = {
  initial: INITIAL,
  final: FINAL,
  vowel: {
    a: "a",
    am: "am",
    i: "i",
    ue: "eu",
    u: "ou",
    e: "e",
    ae: "e",
    aeo: "eo",
    o: "o",
    ai: "ai",
    ao: "ao",
    ia: "ia",
    uea: "ua",
    oe: "eu",
    oei: "euy",
    eo: "eo",
    ua: "oua",
    io: "iou",
    ui: "oui",
    oi: "oy",
    aw: "o",
  },
};

const TONE_MARKS = /[\u0ec8-\u0ecc\u0ebb]/g;

function mapToThai(word: string): string {
  let out = "";
  for (const ch of word) {
    const consonant = CONSONANTS[ch];
    if (consonant !== undefined) out += consonant;
    else if (ch === "\u0ecd")
      out += "อ"; // ໍ alone after a consonant is the vowel o (ກໍ → ko)
    else if (ch === "\u0ebd")
      out += "\u0e35ย"; // ຽ: ia, reordered below
    else {
      const code = ch.charCodeAt(0);
      if (code >= 0x0eb0 && code <= 0x0ec4) out += String.fromCharCode(code - 0x80);
    }
  }
  return out;
}

/** Romanises one Lao word (no spaces) to lower-case ASCII, BGN/PCGN-like. */
export function romaniseLao(word: string): string {
  // ໜ ໝ are ຫນ ຫມ after NFKC; ຳ arrives as ໍ + າ; mai kon (ົ) only marks the short o the reader
  // infers anyway.
  // ົວ is the vowel ua, Thai ัว (ບົວພັນ Bouaphan); elsewhere mai kon needs no letter.
  const cleaned = word
    .replaceAll("\u0ecd\u0eb2", "\u0eb3")
    .replaceAll("\u0ebb\u0ea7", "\u0eb1\u0ea7")
    .replace(TONE_MARKS, "");
  let thai = mapToThai(cleaned.replaceAll("\u0edc", "ຫນ").replaceAll("\u0edd", "ຫມ"));
  // C + ຽ is the Thai เ-ีย: put the leading vowel before its consonant.
  thai = thai.replace(/([ก-ฮ])(?=\u0e35ย)/g, "เ$1");
  // Lao writes the short e/ae before a final with ັ where Thai writes ็.
  thai = thai.replace(/([เแ][ก-ฮ]{1,2})\u0e31/g, "$1\u0e47");
  return readTaiWord(thai, LAO_TABLE);
}
