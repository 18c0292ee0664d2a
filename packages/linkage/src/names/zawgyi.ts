import { convertZawgyiToUnicode } from "./zawgyi-converter.ts";
import { detectZawgyiProbability } from "./zawgyi-detector.ts";

/**
 * Above this probability text is treated as Zawgyi and converted. myanmar-tools advises a high
 * threshold when converting automatically: a wrong conversion garbles a correct Unicode name. Short
 * names whose Zawgyi and Unicode bytes coincide ("စုစု") score near 0.5 and need no conversion.
 */
export const ZAWGYI_THRESHOLD = 0.95;

function hasMyanmar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x1000 && code <= 0x109f) return true;
  }
  return false;
}

/** Below this probability text is Unicode whatever its shape (myanmar-tools' "low" threshold). */
export const ZAWGYI_FLOOR = 0.05;

const isConsonant = (code: number): boolean => code >= 0x1000 && code <= 0x1021;

const isConsonantOrMedial = (code: number): boolean =>
  isConsonant(code) || (code >= 0x103b && code <= 0x103e);

// Sequences Unicode Burmese never has but Zawgyi typing produces: ေ (U+1031) written before its
// consonant (Unicode stores it after the consonant and its medials), ္ (U+1039, Zawgyi's asat) not followed by a consonant, and
// Zawgyi's private glyph code points U+1060–U+1097 (used by Unicode only for minority languages).
function hasZawgyiShape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x1031 && !isConsonantOrMedial(text.charCodeAt(i - 1))) return true;
    if (code === 0x1039 && !isConsonant(text.charCodeAt(i + 1))) return true;
    if (code >= 0x1060 && code <= 0x1097) return true;
  }
  return false;
}

/**
 * True when Burmese text is likely Zawgyi: the myanmar-tools model is sure (> ZAWGYI_THRESHOLD),
 * or it leans that way (> ZAWGYI_FLOOR) and the text has a shape only Zawgyi produces. Names are
 * short, and on two-syllable names the model alone misses about 2 % of Zawgyi at 0.95.
 */
export function isZawgyi(text: string): boolean {
  if (!hasMyanmar(text)) return false;
  const probability = detectZawgyiProbability(text);
  return probability > ZAWGYI_THRESHOLD || (probability > ZAWGYI_FLOOR && hasZawgyiShape(text));
}

/** Returns Burmese text in Unicode: converted when it is detected as Zawgyi, else unchanged. */
export function convertZawgyiIfDetected(text: string): string {
  return isZawgyi(text) ? convertZawgyiToUnicode(text) : text;
}
