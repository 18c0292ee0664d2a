// Word boundaries for the scripts written without spaces between words (Thai, Lao, Khmer,
// Burmese, Chinese), from the ICU dictionaries behind Intl.Segmenter (built into Node and
// browsers), so a short lexicon word is not matched inside a longer one.

const NO_SPACE_SCRIPT = /[\u0E00-\u0EFF\u1780-\u17FF\u1000-\u109F\p{Script=Han}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** True when the character is of a script that needs a dictionary to find word boundaries. */
export function isNoSpaceScript(ch: string): boolean {
  return NO_SPACE_SCRIPT.test(ch);
}

/**
 * The offsets in `text` where a word starts or ends, or undefined when the text has no character
 * of a script that needs them (then only Latin-style boundaries apply).
 */
export function wordBoundaries(text: string, locale: string): Set<number> | undefined {
  if (!NO_SPACE_SCRIPT.test(text)) return undefined;
  const boundaries = new Set<number>([0, text.length]);
  for (const segment of segmenterFor(locale).segment(text)) {
    boundaries.add(segment.index);
    boundaries.add(segment.index + segment.segment.length);
  }
  return boundaries;
}
