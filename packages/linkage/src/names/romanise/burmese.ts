// Burmese romanisation by syllable, after MLCTS but spelt the way names appear on Myanmar passports
// and in English-language records (Aung, Kyaw, Hlaing, Thida, Zaw, Myint, Htun, Thein, Aye): MLCTS
// writes "kyau", "mrang", "htwan", which nobody uses for a name. A syllable is an onset (consonant
// plus the medials ျ ြ ွ ှ), vowel signs, and an optional final marked by asat (်); the rhyme is
// spelt as a whole because finals change the vowel (ိ + န် is "ein", ော + င် is "aung").
const INITIAL: Record<string, string> = {
  က: "k",
  ခ: "kh",
  ဂ: "g",
  ဃ: "g",
  င: "ng",
  စ: "s",
  ဆ: "s",
  ဇ: "z",
  ဈ: "z",
  ည: "ny",
  ဋ: "t",
  ဌ: "ht",
  ဍ: "d",
  ဎ: "d",
  ဏ: "n",
  တ: "t",
  ထ: "ht",
  ဒ: "d",
  ဓ: "d",
  န: "n",
  ပ: "p",
  ဖ: "ph",
  ဗ: "b",
  ဘ: "b",
  မ: "m",
  ယ: "y",
  ရ: "y",
  လ: "l",
  ဝ: "w",
  သ: "th",
  ဟ: "h",
  ဠ: "l",
  အ: "",
};

// Independent vowels are whole syllables: ဦး is the honorific U, ဧ "Aye".
const INDEPENDENT: Record<string, string> = {
  ဣ: "i",
  ဤ: "i",
  ဥ: "u",
  ဦ: "u",
  ဧ: "aye",
  ဩ: "aw",
  ဪ: "aw",
};

// Onsets with ျ/ြ (ya-pin, ya-yit) as people spell them: ကျော် Kyaw, ချစ် Chit, မြင့် Myint.
const WITH_Y: Record<string, string> = {
  k: "ky",
  kh: "ch",
  g: "gy",
  p: "py",
  ph: "phy",
  b: "by",
  ng: "ny",
};
// Inside a word an unaspirated onset after an open or nasal syllable is voiced, and names are
// spelt that way: သီတာ Thida, ကြည်ဖြူ vs မောင်ကြီး Maung Gyi.
const VOICED: Record<string, string> = { k: "g", ky: "gy", t: "d", p: "b", s: "z" };
const FINAL_SPELLING: Record<string, string> = {
  k: "k",
  ng: "ng",
  c: "t",
  ny: "n",
  t: "t",
  n: "n",
  p: "p",
  m: "m",
  y: "",
};
// Onsets with ှ (ha-htoe): လှိုင် Hlaing, နှင်း Hnin, ရှိန် Shein.
const WITH_H: Record<string, string> = {
  y: "sh",
  l: "hl",
  m: "hm",
  n: "hn",
  ny: "hny",
  ng: "hng",
  w: "hw",
};

const FINAL_CLASS: Record<string, string> = {
  က: "k",
  ဂ: "k",
  င: "ng",
  စ: "c",
  ည: "ny",
  ဉ: "ny",
  တ: "t",
  ဋ: "t",
  ဒ: "t",
  န: "n",
  ဏ: "n",
  ပ: "p",
  ဗ: "p",
  မ: "m",
  ယ: "y",
  လ: "n",
  သ: "t",
};

const OPEN: Record<string, string> = {
  "": "a",
  "ာ": "a",
  "ိ": "i",
  "ီ": "i",
  "ု": "u",
  "ူ": "u",
  "ေ": "ay",
  "ဲ": "e",
  "ော": "aw",
  "ို": "o",
  "ံ": "an",
  "ုံ": "on",
  "ိံ": "ein",
  "ွ": "wa",
};

// Rhymes of closed syllables by final class and vowel signs ("ွ" = medial wa as the vowel).
const CLOSED: Record<string, Record<string, string>> = {
  k: { "": "et", "ိ": "eik", "ု": "ok", "ော": "auk", "ို": "aik", "ွ": "wet" },
  ng: { "": "in", "ော": "aung", "ို": "aing", "ွ": "win", "ိ": "ein", "ု": "ong" },
  c: { "": "it", "ွ": "wit" },
  ny: { "": "i", "ွ": "wi" },
  t: { "": "at", "ိ": "eik", "ု": "ok", "ွ": "ut" },
  n: { "": "an", "ိ": "ein", "ု": "on", "ွ": "un" },
  p: { "": "at", "ိ": "eik", "ု": "ok", "ွ": "ut" },
  m: { "": "an", "ိ": "ein", "ု": "on", "ွ": "un" },
  y: { "": "e", "ွ": "we" },
};

const ASAT = "\u103a";
const VIRAMA = "\u1039";
const isConsonant = (c: string | undefined): boolean => c !== undefined && c >= "က" && c <= "အ";
const isVowelSign = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "\u102b" && c <= "\u1032") || c === "\u1036");
const isToneOrAsat = (c: string | undefined): boolean =>
  c === "\u1037" || c === "\u1038" || c === ASAT;

interface Onset {
  text: string;
  hasWa: boolean;
}

function readOnset(w: string, at: number): [Onset, number] {
  let text = INITIAL[w[at]!] ?? "";
  let hasWa = false;
  let i = at + 1;
  for (; w[i]! >= "\u103b" && w[i]! <= "\u103e"; i++) {
    const medial = w[i];
    if (medial === "\u103b" || medial === "\u103c") text = WITH_Y[text] ?? `${text}y`;
    else if (medial === "\u103d") hasWa = true;
    else text = WITH_H[text] ?? `h${text}`;
  }
  return [{ text, hasWa }, i];
}

// Final consonant at i: C + (့) + ်, a stacked C + ္, or kinzi င + ် + ္.
function readFinal(w: string, i: number): [string | undefined, number, boolean] {
  const c = w[i];
  if (!isConsonant(c)) return [undefined, i, false];
  if (w[i + 1] === ASAT || (w[i + 1] === "\u1037" && w[i + 2] === ASAT)) {
    const creaky = w[i + 1] === "\u1037";
    let j = i + (creaky ? 3 : 2);
    if (w[j] === VIRAMA) j++;
    let isCreaky = creaky;
    while (isToneOrAsat(w[j])) isCreaky ||= w[j++] === "\u1037";
    return [FINAL_CLASS[c!], j, isCreaky];
  }
  if (w[i + 1] === VIRAMA) return [FINAL_CLASS[c!], i + 2, false];
  return [undefined, i, false];
}

function spellRhyme(
  onset: Onset,
  signs: string,
  final: string | undefined,
  creaky: boolean,
): string {
  if (final === undefined) {
    const open = OPEN[signs] ?? "a";
    return (onset.hasWa ? "w" : "") + (onset.text === "" && open === "ay" ? "aye" : open);
  }
  const row = CLOSED[final] ?? CLOSED.n!;
  const waAsVowel = onset.hasWa && signs === "" && row["ွ"] !== undefined;
  let rhyme = (waAsVowel ? row["ွ"] : (onset.hasWa ? "w" : "") + (row[signs] ?? row[""]))!;
  // The creaky tone after -in/-an is spelt with a t by convention (မြင့် Myint, သန့် Thant).
  if (creaky && (rhyme.endsWith("in") || rhyme.endsWith("an"))) rhyme += "t";
  return onset.text === "" && rhyme === "on" ? "ohn" : rhyme;
}

/** Romanises one Burmese word (Unicode, no spaces) to lower-case ASCII, syllable by syllable. */
export function romaniseBurmese(word: string): string {
  let out = "";
  let i = 0;
  let voicing = false;
  while (i < word.length) {
    const independent = INDEPENDENT[word[i]!];
    if (independent !== undefined) {
      for (i++; isVowelSign(word[i]) || isToneOrAsat(word[i]); i++);
      const [final, afterFinal] = readFinal(word, i);
      out += independent + (final === undefined ? "" : (FINAL_SPELLING[final] ?? ""));
      i = afterFinal;
      voicing = final === undefined || final === "n" || final === "ng" || final === "m";
      continue;
    }
    if (!isConsonant(word[i])) {
      i++;
      continue;
    }
    const [onset, afterOnset] = readOnset(word, i);
    i = afterOnset;
    let signs = "";
    for (; isVowelSign(word[i]) || isToneOrAsat(word[i]); i++) {
      if (isVowelSign(word[i])) signs += word[i] === "\u102b" ? "\u102c" : word[i];
    }
    // ေ + ာ is one vowel (aw); ုံ and ိံ keep their pair.
    if (signs.includes("\u1031") && signs.includes("\u102c")) signs = "ော";
    const [final, afterFinal, creaky] = readFinal(word, i);
    i = afterFinal;
    // အိ with no final is spelt "Ei" (Ei Ei Mon), not "I".
    const rhyme =
      onset.text === "" && signs === "ိ" && final === undefined
        ? "ei"
        : spellRhyme(onset, signs, final, creaky);
    out += (voicing ? (VOICED[onset.text] ?? onset.text) : onset.text) + rhyme;
    voicing = final === undefined || final === "n" || final === "ng" || final === "m";
  }
  return out;
}
