// Titles and particles written before (or, for suffixes, after) a name. They say something about
// the person (age, sex, status) but are added and dropped between records, so they are moved to
// `honorifics` and kept out of the comparison keys. Sources: the naming reference
// (shared/reference/southeast-asian-names.md §1–2).

/** Leading titles used in any country's records (English, Malay, Indonesian, Spanish forms). */
const GENERAL = [
  "mr",
  "mrs",
  "ms",
  "miss",
  "mstr",
  "master",
  "dr",
  "haji",
  "hj",
  "hajah",
  "hjh",
  "hajjah",
  "datuk",
  "dato",
  "datin",
  "tan sri",
  "puan sri",
  "toh puan",
  "tun",
  "encik",
  "cik",
  "puan",
  "tuan",
  "bapak",
  "bpk",
  "ibu",
  "sdr",
  "sdri",
  "sra",
  "srta",
];

/** Thai titles in Latin letters: Nai (Mr), Nang (Mrs), Nangsao (Miss), Dek chai/ying (boy/girl). */
const THAI = [
  "nai",
  "nang",
  "nangsao",
  "nang sao",
  "nangsaw",
  "dekchai",
  "dek chai",
  "dekying",
  "dek ying",
];
/** Lao Thao (Mr) and Nang (Mrs, Ms). "Thao" is also a Vietnamese name, hence Lao records only. */
const LAO = ["thao", "nang"];
/** Khmer Lok (Mr), Lok Srey / Neak Srey (Mrs), Kanha (Miss). */
const KHMER = ["lok", "lok srey", "neak srey", "kanha"];
/** Burmese U (older man) and Daw (woman) appear on documents and are never name syllables. */
const BURMESE_SURE = ["u", "daw", "mg"];
/**
 * Burmese Maung, Ma, Ko, Bo and the ethnic Saw/Naw (Karen), Sai/Nang (Shan) are also syllables of
 * real names: moved out of `tokens` but kept in `tokensWithParticles`, so both can be compared.
 */
const BURMESE_AMBIGUOUS = ["maung", "ma", "ko", "bo", "saw", "naw", "sai", "nang"];

/** Generational and other suffixes (Filipino Jr., Sr., III). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Native-script titles, matched on whole segments so a name like นางฟ้า is not cut. */
const NATIVE: [string, string][] = [
  ["นางสาว", "nangsao"],
  ["นาย", "nai"],
  ["นาง", "nang"],
  ["เด็กชาย", "dekchai"],
  ["เด็กหญิง", "dekying"],
  ["ທ້າວ", "thao"],
  ["ນາງ", "nang"],
  ["លោកស្រី", "loksrey"],
  ["អ្នកស្រី", "neaksrey"],
  ["លោក", "lok"],
  ["កញ្ញា", "kanha"],
  ["ဦး", "u"],
  ["ဒေါ်", "daw"],
  ["မောင်", "maung"],
  ["မ", "ma"],
  ["ကို", "ko"],
  ["ဗိုလ်", "bo"],
  ["စော", "saw"],
  ["နော်", "naw"],
];
/** Thai abbreviations with dots, which the segmenter glues to the name (ด.ช.สมชาย). */
const DOTTED: [string, string][] = [
  ["ด.ช.", "dekchai"],
  ["ด.ญ.", "dekying"],
  ["น.ส.", "nangsao"],
  ["ด.ช", "dekchai"],
  ["ด.ญ", "dekying"],
];

// Looked up on the concatenation of one to three leading segments: ICU segments "นางสาว" alone
// as one word but "นางสาวพิสณุ" as นาง|สาว|พิสณุ.
const NATIVE_TITLES = new Map(NATIVE);

const AMBIGUOUS_KEYS = new Set(BURMESE_AMBIGUOUS);

function phrases(list: string[]): string[][] {
  return list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
}
const GENERAL_PHRASES = phrases(GENERAL);
const BY_COUNTRY: Record<string, string[][]> = {
  TH: phrases([...THAI]),
  LA: phrases([...LAO]),
  KH: phrases(KHMER),
  MM: phrases([...BURMESE_SURE, ...BURMESE_AMBIGUOUS]),
};
// With no country we strip only titles that are not also common name syllables elsewhere (Nang is
// Shan and Lao, Ma is a Vietnamese family name). A title is never the last token: "U" alone stays.
const UNKNOWN_COUNTRY = phrases([...THAI.filter((t) => t !== "nang"), ...BURMESE_SURE]);

/** Is this honorific key also a real name syllable (Burmese Maung, Ma, …)? */
export function isAmbiguousParticle(key: string): boolean {
  return AMBIGUOUS_KEYS.has(key);
}

function matchPhrase(tokens: string[], at: number, list: string[][]): string[] | undefined {
  for (const phrase of list) {
    if (phrase.every((word, k) => tokens[at + k] === word)) return phrase;
  }
  return undefined;
}

/**
 * Moves leading titles (and trailing suffixes) of a Latin token list into `honorifics`; at least
 * one name token is always left. `country` (ISO alpha-2) selects the national titles; Burmese
 * titles also apply when the name was written in Myanmar script.
 */
export function stripLeadingHonorifics(
  tokens: string[],
  country: string | undefined,
  honorifics: string[],
): string[] {
  const national = country === undefined ? UNKNOWN_COUNTRY : (BY_COUNTRY[country] ?? []);
  let start = 0;
  for (;;) {
    const phrase =
      matchPhrase(tokens, start, GENERAL_PHRASES) ?? matchPhrase(tokens, start, national);
    if (phrase === undefined || start + phrase.length >= tokens.length) break;
    // Only one ambiguous particle is a title: in "Maung Maung Win" the second is the name.
    const key = phrase.join("");
    if (AMBIGUOUS_KEYS.has(key) && honorifics.some((h) => AMBIGUOUS_KEYS.has(h))) break;
    honorifics.push(key);
    start += phrase.length;
  }
  return stripTrailingSuffixes(start === 0 ? tokens : tokens.slice(start), honorifics);
}

/** Moves trailing suffixes (Jr., Sr., III) to `honorifics`, leaving at least one token. */
export function stripTrailingSuffixes(tokens: string[], honorifics: string[]): string[] {
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1]!)) honorifics.push(tokens[--end]!);
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/**
 * Removes native-script titles from the start of a list of segments (of the whole native name):
 * returns how many segments to drop and pushes their Latin keys to `honorifics`.
 */
export function countNativeHonorifics(segments: string[], honorifics: string[]): number {
  let start = 0;
  for (;;) {
    let found: [number, string] | undefined;
    let joined = "";
    for (let k = start; k < Math.min(start + 3, segments.length - 1); k++) {
      joined += segments[k];
      const key = NATIVE_TITLES.get(joined);
      if (key !== undefined) found = [k + 1, key];
    }
    if (found === undefined) return start;
    honorifics.push(found[1]);
    start = found[0];
  }
}

/**
 * Thai child and Miss titles written against the name, which ICU cuts across the boundary
 * (เด็กชายกมล → เด็กชา|ยก|มล): stripped as text, not as segments. Long and never the start of a
 * name, unlike นาย and นาง (นางฟ้า is a name).
 */
const SPELLED: [string, string][] = [
  ["เด็กชาย", "dekchai"],
  ["เด็กหญิง", "dekying"],
  ["นางสาว", "nangsao"],
];

/** Strips a dotted Thai abbreviation (ด.ช., ด.ญ., น.ส.) or a glued child title from the start of a native text. */
export function stripDottedThaiTitle(text: string, honorifics: string[]): string {
  const trimmed = text.trimStart();
  for (const [prefix, key] of SPELLED) {
    if (trimmed.startsWith(prefix) && trimmed.length > prefix.length) {
      honorifics.push(key);
      return trimmed.slice(prefix.length).trimStart();
    }
  }
  for (const [prefix, key] of DOTTED) {
    if (trimmed.startsWith(prefix)) {
      honorifics.push(key);
      return trimmed.slice(prefix.length);
    }
  }
  return text;
}

/**
 * Burmese Ma (မ) written against a name whose first syllable ICU then swallows (မလှ|ပြည့်): stripped
 * when မ stands as a syllable of its own, that is when a consonant follows that is not its final
 * (မင်း) or stacked (မန္တ), and a medial would have made it one syllable anyway (မြတ်). Moved to
 * honorifics like a separate မ, so it stays comparable as the ambiguous particle it is.
 */
export function stripGluedBurmeseMa(text: string, honorifics: string[]): string {
  const trimmed = text.trimStart();
  const next = trimmed.charCodeAt(1);
  const after = trimmed.charAt(2);
  const isConsonant = next >= 0x1000 && next <= 0x1021;
  if (trimmed.startsWith("မ") && isConsonant && after !== "\u103a" && after !== "\u1039") {
    honorifics.push("ma");
    return trimmed.slice(1);
  }
  return text;
}
