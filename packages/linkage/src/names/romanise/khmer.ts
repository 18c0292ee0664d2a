// Khmer romanisation close to UNGEGN (the UN system Cambodia adopted) but tilted towards how
// Cambodians spell their own names on passports: no diacritics, closed inherent vowel "a" (Sovann,
// Samnang), ោ as "o" (Sophea), final ខ as "k" (Sok). Khmer consonants belong to two series that
// give the same vowel sign two sounds (ភា "phea" but សា "sa"); the table keeps both.
const FIRST_SERIES = new Set("កខចឆដឋណតថបផសហឡអ");
const SONORANTS = new Set("ងញនមយរលវ");

const INITIAL: Record<string, string> = {
  ក: "k",
  ខ: "kh",
  គ: "k",
  ឃ: "kh",
  ង: "ng",
  ច: "ch",
  ឆ: "chh",
  ជ: "ch",
  ឈ: "chh",
  ញ: "nh",
  ដ: "d",
  ឋ: "th",
  ឌ: "d",
  ឍ: "th",
  ណ: "n",
  ត: "t",
  ថ: "th",
  ទ: "t",
  ធ: "th",
  ន: "n",
  ប: "b",
  ផ: "ph",
  ព: "p",
  ភ: "ph",
  ម: "m",
  យ: "y",
  រ: "r",
  ល: "l",
  វ: "v",
  ស: "s",
  ហ: "h",
  ឡ: "l",
  អ: "",
};
const FINAL: Record<string, string> = {
  ...INITIAL,
  ខ: "k",
  ឃ: "k",
  ឆ: "ch",
  ឈ: "ch",
  ដ: "t",
  ឌ: "t",
  ប: "p",
  ផ: "p",
  ភ: "p",
  ហ: "h",
  អ: "",
};

// Dependent vowels and their combinations with ំ ះ: [first series, second series].
const VOWELS: Record<string, [string, string]> = {
  "": ["a", "o"],
  "\u17b6": ["a", "ea"],
  "\u17b7": ["e", "i"],
  "\u17b8": ["ei", "i"],
  "\u17b9": ["oe", "ue"],
  "\u17ba": ["eu", "eu"],
  "\u17bb": ["o", "u"],
  "\u17bc": ["ou", "ou"],
  "\u17bd": ["uo", "uo"],
  "\u17be": ["aeu", "eu"],
  "\u17bf": ["oea", "oea"],
  "\u17c0": ["ie", "ie"],
  "\u17c1": ["e", "e"],
  "\u17c2": ["ae", "e"],
  "\u17c3": ["ai", "ey"],
  "\u17c4": ["o", "o"],
  "\u17c5": ["ao", "ov"],
  "\u17c6": ["am", "om"],
  "\u17bb\u17c6": ["om", "om"],
  "\u17b6\u17c6": ["am", "oam"],
  "\u17c7": ["ah", "eah"],
  "\u17bb\u17c7": ["oh", "uh"],
  "\u17c1\u17c7": ["eh", "eh"],
  "\u17c4\u17c7": ["aoh", "oh"],
  "\u17b7\u17c7": ["eh", "ih"],
  "\u17c8": ["a", "a"],
};

const INDEPENDENT: Record<string, string> = {
  ឥ: "e",
  ឦ: "ei",
  ឧ: "o",
  ឩ: "ou",
  ឪ: "ov",
  ឫ: "rue",
  ឬ: "rueu",
  ឭ: "lue",
  ឮ: "lueu",
  ឯ: "ae",
  ឰ: "ai",
  ឱ: "ao",
  ឲ: "ao",
  ឳ: "au",
};

const COENG = "\u17d2";
const isConsonant = (c: string | undefined): boolean => c !== undefined && c >= "ក" && c <= "អ";
const isVowelSign = (c: string | undefined): boolean =>
  c !== undefined && c >= "\u17b6" && c <= "\u17c8";
// Bantoc, shifters handled separately, and the rare diacritics carry no sound we spell.
const SILENT_SIGNS = /[\u17cb\u17cc\u17ce-\u17d1\u17d3\u17dd\u17d4-\u17dc\u17e0-\u17e9]/g;
// ៍ (toandakhiat) silences the consonant it sits on.
const KILLED = /[\u1780-\u17a2]\u17cd/g;

// Does the consonant at i carry a vowel (so it starts a syllable) rather than close one?
function startsSyllable(w: string, i: number): boolean {
  let j = i + 1;
  while (w[j] === COENG && isConsonant(w[j + 1])) j += 2;
  const c = w[j];
  return isVowelSign(c) || c === "\u17c9" || c === "\u17ca" || (j > i + 1 && isConsonant(c));
}

// Index after the consonant at i and its subscripts.
function skipCluster(w: string, i: number): number {
  let j = i + 1;
  while (w[j] === COENG && isConsonant(w[j + 1])) j += 2;
  return j;
}

// Pali and Sanskrit words write a syllable's final with the next onset below it (វណ្ណា vanna,
// ចិន្តា chenda): inside a word, a consonant whose subscript carries a vowel closes the syllable
// before it. Subscript glides (្រ ្យ ្ល ្វ) stay clusters.
function isSplitCluster(w: string, i: number): boolean {
  const sub = w[i + 2];
  return (
    i > 0 &&
    w[i + 1] === COENG &&
    sub !== undefined &&
    !"រយលវ".includes(sub) &&
    startsSyllable(w, i + 2)
  );
}

// A consonant after a vowel closes that syllable when it ends the word or the next consonant
// starts a syllable of its own; otherwise it opens a closed syllable with the next one (កុសល is
// ko-sal, not kos-lo).
function closesSyllable(w: string, i: number): boolean {
  if (!isConsonant(w[i])) return false;
  if (isSplitCluster(w, i)) return true;
  if (startsSyllable(w, i)) return false;
  const next = skipCluster(w, i);
  return (
    next >= w.length || !isConsonant(w[next]) || startsSyllable(w, next) || isSplitCluster(w, next)
  );
}

/** Romanises one Khmer word (no spaces) to lower-case ASCII. */
export function romaniseKhmer(word: string): string {
  const w = word.replace(KILLED, "").replace(SILENT_SIGNS, "");
  let out = "";
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    if (!isConsonant(c)) {
      out += INDEPENDENT[c] ?? "";
      i++;
      continue;
    }
    let series = FIRST_SERIES.has(c) ? 0 : 1;
    out += INITIAL[c] ?? "";
    i++;
    while (w[i] === COENG && isConsonant(w[i + 1])) {
      const sub = w[i + 1]!;
      out += INITIAL[sub] ?? "";
      if (!FIRST_SERIES.has(sub) && !SONORANTS.has(sub)) series = 1;
      i += 2;
    }
    if (w[i] === "\u17c9" || w[i] === "\u17ca") series = w[i++] === "\u17c9" ? 0 : 1;
    let signs = "";
    while (isVowelSign(w[i])) signs += w[i++];
    const hasFinal = closesSyllable(w, i);
    // A closed syllable without a written vowel is spelt "a" in both series (Sovann, Samnang).
    // ឹម is spelt "-im" in personal names (Chhim, Khim, Nhim, Yim), not UNGEGN's "-oem"/"-uem".
    const vowel =
      signs === "" && hasFinal
        ? "a"
        : signs === "\u17b9" && hasFinal && w[i] === "ម"
          ? "i"
          : VOWELS[signs]?.[series];
    out += vowel ?? [...signs].map((s) => VOWELS[s]?.[series] ?? "").join("");
    if (!hasFinal) continue;
    const final = w[i]!;
    if (isSplitCluster(w, i)) {
      out += FINAL[final] ?? "";
      i += 2; // the subscript opens the next syllable
    } else if (final === "វ" && (signs === "\u17c1" || signs === "\u17c2")) {
      out = `${out.slice(0, out.length - (vowel ?? "").length)}eo`; // កែវ, personal "Keo"
      i++;
    } else {
      let sub: string | undefined;
      for (i++; w[i] === COENG && isConsonant(w[i + 1]); i += 2) sub = w[i + 1];
      out += sub !== undefined && "ឋថធ".includes(sub) ? "th" : (FINAL[final] ?? "");
    }
  }
  return out;
}
