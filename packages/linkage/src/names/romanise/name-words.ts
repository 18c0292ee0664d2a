// Conventional spellings of Thai, Khmer and Lao name words that a syllable reader cannot get from the script alone.
// Thai and Khmer write Pali and Sanskrit loans with a linking vowel that is pronounced but not
// written (ธนพล is tha-na-phon, ศุภชัย su-pha-chai) and with letters that people spell by custom,
// not by rule (រតនា "Ratana", ធីតា "Thida"). Most are words of many names: a compound is split
// at a listed word (ศุภ serves ศุภชัย and ศุภกร alike; ศรี splits ใจดีศรีสุข, where the reader
// alone runs a syllable across the boundary: "chaiditrisuk"). Spellings are RTGS-like for Thai and UNGEGN-like for Khmer, as the readers give;
// the loose key (loose-key.ts) folds the rest (ph/p, ch/j, doubled letters).

/** Thai name words → spelling. */
export const THAI_WORDS: Readonly<Record<string, string>> = {
  ธน: "thana",
  ธนพล: "thanaphon",
  ณัฐพล: "natthaphon",
  เอก: "ek",
  เอกชัย: "ekkachai",
  ศุภ: "supha",
  สมบัติ: "sombat",
  วร: "wora",
  วุฒิ: "wut",
  อภิ: "aphi",
  ชาติ: "chat",
  กมล: "kamon",
  กัลยา: "kanlaya",
  เจริญ: "charoen",
  มณี: "mani",
  พรหม: "phrom",
  สุวรรณ: "suwanna",
  เพชร: "phet",
  เพชรรัตน์: "phetcharat",
  วงศ์: "wong",
  วงษ์: "wong",
  ศรี: "si",
  แก้ว: "kaeo",
  แสง: "saeng",
  อ่อน: "on",
  บุญ: "bun",
  สมบูรณ์: "sombun",
};

/** Khmer name words → spelling. */
export const KHMER_WORDS: Readonly<Record<string, string>> = {
  រតនា: "ratana",
  ធីតា: "thida",
  វាសនា: "veasna",
  រស្មី: "reaksmei",
  កញ្ញា: "kanha",
  បូរ៉ា: "bora",
  ភារម្យ: "pheara",
  មករា: "makara",
  សិលា: "sela",
  វង់: "vong",
  ម៉ម: "mom",
  ស្រី: "srei",
  ចាន់: "chan",
  សុខ: "sok",
  វណ្ណ: "vann",
};

/** Lao name words → spelling (BGN/PCGN-like, as the reader gives). */
export const LAO_WORDS: Readonly<Record<string, string>> = {
  ວົງ: "vong",
  ພົມ: "phom",
  ແກ້ວ: "keo",
  ດວງ: "douang",
  ເດືອນ: "deuan",
  ເລີດ: "leut",
};

/** Where a listed word may end: the next letter must start a syllable, not sign a vowel. */
export interface WordBoundary {
  /** True when text[i] may follow a listed word (undefined at the end of the text). */
  canFollow: (next: string | undefined) => boolean;
  /** True when text[i] may precede a listed word (undefined at the start). */
  canPrecede: (previous: string | undefined) => boolean;
}

/** Thai: a word ends before a consonant or a leading vowel, and never follows a leading vowel. */
export const THAI_BOUNDARY: WordBoundary = {
  canFollow: (c) => c === undefined || (c >= "\u0e01" && c <= "\u0e2e") || "เแโใไ".includes(c),
  canPrecede: (c) => c === undefined || !"เแโใไ".includes(c),
};

/** Khmer: a word ends before a consonant or an independent vowel, never before a sign or coeng. */
export const KHMER_BOUNDARY: WordBoundary = {
  canFollow: (c) => c === undefined || (c >= "\u1780" && c <= "\u17b3"),
  canPrecede: (c) => c !== "\u17d2",
};

/** Lao: as Thai, in the Lao block. */
export const LAO_BOUNDARY: WordBoundary = {
  canFollow: (c) => c === undefined || (c >= "\u0e81" && c <= "\u0eae") || "ເແໂໃໄ".includes(c),
  canPrecede: (c) => c === undefined || !"ເແໂໃໄ".includes(c),
};

/**
 * Romanises a run with a word table: the leftmost listed word (the longest there) is spelt from
 * the table and the text on each side is romanised the same way; text without a listed word goes
 * to the syllable reader. A word of two letters counts only at the start of the run, where it is
 * a name's first element (ธน, วร); inside a run it is too often part of another word.
 */
export function romaniseWithWords(
  text: string,
  words: Readonly<Record<string, string>>,
  boundary: WordBoundary,
  read: (text: string) => string,
): string {
  const known = words[text];
  if (known !== undefined) return known;
  for (let start = 0; start < text.length; start++) {
    if (!boundary.canPrecede(text[start - 1])) continue;
    for (let end = text.length; end - start >= (start === 0 ? 2 : 3); end--) {
      const spelling = words[text.slice(start, end)];
      if (spelling === undefined || !boundary.canFollow(text[end])) continue;
      if (start === 0 && end === text.length) return spelling;
      const before =
        start === 0 ? "" : romaniseWithWords(text.slice(0, start), words, boundary, read);
      const after = romaniseWithWords(text.slice(end), words, boundary, read);
      return before + spelling + after;
    }
  }
  return read(text);
}
