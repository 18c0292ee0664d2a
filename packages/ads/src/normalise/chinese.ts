// Traditional → Simplified Chinese, so that one lexicon covers adverts in both (opencc-js, the
// OpenCC dictionaries in JavaScript; the "t" → "cn" preset).
import * as OpenCC from "opencc-js/t2cn";
import type { TextView } from "./view.ts";

const convert = OpenCC.Converter({ from: "t", to: "cn" });
const HAN = /\p{Script=Han}/u;

/**
 * Converts the Han characters of a view. OpenCC converts by phrase; when that changes the length
 * the characters are converted one by one instead, so that offsets still map to the original.
 */
export function toSimplified(view: TextView): TextView {
  if (!HAN.test(view.text)) return view;
  const whole = convert(view.text);
  if (whole.length === view.text.length) return { ...view, text: whole };
  let text = "";
  for (let k = 0; k < view.text.length; k++) {
    const ch = view.text[k]!;
    const converted = HAN.test(ch) ? convert(ch) : ch;
    text += converted.length === 1 ? converted : ch;
  }
  return { ...view, text };
}
