import type { Script } from "./types.ts";

// Code point → script for the scripts we romanise. Ranges are the Unicode blocks (Thai, Lao,
// Khmer + Khmer Symbols, Myanmar + Extended A/B); Latin counts ASCII letters and the Latin-1,
// Extended and Vietnamese (Latin Extended Additional) letters.
/** Script of one UTF-16 code unit, or undefined for marks, digits, spaces and punctuation. */
export function scriptOfCode(code: number): Script | undefined {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? "Latn" : undefined;
  }
  if (code >= 0x0e00 && code <= 0x0e7f) return "Thai";
  if (code >= 0x0e80 && code <= 0x0eff) return "Laoo";
  if ((code >= 0x1780 && code <= 0x17ff) || (code >= 0x19e0 && code <= 0x19ff)) return "Khmr";
  if (
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0xaa60 && code <= 0xaa7f) ||
    (code >= 0xa9e0 && code <= 0xa9ff)
  ) {
    return "Mymr";
  }
  if (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  ) {
    return "Latn";
  }
  // Combining marks, general punctuation and spaces, surrogate halves of symbols: no script.
  if (code < 0x370 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0xfe00 && code <= 0xfe0f)) {
    return undefined;
  }
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  return "Other";
}

const SCRIPTS: Script[] = ["Latn", "Thai", "Laoo", "Khmr", "Mymr", "Other"];

/**
 * Dominant script of a text: the script with the most letters; "Other" when the text has no letter
 * at all or is mostly in a script we do not romanise (Han, Arabic, …). Ties go to the first script
 * in the order Latin, Thai, Lao, Khmer, Myanmar.
 */
export function detectScript(text: string): Script {
  let latn = 0;
  let thai = 0;
  let laoo = 0;
  let khmr = 0;
  let mymr = 0;
  let other = 0;
  const length = Math.min(text.length, 4096);
  for (let i = 0; i < length; i++) {
    switch (scriptOfCode(text.charCodeAt(i))) {
      case "Latn":
        latn++;
        break;
      case "Thai":
        thai++;
        break;
      case "Laoo":
        laoo++;
        break;
      case "Khmr":
        khmr++;
        break;
      case "Mymr":
        mymr++;
        break;
      case "Other":
        other++;
        break;
      default:
    }
  }
  const counts = [latn, thai, laoo, khmr, mymr, other];
  let best = 5;
  let bestCount = 0;
  for (let s = 0; s < counts.length; s++) {
    if (counts[s]! > bestCount) {
      best = s;
      bestCount = counts[s]!;
    }
  }
  return SCRIPTS[best]!;
}
