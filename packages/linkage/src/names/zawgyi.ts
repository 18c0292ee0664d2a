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

/** Returns Burmese text in Unicode: converted when it is detected as Zawgyi, else unchanged. */
export function convertZawgyiIfDetected(text: string): string {
  if (!hasMyanmar(text)) return text;
  if (detectZawgyiProbability(text) <= ZAWGYI_THRESHOLD) return text;
  return convertZawgyiToUnicode(text);
}

/** True when Burmese text is likely Zawgyi-encoded (myanmar-tools model, our threshold). */
export function isZawgyi(text: string): boolean {
  return hasMyanmar(text) && detectZawgyiProbability(text) > ZAWGYI_THRESHOLD;
}
