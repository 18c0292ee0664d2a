// The text the lexicons are matched on, with every character mapped back to the original text so
// that a match is reported, and highlighted, where the advert says it. Two views: `marked` keeps
// Vietnamese marks; `bare` drops the marks of Latin letters, so "luong cao" matches "lương cao".
import { toSimplified } from "./chinese.ts";
import { homoglyphs } from "./homoglyphs.ts";

/** Normalised text plus, per UTF-16 unit, the span of the original text it came from. */
export interface TextView {
  text: string;
  starts: number[];
  ends: number[];
}

/** Converts Burmese text from Zawgyi to Unicode when it is Zawgyi (else returns it unchanged). */
export type ZawgyiConverter = (text: string) => string;

// Zero-width and soft-hyphen characters hide words from naive matching ("Tele\u200Bgram").
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/u;
const CONTROL = /\p{Cc}/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MYANMAR = /[\u1000-\u109F]/u;

class Builder {
  text = "";
  starts: number[] = [];
  ends: number[] = [];
  push(piece: string, start: number, end: number) {
    for (let i = 0; i < piece.length; i++) {
      const ch = piece[i]!;
      if (ch === " ") {
        if (this.text.length === 0) continue;
        if (this.text.endsWith(" ")) {
          this.ends[this.ends.length - 1] = end;
          continue;
        }
      }
      this.text += ch;
      this.starts.push(start);
      this.ends.push(end);
    }
  }
  view(): TextView {
    return { text: this.text, starts: this.starts, ends: this.ends };
  }
}

/**
 * The source the views are built from: the original text, or its Unicode conversion when it is
 * Zawgyi. A conversion changes lengths, so it is done per whitespace-separated word and each
 * converted word maps to the whole original word.
 */
function sourceOf(original: string, zawgyi?: ZawgyiConverter): TextView {
  const identity = (): TextView => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < original.length; i++) {
      const code = original.charCodeAt(i);
      const pairStart = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
      const isHigh = code >= 0xd800 && code <= 0xdbff;
      starts.push(pairStart);
      ends.push(isHigh ? i + 2 : i + 1);
    }
    return { text: original, starts, ends };
  };
  if (!zawgyi || !MYANMAR.test(original)) return identity();
  const converted = zawgyi(original);
  if (converted === original) return identity();
  const words = [...original.matchAll(/\S+/gu)];
  const convertedWords = converted.split(/(\s+)/u);
  const builder = { text: "", starts: [] as number[], ends: [] as number[] };
  let word = 0;
  for (const part of convertedWords) {
    if (part.length === 0) continue;
    const isSpace = /^\s+$/u.test(part);
    const source = isSpace ? undefined : words[word++];
    const start = source?.index ?? original.length;
    const end = source ? start + source[0].length : original.length;
    builder.text += part;
    for (let i = 0; i < part.length; i++) {
      builder.starts.push(isSpace ? Math.min(start, original.length) : start);
      builder.ends.push(isSpace ? Math.min(start, original.length) : end);
    }
  }
  if (word !== words.length) return identity();
  return builder;
}

function foldCluster(cluster: string): string {
  if (INVISIBLE.test(cluster)) return cluster.replace(new RegExp(INVISIBLE, "gu"), "");
  if (CONTROL.test(cluster) || SPACE.test(cluster)) return " ";
  const folded = cluster.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of folded) {
    if (SPACE.test(ch)) out += " ";
    else if (CONTROL.test(ch)) out += " ";
    else out += homoglyphs.get(ch) ?? ch;
  }
  return out;
}

/** Builds the marked view: NFKC, lower case, homoglyphs, Simplified Chinese, spaced letters joined. */
export function buildMarkedView(original: string, zawgyi?: ZawgyiConverter): TextView {
  const source = sourceOf(original, zawgyi);
  const builder = new Builder();
  const text = source.text;
  let i = 0;
  while (i < text.length) {
    const first = text.codePointAt(i)!;
    let j = i + (first > 0xffff ? 2 : 1);
    // Marks belong to the letter before them; after a space or punctuation they stand alone.
    const isBase = LETTER_OR_NUMBER.test(String.fromCodePoint(first));
    while (isBase && j < text.length) {
      const next = text.codePointAt(j)!;
      if (!MARK.test(String.fromCodePoint(next))) break;
      j += next > 0xffff ? 2 : 1;
    }
    builder.push(foldCluster(text.slice(i, j)), source.starts[i]!, source.ends[j - 1]!);
    i = j;
  }
  return joinSpacedLetters(toSimplified(builder.view()));
}

const LATIN_LETTER = /[a-z]/u;

/**
 * "t e l e g r a m", "H.I.R.I.N.G": four or more single Latin letters separated by one space,
 * dot, hyphen or underscore are read as one word (the separators are dropped from the view).
 */
function joinSpacedLetters(view: TextView): TextView {
  const { text } = view;
  const drop = new Set<number>();
  const isLetterAt = (k: number) => k >= 0 && k < text.length && LATIN_LETTER.test(text[k]!);
  const isWordChar = (k: number) => k >= 0 && k < text.length && /[\p{L}\p{N}]/u.test(text[k]!);
  let i = 0;
  while (i < text.length) {
    if (isLetterAt(i) && !isWordChar(i - 1) && /[ .\-_]/u.test(text[i + 1] ?? "")) {
      let k = i;
      let letters = 1;
      while (/[ .\-_]/u.test(text[k + 1] ?? "") && isLetterAt(k + 2) && !isWordChar(k + 3)) {
        k += 2;
        letters++;
      }
      if (letters >= 4) {
        for (let m = i + 1; m < k; m += 2) drop.add(m);
        i = k + 1;
        continue;
      }
    }
    i++;
  }
  if (drop.size === 0) return view;
  const out: TextView = { text: "", starts: [], ends: [] };
  for (let k = 0; k < text.length; k++) {
    if (drop.has(k)) continue;
    out.text += text[k];
    out.starts.push(view.starts[k]!);
    out.ends.push(view.ends[k]!);
  }
  return out;
}

const COMBINING = /[\u0300-\u036F]/gu;
// Punctuation that separates words without changing them: "việc nhẹ, lương cao" matches "viec
// nhe luong cao". Not . - / + : @ $, which belong to numbers, links, handles and patterns.
const SEPARATOR = /[,;!?、，。！？…"'()[\]«»“”‘’「」『』《》|]/u;

/** Strips the marks of Latin letters (đ → d); other scripts are left exactly as they are. */
export function buildBareView(marked: TextView): TextView {
  const out: TextView = { text: "", starts: [], ends: [] };
  for (let k = 0; k < marked.text.length; k++) {
    const ch = marked.text[k]!;
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) {
      if (out.ends.length > 0) out.ends[out.ends.length - 1] = marked.ends[k]!;
      continue;
    }
    let bare = ch;
    if (SEPARATOR.test(ch)) bare = " ";
    if (bare === " " && (out.text.length === 0 || out.text.endsWith(" "))) {
      if (out.ends.length > 0) out.ends[out.ends.length - 1] = marked.ends[k]!;
      continue;
    }
    if (ch === "đ") bare = "d";
    else if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff))
      bare = ch.normalize("NFD").replace(COMBINING, "");
    for (const b of bare) {
      out.text += b;
      out.starts.push(marked.starts[k]!);
      out.ends.push(marked.ends[k]!);
    }
  }
  return out;
}

/** Normalises a lexicon phrase the way advert text is (without the Zawgyi step). */
export function normalisePhrase(phrase: string, bare: boolean): string {
  const marked = buildMarkedView(phrase);
  return (bare ? buildBareView(marked) : marked).text.trim();
}
