import { romaniseRun } from "./romanise/index.ts";
import { scriptOfCode } from "./script.ts";
import { convertZawgyiIfDetected } from "./zawgyi.ts";

/**
 * Longest input we read (UTF-16 units). Names are short; a pasted document must not cost seconds
 * in normalisation and segmentation, so the rest is ignored.
 */
export const MAX_NAME_LENGTH = 1024;

// Letters that NFKD does not decompose into a base letter plus marks. Vietnamese đ/Đ is the one
// that matters (Nguyễn Thị Đào would keep its Đ); the others are cheap to add.
const SPECIAL_LETTERS = new Map<number, string>([
  [0x0111, "d"],
  [0x0110, "d"],
  [0x00df, "ss"],
  [0x00e6, "ae"],
  [0x00c6, "ae"],
  [0x00f8, "o"],
  [0x00d8, "o"],
  [0x0153, "oe"],
  [0x0152, "oe"],
  [0x0142, "l"],
  [0x0141, "l"],
  [0x0131, "i"],
  [0x00fe, "th"],
  [0x00de, "th"],
  [0x00f0, "d"],
  [0x00d0, "d"],
  [0x0127, "h"],
  [0x0126, "h"],
  [0x014b, "ng"],
  [0x014a, "ng"],
]);

// Apostrophes join (O'Brien → obrien, Dato' → dato) instead of splitting a word.
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60 || code === 0x2018;
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Unicode clean-up shared by every derived form: cut to MAX_NAME_LENGTH, compatibility forms
 * folded (NFKC, or NFC for the native form we display), Zawgyi Burmese converted to Unicode.
 */
export function prepareText(text: string, form: "NFKC" | "NFC"): string {
  const cut = text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH) : text;
  // Zawgyi is a font encoding: convert its raw code points before any Unicode normalisation.
  return convertZawgyiIfDetected(cut).normalize(form);
}

// Folds a run of Latin (or any non-romanised) text into the output: marks stripped, special
// letters mapped, ASCII lower-cased; every other character becomes a word break.
function appendFolded(out: string[], text: string): void {
  const decomposed = text.normalize("NFKD");
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) out.push(decomposed[i]!);
    else if (code >= 0x41 && code <= 0x5a) out.push(String.fromCharCode(code | 0x20));
    else if (isCombiningMark(code) || isApostrophe(code)) continue;
    else out.push(SPECIAL_LETTERS.get(code) ?? " ");
  }
}

// Final pass: keep a–z, one space between words, none at the ends. Idempotent by construction.
function squeeze(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) {
      if (pendingSpace && out.length > 0) out += " ";
      pendingSpace = false;
      out += text[i];
    } else if (code >= 0x41 && code <= 0x5a) {
      if (pendingSpace && out.length > 0) out += " ";
      pendingSpace = false;
      out += String.fromCharCode(code | 0x20);
    } else if (!isApostrophe(code)) {
      pendingSpace = true;
    }
  }
  return out;
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Latin key of text already through prepareText(…, "NFKC"): romanised, folded, squeezed. */
export function latinKeyOfPrepared(text: string): string {
  if (isPlainAscii(text)) return squeeze(text);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const script = scriptOfCode(text.charCodeAt(i));
    let end = i + 1;
    if (script === "Thai" || script === "Laoo" || script === "Khmr" || script === "Mymr") {
      while (end < text.length && scriptOfCode(text.charCodeAt(end)) === script) end++;
      out.push(" ", romaniseRun(text.slice(i, end), script), " ");
    } else {
      while (end < text.length && !isRomanisedScript(scriptOfCode(text.charCodeAt(end)))) end++;
      appendFolded(out, text.slice(i, end));
    }
    i = end;
  }
  return squeeze(out.join(""));
}

function isRomanisedScript(script: string | undefined): boolean {
  return script === "Thai" || script === "Laoo" || script === "Khmr" || script === "Mymr";
}

/**
 * Latin matching key of any text: lower-case ASCII words separated by single spaces. NFKC,
 * Zawgyi → Unicode, Thai/Lao/Khmer/Burmese romanised with our tables, marks stripped, đ → d.
 * Honorifics are kept (normaliseName moves them out). Never throws; "" for nothing usable.
 */
export function latinKey(text: string): string {
  if (typeof text !== "string" || text.length === 0) return "";
  if (isPlainAscii(text) && text.length <= MAX_NAME_LENGTH) return squeeze(text);
  return latinKeyOfPrepared(prepareText(text, "NFKC"));
}
