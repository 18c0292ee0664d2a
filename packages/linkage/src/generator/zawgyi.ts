/*
 * Unicode Burmese → Zawgyi, for the syllables in the name tables only.
 *
 * Why hand-written: records from older phones and systems arrive in Zawgyi, a font hack that reuses
 * the Myanmar code points in visual order with other meanings, and the generator must produce it.
 * The myanmar-tools package converts reliably only Zawgyi → Unicode (its Unicode → Zawgyi rules are
 * a lossy, 600-rule regex cascade), it is not a dependency the generator may pull into the hot
 * path, and the installed copy ships without its built JavaScript. The names use simple syllables
 * (consonant, medials, vowels, a final, tone marks, one stacked consonant), so a few rules cover
 * them; each table syllable is encoded once at start-up, and the tests pin the output against
 * encodings produced by myanmar-tools and check that its detector recognises them as Zawgyi.
 */

const VIRAMA = "\u1039";
const ASAT = "\u103a";
const E_VOWEL = "\u1031";
const MEDIAL_YA = "\u103b";
const MEDIAL_RA = "\u103c";
const MEDIAL_WA = "\u103d";
const MEDIAL_HA = "\u103e";

/** Stacked consonants as Zawgyi draws them (one glyph per stacked letter). */
const STACKED: Record<string, string> = {
  "\u1010": "\u1072", // ta
  "\u1012": "\u1075", // da
};

function isConsonant(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  return (cp >= 0x1000 && cp <= 0x1021) || cp === 0x1025 || cp === 0x1027;
}

/** Splits Unicode text into clusters, each starting at a consonant that is not a final or stacked. */
function splitClusters(text: string): string[] {
  const clusters: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const isFinal = text[i + 1] === ASAT || (text[i + 1] === "\u1037" && text[i + 2] === ASAT);
    const isStart = isConsonant(ch) && !isFinal && text[i - 1] !== VIRAMA && current !== "";
    const cp = ch.charCodeAt(0);
    if (isStart || cp < 0x1000 || cp > 0x109f) {
      if (current !== "") clusters.push(current);
      current = "";
    }
    current += ch;
  }
  if (current !== "") clusters.push(current);
  return clusters;
}

/** Encodes one cluster: ေ and the ra medial move before the consonant, the rest are renumbered. */
function encodeCluster(cluster: string): string {
  const base = cluster[0] as string;
  if (!isConsonant(base)) return cluster;
  let rest = cluster.slice(1);
  const hasE = rest.includes(E_VOWEL);
  const hasRa = rest.includes(MEDIAL_RA);
  rest = rest.replace(E_VOWEL, "").replace(MEDIAL_RA, "");
  const hasLowerSign = /[\u102f\u1030\u103d\u103e\u1039]/.test(rest);
  let head = base === "\u1014" && hasLowerSign ? "\u108f" : base; // na drops its tail above a sign
  if (hasRa) head = raGlyph(base, rest) + head;
  if (hasE) head = `${E_VOWEL}${head}`;
  let body = rest
    .replace(`${MEDIAL_WA}${MEDIAL_HA}`, "\u108a")
    .replace(`${MEDIAL_HA}\u102f`, "\u1088")
    .replace(`${MEDIAL_HA}\u1030`, "\u1089")
    .replace(`\u102b${ASAT}`, "\u105a")
    .replace(`\u100a\u1037${ASAT}`, `\u106b\u1037${ASAT}`)
    .replace(`\u1037${ASAT}`, `${ASAT}\u1037`);
  // Below a ra or ya medial, u and uu take their long-stemmed forms.
  if (hasRa || rest.includes(MEDIAL_YA))
    body = body.replace("\u102f", "\u1033").replace("\u1030", "\u1034");
  body = body.replace(/\u1039([\u1000-\u1021])/g, (_, c: string) => STACKED[c] ?? `\u1039${c}`);
  let out = "";
  for (const ch of body) out += RENUMBER[ch] ?? ch;
  return head + out;
}

/** The ra medial's glyph wraps the consonant: wide or narrow, notched under an upper vowel. */
function raGlyph(base: string, rest: string): string {
  if (/[\u102d\u102e\u1032\u1036]/.test(rest)) return "\u107f";
  return base === "\u1019" || base === "\u1015" || base === "\u1016" ? "\u103b" : "\u107e";
}

const RENUMBER: Record<string, string> = {
  [ASAT]: "\u1039",
  [MEDIAL_YA]: "\u103a",
  [MEDIAL_WA]: "\u103c",
  [MEDIAL_HA]: "\u103d",
};

/** Clusters are few (the table's syllables and titles), so each is encoded once. */
const clusterCache = new Map<string, string>();

/** The Zawgyi encoding of Unicode Burmese text made of the table syllables. */
export function encodeZawgyi(unicode: string): string {
  let out = "";
  for (const cluster of splitClusters(unicode)) {
    let encoded = clusterCache.get(cluster);
    if (encoded === undefined) {
      encoded = encodeCluster(cluster);
      if (clusterCache.size < 10_000) clusterCache.set(cluster, encoded);
    }
    out += encoded;
  }
  return out;
}
