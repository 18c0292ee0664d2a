// Word segmentation of Thai, Lao, Khmer and Burmese, which write words without spaces. Node's ICU
// (78 in Node 20) breaks Thai and Khmer into dictionary words, Lao into syllables and Burmese into
// syllables or dictionary words ("အောင်|ဆန်း|စု|ကြည်", "သီတာ"). One segmenter serves every script:
// ICU picks the dictionary by script, not locale. Created once: construction is costly.
const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** The word-like segments of a text (punctuation and spaces dropped), in order. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const part of wordSegmenter.segment(text)) {
    if (part.isWordLike === true) words.push(part.segment);
  }
  return words;
}
