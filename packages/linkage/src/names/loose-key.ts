// A deliberately lossy spelling key, so romanisation variants of one name meet: Thai พิสณุ is
// "Pitsanu", "Pissanu" or "Pisanu"; Lao "Somphone"/"Somphon"; Burmese "Htun"/"Tun", "Thidar"/
// "Thida"; Thai จ as "ch" (RTGS) or "j" (Jaidee); Khmer ឈ as "chh" or "ch" (Chhim / Chim). It is
// compared as one more level, never alone: "ph" → "p" also merges Thai ผ/พ with ป, which are
// different letters.
const REWRITES: [RegExp, string][] = [
  // Indonesian spelling before 1972 (and in many names still), first, while its letters are as
  // written: dj for j (Djumiati / Jumiati), tj for c (Tjahjono / Cahyono), j for y after a
  // consonant (Wahju / Wahyu, Moeljani / Mulyani, Sjahrir / Syahrir), ch or kh for h before a
  // consonant (Rachmat / Rakhmat / Rahmat). Only where no other language of the region writes
  // those letters so: Thai and Lao write จ as j after a vowel, m or n (Sujitra, Somjit, Janjira)
  // and ch before a vowel, so j there and initial j or y (Janti / Yanti, Hidajat / Hidayat) are
  // left as they are — folding them would merge Thai จ with ย.
  [/dj/g, "j"],
  [/tj/g, "c"],
  [/(?<=[hlrs])j/g, "y"],
  [/(?<=[aeiou])(?:ch|kh)(?=[^aeiouyhlrw])/g, "h"],
  [/tch|chh|ch|j/g, "c"],
  [/ph/g, "p"],
  [/th/g, "t"],
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/sh|hs/g, "s"],
  [/^h(?=[tlmnwy])/, ""],
  [/ts/g, "s"],
  [/x|z/g, "s"],
  [/v/g, "w"],
  [/q/g, "k"],
  [/ee|ie|ii|y$/g, "i"],
  [/oo|ou|uu/g, "u"],
  // Thai เอือ: RTGS "uea", personal spellings "ua" (Boonrueang / Boonruang).
  [/uea/g, "ua"],
  // Thai and Lao spellings people use beside RTGS: ศรี "si"/"sri" (Onsri), พร "phon"/"porn"
  // (Pornthip), แก้ว "kaeo"/"kaew", a final ด "t"/"d" (Wongsawat / Wongsawad).
  [/sr(?=[aeiou])/g, "s"],
  [/(?<=[aeiou])rn/g, "n"],
  [/aeo/g, "aew"],
  [/(?<=[aeiou])d$/, "t"],
  [/(?<=[aeiou])y/g, "i"],
  [/(?<=[aeiou])(?:r|h)$/, ""],
  // Burmese ေ as people write it: May/Mei, Wai/Wei, Lay/Lei.
  [/ei$/, "ai"],
  // Indonesian spelling before 1947 and in many names still: oe for u (Woelan / Wulan).
  [/oe(?=[^aeiou])/g, "u"],
  // Burmese ့် after န or င as people write it, with or without its t (Myint / Myin, Pwint /
  // Pwin), and ွေ / ွယ် after a w (Swe / Sway, Nwe / Nway / Nwai). The fold also meets names of
  // other languages that are different names (Kent / Ken, Bryant / Bryan, Laurent / Lauren): such
  // pairs already agree at Jaro–Winkler ≥ 0.92, a level above this one, so the loose level costs
  // them nothing they did not share; it only adds them as candidates to block on.
  [/(?<=[aeiou]n)t+$/, ""],
  [/(?<=[^aeiou]w)e$/, "ai"],
  // Burmese Moe/Mo, Soe/So, Nyoe/Nyo: a final "oe" is the same vowel.
  [/(?<=[^aeiou])oe$/, "o"],
  [/(?<=[^aeiou]{1}[aeiou][^aeiou])e$/, ""],
  [/(.)\1+/g, "$1"],
];

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

/** Loose key of one Latin token (lower-case a–z): aspiration, doubling and glide spellings folded. */
export function looseToken(token: string): string {
  if (token.length <= 2) return token;
  const known = memo.get(token);
  if (known !== undefined) return known;
  let out = token;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  if (out.length === 0) out = token;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, out);
  return out;
}
