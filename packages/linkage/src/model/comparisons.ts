// The comparisons of the Fellegi–Sunter model. Each has ordered levels, most similar first and
// "else" last; `level` returns the index of the first level the pair reaches, or MISSING when
// either record lacks the value (a missing value weighs nothing). Levels are tested in order, so a
// pair lands on the most similar level it qualifies for.

import type { PreparedRecord } from "./prepare.ts";
import { intersects, jw, tokenOverlap, withinOneEdit } from "./similarity.ts";

export const MISSING = -1;

export type ComparisonName =
  | "given"
  | "family"
  | "dob"
  | "sex"
  | "nationality"
  | "address"
  | "locality"
  | "postcode"
  | "region"
  | "phone"
  | "document";

export interface Comparison {
  name: ComparisonName;
  levels: readonly string[];
  /** Level index whose weight the term-frequency adjustment replaces (exact value match), if any. */
  tfPart?: "given" | "family";
  level(a: PreparedRecord, b: PreparedRecord): number;
}

const GIVEN_LEVELS = [
  "native_exact",
  "exact",
  "reversed",
  "loose",
  "jw_0.92",
  "jw_0.88",
  "vowels",
  "tokens",
  "alias",
  "phonetic",
  "else",
] as const;

const FAMILY_LEVELS = [
  "exact",
  "reversed",
  "loose",
  "jw_0.92",
  "jw_0.88",
  "vowels",
  "tokens",
  "phonetic",
  "else",
] as const;
const FAMILY = Object.fromEntries(FAMILY_LEVELS.map((label, i) => [label, i])) as Record<
  (typeof FAMILY_LEVELS)[number],
  number
>;

/**
 * True when given and family are swapped: exactly, in loose spelling (Wilai Sayasan / Xayasane
 * Vilay), or each within a typo (Endang Susanti Siregarr / Siregar, Endang Susanti).
 */
function reversed(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.givenKey === "" || a.familyKey === "" || b.givenKey === "" || b.familyKey === "")
    return false;
  if (a.givenKey === b.familyKey && a.familyKey === b.givenKey) return true;
  if (a.givenLoose === b.familyLoose && a.familyLoose === b.givenLoose) return true;
  return jw(a.givenKey, b.familyKey) >= 0.92 && jw(a.familyKey, b.givenKey) >= 0.92;
}

/**
 * True when both records write a patronymic with its marker (bin, binti, a/l): the marker says
 * which name is the father's, so the same words the other way round are two people, a father's
 * name and a son's (Muhammad Aqil bin Ali / Ali bin Muhammad Aqil), never one name written in
 * another order. Clerks who split such a name do not put the father first.
 */
function isOrderPinned(a: PreparedRecord, b: PreparedRecord): boolean {
  return a.name.patronymic !== "" && b.name.patronymic !== "";
}

function sameTokenSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The better Jaro–Winkler of the keys as spelled and of their loose keys (romanisation folded). */
function bestJw(x: string, y: string, looseX: string, looseY: string): number {
  const spelled = jw(x, y);
  return spelled >= 0.92 ? spelled : Math.max(spelled, jw(looseX, looseY));
}

/**
 * Jaro–Winkler of two given names, after the first word when both share it: a common middle name
 * (Văn, Thị) or first syllable (Aung) raises the similarity of different names ("van khoi" and
 * "van hao" reach 0.92) while telling nothing about the person.
 */
function givenJw(a: PreparedRecord, b: PreparedRecord): number {
  const ta = a.givenLooseTokens;
  const tb = b.givenLooseTokens;
  if (ta.length >= 2 && tb.length >= 2 && ta[0] === tb[0]) {
    const skip = (key: string) => key.slice(key.indexOf(" ") + 1);
    return bestJw(skip(a.givenKey), skip(b.givenKey), ta.slice(1).join(" "), tb.slice(1).join(" "));
  }
  return bestJw(a.givenKey, b.givenKey, a.givenLoose, b.givenLoose);
}

/**
 * True when one record holds the whole name in its given field and the other splits it into given
 * and family: a Burmese or Javanese single name that one form cut in two ("Lwin Wai Kyi" / "Tin"
 * against "Lwin Wai Kyi Tin"). The given fields then hold different things, so the whole names are
 * compared, in any order.
 */
export function isSplitDifferent(a: PreparedRecord, b: PreparedRecord): boolean {
  if ((a.familyKey === "") === (b.familyKey === "")) return false;
  // A given field no longer than the other's is a family name left out, not a whole name.
  const [whole, split] = a.familyKey === "" ? [a, b] : [b, a];
  return whole.givenTokens.length > split.givenTokens.length;
}

/**
 * Below this, the words two whole names do not share are different names, not respellings of
 * one (Putri / Susanti 0.56; Lwin / Lwen 0.87, Myatt / Myat 0.96).
 */
const RESPELLED_WORDS = 0.8;

/**
 * Jaro–Winkler of the whole names: in written order, or word by word sorted (order-free). When the
 * words they do not share are different names, only those words are compared: sorted, a shared
 * Dewi put "dewi putri" and "dewi susanti" at 0.88 on its prefix alone, and the family level
 * counted that Dewi a second time. When they are respellings, the whole names are compared, so
 * that a Burmese name's shared syllables count beside a respelled one.
 */
function wholeJw(a: PreparedRecord, b: PreparedRecord): number {
  const x = a.name.looseTokens;
  const y = b.name.looseTokens;
  const whole = Math.max(jw(a.name.loose, b.name.loose), jw(x.join(" "), y.join(" ")));
  const restX = x.filter((t) => !y.includes(t));
  const restY = y.filter((t) => !x.includes(t));
  if (restX.length === x.length || restX.length === 0 || restY.length === 0) return whole;
  const rest = jw(restX.join(" "), restY.join(" "));
  return rest >= RESPELLED_WORDS ? whole : rest;
}

/**
 * Every given word of the shorter name is the same word or a known alias of one of the other's,
 * and at least one only as an alias (Nok/Nong, Bill/William). One shared word is not enough: in
 * "Muhammad Rashid" and "Muhammad Hafiz" the common first name says nothing of the person.
 */
function isAliasOf(a: PreparedRecord, b: PreparedRecord): boolean {
  const [short, long] = a.givenTokens.length <= b.givenTokens.length ? [a, b] : [b, a];
  let viaAlias = false;
  for (const [i, token] of short.givenTokens.entries()) {
    if (long.givenTokens.includes(token)) continue;
    const keys = short.givenAliases[i] ?? [];
    if (!long.givenAliases.some((other) => other.some((key) => keys.includes(key)))) return false;
    viaAlias = true;
  }
  return viaAlias;
}

function isBurmese(r: PreparedRecord): boolean {
  return r.nationality === "MM" || r.name.script === "Mymr";
}

/**
 * The two records as their names are best compared: a record without a nationality whose name
 * starts with a Burmese title (Ma, Maung) is read as Burmese against a Burmese record.
 */
function nameReading(a: PreparedRecord, b: PreparedRecord): [PreparedRecord, PreparedRecord] {
  if (a.asBurmese && !b.asBurmese && isBurmese(b)) return [a.asBurmese, b];
  if (b.asBurmese && !a.asBurmese && isBurmese(a)) return [a, b.asBurmese];
  return [a, b];
}

const given: Comparison = {
  name: "given",
  levels: GIVEN_LEVELS,
  tfPart: "given",
  level(first, second) {
    const [a, b] = nameReading(first, second);
    const x = a.givenKey;
    const y = b.givenKey;
    if (x === "" || y === "") return MISSING;
    if (a.name.native !== "" && a.name.native === b.name.native) return 0;
    if (x === y) return 1;
    const anyOrder = !isOrderPinned(a, b);
    // Same words in any order, or the same once an ambiguous particle (Maung, Ma) is kept on both.
    if (
      anyOrder &&
      (sameTokenSet(a.name.tokens, b.name.tokens) ||
        sameTokenSet(a.name.tokensWithParticles, b.name.tokensWithParticles) ||
        reversed(a, b))
    )
      return 2;
    // Romanisation variants (Vilay/Wilai, Pitsanu/Pisanu), also between a native-script name's
    // romanisation and a person's own spelling of it, in any order.
    if (
      a.givenLoose === b.givenLoose ||
      (anyOrder && sameTokenSet(a.name.looseTokens, b.name.looseTokens))
    )
      return 3;
    const splitDifferent = isSplitDifferent(a, b);
    const similarity = splitDifferent ? wholeJw(a, b) : givenJw(a, b);
    if (similarity >= 0.92) return 4;
    if (similarity >= 0.88) return 5;
    // The same consonants, vowels respelled (Khmer Suon / Suen, Burmese Swe Pwint / Sway Pwint):
    // short names that Jaro–Winkler puts below 0.88.
    if (splitDifferent ? a.nameVowels === b.nameVowels : a.givenVowels === b.givenVowels) return 6;
    // Every given word of one found among the other's words (middle names, partial records), but
    // not merely a given field holding the other's family name (Nguyễn / Thị Hà against Thị Yến
    // Nguyễn): that is a swap, and the given names still differ.
    if (
      (tokenOverlap(a.givenLooseTokens, b.name.looseTokens) === 1 &&
        a.givenLoose !== b.familyLoose) ||
      (tokenOverlap(b.givenLooseTokens, a.name.looseTokens) === 1 && b.givenLoose !== a.familyLoose)
    )
      return 7;
    // Known nicknames or variants of one another (Nok/Nong, Bill/William), per language; a shared
    // plain word (Thị, Dewi) is no alias: level 6 has already taken the names it explains.
    if (isAliasOf(a, b)) return 8;
    // Every given word, not only the first: a Vietnamese middle name (Thị) decides nothing.
    if (a.givenPhonetic !== "" && a.givenPhonetic === b.givenPhonetic) return 9;
    return 10;
  },
};

/**
 * One record's family name found among the other's words (written in the given field, or the
 * whole name in one field). Not when it is also one of its own given words: a Malay father named
 * Muhammad meets every boy whose name starts with Muhammad.
 */
function familyAmong(a: PreparedRecord, b: PreparedRecord): boolean {
  return b.name.looseTokens.includes(a.familyLoose) && !a.givenLooseTokens.includes(a.familyLoose);
}

const family: Comparison = {
  name: "family",
  levels: FAMILY_LEVELS,
  tfPart: "family",
  level(first, second) {
    const [a, b] = nameReading(first, second);
    const x = a.familyKey;
    const y = b.familyKey;
    if (x === "" || y === "") {
      // A name split differently (one record holds the whole name in its given field): the family
      // name found among the whole name's words is a family name that agrees, which the given
      // comparison (whole names) does not count on its own. Not found, it may be a word the whole
      // name left out, as a missing family name would be: nothing is counted.
      if (isSplitDifferent(a, b) && (familyAmong(a, b) || familyAmong(b, a))) return FAMILY.tokens;
      return MISSING;
    }
    if (x === y) return FAMILY.exact;
    const anyOrder = !isOrderPinned(a, b);
    if (anyOrder && reversed(a, b)) return FAMILY.reversed;
    if (a.familyLoose === b.familyLoose) return FAMILY.loose;
    const similarity = bestJw(x, y, a.familyLoose, b.familyLoose);
    if (similarity >= 0.92) return FAMILY["jw_0.92"];
    if (similarity >= 0.88) return FAMILY["jw_0.88"];
    // Vowels respelled (Khmer Chea / Chia, Keo / Kaev): Jaro–Winkler is low on short names.
    if (a.familyVowels === b.familyVowels) return FAMILY.vowels;
    if (anyOrder && (familyAmong(a, b) || familyAmong(b, a))) return FAMILY.tokens;
    if (a.name.familyPhonetic !== "" && a.name.familyPhonetic === b.name.familyPhonetic)
      return FAMILY.phonetic;
    return FAMILY.else;
  },
};

/**
 * Birth moments (fractional years) this close make "age_close": an estimated age is off by a year
 * or less in most records, and a default-filled 1 January sits half a year from the true day.
 */
const AGE_CLOSE_YEARS = 1.5;

/** Day/month swapped: 2010-03-07 written 2010-07-03. */
function dayMonthSwapped(a: PreparedRecord["dob"], b: PreparedRecord["dob"]): boolean {
  return a !== null && b !== null && a.year === b.year && a.month === b.day && a.day === b.month;
}

/**
 * Ordered by the evidence each level carries, which the pooling of weights (orderedWeights)
 * assumes: two exact dates a month or a year apart, neither estimated, are rarer among matches
 * than among non-matches (a typo gives one edit, not a month), so they rank below the estimated
 * ages; ranked above them, they were pooled up to the weight of a close estimate, and namesakes
 * born months apart were accepted.
 */
const DOB_LEVELS = [
  "exact",
  "day_month_swapped",
  "one_edit",
  "january_1",
  "age_close",
  "age_overlap",
  "within_1_month",
  "within_1_year",
  "within_10_years",
  "else",
] as const;
const DOB = Object.fromEntries(DOB_LEVELS.map((label, i) => [label, i])) as Record<
  (typeof DOB_LEVELS)[number],
  number
>;

const dob: Comparison = {
  name: "dob",
  levels: DOB_LEVELS,
  level(a, b) {
    const x = a.dob;
    const y = b.dob;
    if (x && y) {
      // The same date written on both, one of them an estimate: the same estimated birth moment.
      if (x.digits === y.digits) return a.estimated || b.estimated ? DOB.age_close : DOB.exact;
      if (!a.estimated && !b.estimated) {
        // Day and month swapped is a level of its own: a clerk's habit that keeps every digit,
        // so two strangers' dates are far rarer swapped than one digit apart.
        if (dayMonthSwapped(x, y)) return DOB.day_month_swapped;
        if (withinOneEdit(x.digits, y.digits)) return DOB.one_edit;
        if (
          x.dayNumber !== null &&
          y.dayNumber !== null &&
          Math.abs(x.dayNumber - y.dayNumber) <= 31
        )
          return DOB.within_1_month;
        // One side only knew the year and filled in 1 January.
        if ((a.dobJan1 || b.dobJan1) && x.year === y.year) return DOB.january_1;
        if (
          x.dayNumber !== null &&
          y.dayNumber !== null &&
          Math.abs(x.dayNumber - y.dayNumber) <= 366
        )
          return DOB.within_1_year;
      }
    }
    const p = a.birthYears;
    const q = b.birthYears;
    if (!p || !q) return MISSING;
    // An impossible date as entered (1990-30-03, 1990-03-34) says its year, no more: compared
    // like an estimate, not as a date some months or years away.
    const isVague =
      a.estimated || b.estimated || !x || !y || x.dayNumber === null || y.dayNumber === null;
    if (isVague && p.min <= q.max && q.min <= p.max) {
      // Estimates are mostly off by a year or less: close centres say more than mere overlap.
      const c = a.birthCentre;
      const d = b.birthCentre;
      return c !== null && d !== null && Math.abs(c - d) <= AGE_CLOSE_YEARS
        ? DOB.age_close
        : DOB.age_overlap;
    }
    const gap = Math.max(p.min - q.max, q.min - p.max, 0);
    return gap <= 10 ? DOB.within_10_years : DOB.else;
  },
};

function exactComparison(
  name: "sex" | "nationality" | "region",
  read: (r: PreparedRecord) => string | null,
): Comparison {
  return {
    name,
    levels: ["exact", "else"],
    level(a, b) {
      const x = read(a);
      const y = read(b);
      if (x === null || y === null) return MISSING;
      return x === y ? 0 : 1;
    },
  };
}

const address: Comparison = {
  name: "address",
  levels: ["exact", "jw_0.90", "jw_0.80", "tokens", "else"],
  level(a, b) {
    const x = a.address;
    const y = b.address;
    if (x === null || y === null) return MISSING;
    if (x === y) return 0;
    const similarity = jw(x, y);
    if (similarity >= 0.9) return 1;
    if (similarity >= 0.8) return 2;
    if (tokenOverlap(a.addressTokens, b.addressTokens) >= 0.5) return 3;
    return 4;
  },
};

const locality: Comparison = {
  name: "locality",
  levels: ["exact", "jw_0.88", "else"],
  level(a, b) {
    const x = a.locality;
    const y = b.locality;
    if (x === null || y === null) return MISSING;
    if (x === y) return 0;
    return jw(x, y) >= 0.88 ? 1 : 2;
  },
};

const postcode: Comparison = {
  name: "postcode",
  levels: ["exact", "one_edit", "else"],
  level(a, b) {
    const x = a.postcode;
    const y = b.postcode;
    if (x === null || y === null) return MISSING;
    if (x === y) return 0;
    return withinOneEdit(x, y) ? 1 : 2;
  },
};

const phone: Comparison = {
  name: "phone",
  levels: ["shared", "else"],
  level(a, b) {
    if (a.phones.length === 0 || b.phones.length === 0) return MISSING;
    return intersects(a.phones, b.phones) ? 0 : 1;
  },
};

const document: Comparison = {
  name: "document",
  levels: ["shared", "one_edit", "else"],
  level(a, b) {
    if (a.documents.length === 0 || b.documents.length === 0) return MISSING;
    if (intersects(a.documents, b.documents)) return 0;
    for (const x of a.documents) for (const y of b.documents) if (withinOneEdit(x, y)) return 1;
    return 2;
  },
};

/** Every comparison the engine knows, in the order of the output columns. */
export const COMPARISONS: readonly Comparison[] = [
  given,
  family,
  dob,
  exactComparison("sex", (r) => r.sex),
  exactComparison("nationality", (r) => r.nationality),
  address,
  locality,
  postcode,
  exactComparison("region", (r) => r.region),
  phone,
  document,
];

export function comparisonByName(name: string): Comparison | undefined {
  return COMPARISONS.find((c) => c.name === name);
}
