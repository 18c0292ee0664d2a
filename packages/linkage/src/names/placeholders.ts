import { latinKey } from "./latin-key.ts";

// Names written when the real one is unknown: newborns registered as "Baby", the Lao child health
// record's "Eanoi" (ອີ່ນ້ອຍ, "little girl"), Vietnamese "Bé" and "Không rõ" (unknown), Thai ทารก
// (infant) and ไม่ทราบชื่อ (name unknown). Matching on them links unrelated children, so a part
// made only of these counts as missing (Sorsavanh et al. 2025; the naming reference §1.5).
/** Words that are placeholders alone or together ("baby girl", "unknown child"). */
const WORDS = [
  "baby",
  "bb",
  "bby",
  "babygirl",
  "babyboy",
  "unknown",
  "unk",
  "unkn",
  "nn",
  "nk",
  "fnu",
  "lnu",
  "noname",
  "unnamed",
  "anonymous",
  "anon",
  "girl",
  "boy",
  "child",
  "infant",
  "newborn",
  "female",
  "male",
  "be",
  "x",
  "xx",
  "xxx",
  "xxxx",
  "na",
  "none",
  "nil",
  "null",
  "bayi",
  "sanggol",
  "eanoi",
  "enoi",
  "inoi",
];
/** Phrases that are placeholders only as a whole ("noi" alone is a common Thai/Lao nickname). */
const PHRASES = [
  "ea noi",
  "e noi",
  "i noi",
  "bak noi",
  "be gai",
  "be trai",
  "em be",
  "con gai",
  "con trai",
  "khong ro",
  "khong ten",
  "khong biet",
  "vo danh",
  "chua dat ten",
  "chua co ten",
  "no name",
  "not known",
  "name unknown",
  "tidak diketahui",
  "tanpa nama",
  "tidak ada nama",
  "hindi kilala",
  "walang pangalan",
  "baby girl",
  "baby boy",
  "dek chai",
  "dek ying",
];
/** Native-script placeholders, compared through their romanisation so spelling stays in step. */
const NATIVE = [
  "ทารก",
  "ไม่ทราบ",
  "ไม่ทราบชื่อ",
  "ไม่มีชื่อ",
  "เด็ก",
  "ອີ່ນ້ອຍ",
  "ບັກນ້ອຍ",
  "ເດັກນ້ອຍ",
  "ទារក",
  "ကလေး",
  "မသိ",
];

const PLACEHOLDER_WORDS = new Set(WORDS);
const PLACEHOLDER_PHRASES = new Set([...PHRASES, ...NATIVE.map(latinKey)]);

/** True when these Latin tokens (one name part, titles removed) are only a placeholder. */
const PHRASE_STARTS = new Set([...PLACEHOLDER_PHRASES].map((p) => p.split(" ")[0]!));

export function isPlaceholder(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 4) return false;
  if (!PLACEHOLDER_WORDS.has(tokens[0]!) && !PHRASE_STARTS.has(tokens[0]!)) return false;
  if (tokens.every((t) => PLACEHOLDER_WORDS.has(t))) return true;
  return PLACEHOLDER_PHRASES.has(tokens.join(" ")) || PLACEHOLDER_PHRASES.has(tokens.join(""));
}
