// A syllable reader for the Thai script, shared by Lao (lao.ts maps Lao letters onto their Thai
// counterparts first). Generic transliterators spell letter by letter ("smchay" for สมชาย); people
// spell by sound, so this reads syllables: leading vowels written before the consonant, the
// implicit o of a closed syllable (สม → som), the implicit a of an open one (อนันต์ → anan),
// consonants that change sound at the end of a syllable (ส → t), clusters (ปร), silent leaders
// (หญิง → ying), and the "linking" consonant of Sanskrit and Pali names that ends one syllable and
// starts the next (พิษณุ → phitsanu, ราชบุรี → ratchaburi). Output spellings come from a table
// so Thai (RTGS-like) and Lao (BGN/PCGN-like) share the reading.

/** Output spellings of one script: consonant initials and finals, and each vowel sound. */
export interface TaiTable {
  initial: Record<string, string>;
  final: Record<string, string>;
  vowel: Record<VowelSound, string>;
}

export type VowelSound =
  | "a"
  | "am"
  | "i"
  | "ue"
  | "u"
  | "e"
  | "ae"
  | "aeo"
  | "o"
  | "ai"
  | "ao"
  | "ia"
  | "uea"
  | "oe"
  | "oei"
  | "eo"
  | "ua"
  | "io"
  | "ui"
  | "oi"
  | "aw";

const LEADING_VOWELS = "เแโใไ";
const FOLLOWING_VOWELS = "ะัาำิีึืุู็ฤ";
const SHORT_MARKS = "ิีึืุู";
const SONORANTS = "งญนมยรลว";
const CLUSTER_HEADS = "กขคตปพผบดฟท";

const isConsonant = (c: string | undefined): boolean =>
  c !== undefined && c >= "ก" && c <= "ฮ" && c !== "ฤ" && c !== "ฦ";
const isFollowingVowel = (c: string | undefined): boolean =>
  c !== undefined && FOLLOWING_VOWELS.includes(c);
/** A consonant at i that carries its own vowel starts a syllable; otherwise it closes one. */
const startsSyllable = (w: string, i: number): boolean =>
  isConsonant(w[i]) &&
  (isFollowingVowel(w[i + 1]) ||
    (w[i] === "ห" && SONORANTS.includes(w[i + 1] ?? "-")) ||
    (w[i + 1] === "อ" && !isFollowingVowel(w[i + 2])));

interface Reader {
  w: string;
  i: number;
  out: string;
  /** Whether the previous syllable ended in a consonant (a lone consonant after it is silent). */
  closed: boolean;
  t: TaiTable;
}

// Onset at r.i (leading vowel already consumed): silent leaders ห/อ, clusters, ทร/ศร/สร → s.
function readOnset(r: Reader, hasLeadingVowel: boolean): string {
  const { w } = r;
  const c = w[r.i]!;
  const next = w[r.i + 1];
  r.i++;
  if (
    (c === "ห" && next !== undefined && SONORANTS.includes(next)) ||
    (c === "อ" && next === "ย")
  ) {
    r.i++;
    return r.t.initial[next!] ?? "";
  }
  const vowelFollows = hasLeadingVowel || isFollowingVowel(w[r.i + 1]);
  if (next === "ร" && vowelFollows && "ทศสจซ".includes(c)) {
    r.i++;
    return c === "ท" ? "s" : (r.t.initial[c] ?? "");
  }
  // แกว (kaeo): a ว ending the word after a leading vowel is the vowel's glide, not a cluster.
  const isGlide = next === "ว" && hasLeadingVowel && r.i + 1 >= w.length;
  if (
    next !== undefined &&
    "รลว".includes(next) &&
    vowelFollows &&
    !isGlide &&
    CLUSTER_HEADS.includes(c)
  ) {
    r.i++;
    return (r.t.initial[c] ?? "") + (r.t.initial[next] ?? "");
  }
  return r.t.initial[c] ?? "";
}

// Vowel after a leading vowel letter (เ แ โ ใ ไ); returns the sound and whether a final may follow.
function readLeadingVowel(r: Reader, lead: string): [VowelSound, boolean] {
  const { w } = r;
  const m = w[r.i];
  const n = w[r.i + 1];
  const take = (count: number, sound: VowelSound, open: boolean): [VowelSound, boolean] => {
    r.i += count;
    return [sound, open];
  };
  if (lead === "ใ" || lead === "ไ")
    return take(m === "ย" && !startsSyllable(w, r.i) ? 1 : 0, "ai", false);
  if (lead === "โ") return take(m === "ะ" ? 1 : 0, "o", m !== "ะ");
  if (lead === "แ") {
    if (m === "ว" && !isFollowingVowel(n)) return take(1, "aeo", false);
    return take(m === "ะ" || m === "็" ? 1 : 0, "ae", m !== "ะ");
  }
  if (m === "า") return n === "ะ" ? take(2, "o", false) : take(1, "ao", false);
  if (m === "ี" && n === "ย") return take(2, "ia", true);
  if (m === "ื" && n === "อ") return take(2, "uea", true);
  if (m === "ิ") return take(1, "oe", true);
  if (m === "็") return take(1, "e", true);
  if (m === "ะ") return take(1, "e", false);
  if (m === "อ" && !isFollowingVowel(n)) return take(1, "oe", true);
  if (m === "ย" && !isFollowingVowel(n)) return take(1, "oei", false);
  if (m === "ว" && !isFollowingVowel(n)) return take(1, "eo", false);
  return ["e", true];
}

// Vowel written after the onset, or implicit; returns undefined sound for a silent consonant.
function readVowel(r: Reader): [VowelSound | undefined, boolean] {
  const { w } = r;
  const m = w[r.i];
  const n = w[r.i + 1];
  const take = (count: number, sound: VowelSound | undefined, open: boolean) => {
    r.i += count;
    return [sound, open] as [VowelSound | undefined, boolean];
  };
  switch (m) {
    case "ั":
      if (n === "ว") return take(2, "ua", true);
      if (n === "ย" && !isFollowingVowel(w[r.i + 2])) return take(2, "ai", false);
      return take(1, "a", true);
    case "ะ":
      return take(1, "a", false);
    case "า":
      if (n === "ย" && !isFollowingVowel(w[r.i + 2])) return take(2, "ai", false);
      if (n === "ว" && !isFollowingVowel(w[r.i + 2])) return take(2, "ao", false);
      return take(1, "a", true);
    case "ำ":
      return take(1, "am", false);
    case "ิ":
      return n === "ว" && !isFollowingVowel(w[r.i + 2]) ? take(2, "io", false) : take(1, "i", true);
    case "ี":
      return take(1, "i", true);
    case "ึ":
      return take(1, "ue", true);
    case "ื":
      return take(n === "อ" ? 2 : 1, "ue", true);
    case "ุ":
      return n === "ย" && !isFollowingVowel(w[r.i + 2]) ? take(2, "ui", false) : take(1, "u", true);
    case "ู":
      return take(1, "u", true);
    case "็":
      return take(1, "o", true);
    default:
      return readImplicitVowel(r);
  }
}

// No vowel written: อ/ว as vowel letters, รร, final ร (= -on), implicit o before a final,
// implicit a before another syllable, silence after a closed syllable at the end of a word.
function readImplicitVowel(r: Reader): [VowelSound | undefined, boolean] {
  const { w, i } = r;
  const m = w[i];
  const n = w[i + 1];
  if (m === "อ" && !isFollowingVowel(n)) {
    const glide = n === "ย" && !isFollowingVowel(w[i + 2]);
    r.i += glide ? 2 : 1;
    return [glide ? "oi" : "o", true];
  }
  if (m === "ว" && (n === undefined || (isConsonant(n) && !isFollowingVowel(w[i + 2])))) {
    r.i++;
    return ["ua", true];
  }
  if (m === "ร" && n === "ร") {
    r.i += 2;
    return ["a", isConsonant(w[r.i]) && !startsSyllable(w, r.i)];
  }
  // C + ร + final: a cluster head reads "Cro-" (พรม phrom), any other onset "Caro-" (ณรงค์ narong).
  if (
    m === "ร" &&
    isConsonant(n) &&
    !startsSyllable(w, i + 1) &&
    (i + 2 >= w.length || startsSyllable(w, i + 2))
  ) {
    r.out += CLUSTER_HEADS.includes(w[i - 1] ?? "-") ? "r" : `${r.t.vowel.a}r`;
    r.i++;
    return ["o", true];
  }
  if (m === "ร" && !isFollowingVowel(n)) {
    r.i++;
    r.out += r.t.vowel.o + (r.t.final.ร ?? "n");
    return [undefined, false];
  }
  if (isConsonant(m) && !startsSyllable(w, i)) return ["o", true];
  if (m === undefined && r.closed) return [undefined, false];
  return ["a", false];
}

const LINKING_FINALS = "ศษสชตฏฒ";
// Linking is heard before sonorants (พิษณุ phitsanu, รัตนา rattana, อัศวิน atsawin), not before
// stops (สวัสดี sawatdi, ฉัตรชัย chatchai).
const LINKED_ONSETS = "ณนมยลวญ";

// A consonant after an open-to-final vowel closes the syllable, unless it starts the next one.
function readFinal(r: Reader): void {
  const { w } = r;
  const c = w[r.i];
  if (!isConsonant(c) || startsSyllable(w, r.i)) return;
  const next = w[r.i + 1];
  // ร after an above/below vowel and before a consonant starts a "ra" syllable (สุรศักดิ์).
  if (c === "ร" && isConsonant(next) && SHORT_MARKS.includes(w[r.i - 1] ?? "-")) return;
  // Two consonants ending the word after an open vowel are one syllable C-o-C (ทารก tharok,
  // มานพ manop); after ั the first must close it (วัตร wat).
  if (isConsonant(next) && r.i + 2 === w.length && w[r.i - 1] !== "ั") return;
  // C + ร ending the word is a syllable "C-on" (จิราพร → chiraphon), unless the vowel was ั, which
  // must be closed (วัตร → wat).
  const afterR = w[r.i + 2];
  if (
    next === "ร" &&
    w[r.i - 1] !== "ั" &&
    (afterR === undefined || (isConsonant(afterR) && !isFollowingVowel(w[r.i + 3])))
  ) {
    return;
  }
  r.i++;
  r.out += r.t.final[c!] ?? "";
  r.closed = true;
  // ร straight after a final is silent (ฉัตรชัย → chatchai, วัตร → wat).
  if (w[r.i] === "ร" && !isFollowingVowel(w[r.i + 1])) r.i++;
  const onset = w[r.i];
  if (LINKING_FINALS.includes(c!) && onset !== undefined && LINKED_ONSETS.includes(onset)) {
    const sound = r.t.initial[c!] ?? "";
    if (sound !== (r.t.initial[onset!] ?? "")) r.out += `${sound}${r.t.vowel.a}`;
  }
}

/** Romanises one word of Thai-script text (tone marks and killed letters already removed). */
export function readTaiWord(word: string, table: TaiTable): string {
  const r: Reader = { w: word, i: 0, out: "", closed: false, t: table };
  while (r.i < word.length) {
    const c = word[r.i]!;
    if (c === "ฤ") {
      r.out += r.i === 0 ? "rue" : "ri";
      r.i++;
      readFinal(r);
      continue;
    }
    const lead = LEADING_VOWELS.includes(c) ? c : undefined;
    if (lead !== undefined) r.i++;
    if (!isConsonant(word[r.i])) {
      if (lead !== undefined) r.out += table.vowel[lead === "แ" ? "ae" : lead === "โ" ? "o" : "e"];
      r.i += lead === undefined ? 1 : 0;
      continue;
    }
    // เสถียร (sathian): a leading vowel before two consonants that form no cluster belongs to the
    // second; the first gets an implicit a.
    const second = word[r.i + 1];
    if (
      (lead === "เ" || lead === "แ" || lead === "โ") &&
      isConsonant(second) &&
      !"รลวห".includes(second!) &&
      isFollowingVowel(word[r.i + 2])
    ) {
      r.out += (table.initial[word[r.i]!] ?? "") + table.vowel.a;
      r.i++;
    }
    // A lone consonant ending the word after a closed syllable is silent (ลักษ(ณ์) → lak).
    if (lead === undefined && r.closed && r.i === word.length - 1) break;
    r.out += readOnset(r, lead !== undefined);
    if (word[r.i] === "ฤ") {
      r.out += "ri";
      r.i++;
      r.closed = false;
      readFinal(r);
      continue;
    }
    const [sound, open] = lead !== undefined ? readLeadingVowel(r, lead) : readVowel(r);
    r.closed = false;
    if (sound !== undefined) r.out += table.vowel[sound];
    if (open) readFinal(r);
  }
  return r.out;
}
