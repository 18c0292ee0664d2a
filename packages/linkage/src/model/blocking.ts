// Blocking: only pairs that share a derived key under at least one rule are scored. Each rule is an
// equi-join on keys computed once per record; the rules are unioned, and a pair found by an
// earlier rule is not emitted again by a later one (so no set of all pairs is held in memory).

import type { PreparedRecord } from "./prepare.ts";

export interface BlockingRule {
  name: string;
  /**
   * Comparisons this rule makes agree, or agree more often than at random, which EM cannot learn
   * from the pairs it yields: u comes from random pairs, so a comparison enriched by the block
   * (names imply sex and country) is read as evidence of a match.
   */
  fixes: readonly string[];
  /** The record's join keys under this rule (several for multi-valued fields), or [] when it has none. */
  keys(record: PreparedRecord): readonly string[];
  /** A tighter bucket limit for rules on common tokens (Thị, Nguyễn), below the run's own. */
  maxBucket?: number;
}

function one(key: string | null | false | undefined): readonly string[] {
  return key ? [key] : [];
}

const birthYear = (r: PreparedRecord): number | null => r.dob?.year ?? null;

/** Birth years a record allows: the year of its date, or every year of an estimated range. */
function plausibleYears(r: PreparedRecord): number[] {
  const range = r.birthYears;
  if (!range) return [];
  if (r.dob && !r.estimated) return [r.dob.year];
  const years: number[] = [];
  for (let y = range.min; y <= range.max && years.length < 8; y++) years.push(y);
  return years;
}

/** The loose spelling of the whole name as an order-free set: swaps and romanisations meet. */
export function looseNameKey(r: PreparedRecord): string {
  return r.name.missing ? "" : r.name.looseTokens.join(" ");
}

/** Every two words of a longer name: a record that dropped or added a word still meets. */
function looseTokenPairs(r: PreparedRecord): string[] {
  const tokens = r.name.missing ? [] : r.name.looseTokens;
  if (tokens.length < 3) return [];
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (let j = i + 1; j < tokens.length; j++) keys.push(`${tokens[i]} ${tokens[j]}`);
  return keys;
}

/** Each word of the name with each plausible birth year: mononyms, partial and estimated records. */
function looseTokenYears(r: PreparedRecord): string[] {
  const tokens = r.name.missing ? [] : r.name.looseTokens;
  const years = plausibleYears(r);
  const keys: string[] = [];
  for (const token of tokens)
    if (token.length > 1) for (const y of years) keys.push(`${token}|${y}`);
  return keys;
}

/**
 * The rules EM is trained over: each forces only the comparisons it names to agree. The
 * loose-spelling rules below find more true pairs but bias the name levels, so they only block.
 */
export const EM_BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: "family+birth_year",
    fixes: ["family", "dob", "nationality"],
    keys: (r) => one(r.familyKey && birthYear(r) !== null && `${r.familyKey}|${birthYear(r)}`),
  },
  {
    name: "given_phonetic+sex",
    fixes: ["given", "family", "sex", "nationality"],
    keys: (r) => one(r.name.givenPhonetic && r.sex && `${r.name.givenPhonetic}|${r.sex}`),
  },
  { name: "phone", fixes: ["phone"], keys: (r) => r.phones },
  { name: "document", fixes: ["document"], keys: (r) => r.documents },
  {
    name: "given+family",
    fixes: ["given", "family", "sex", "nationality"],
    keys: (r) => one(r.name.tokens.length > 0 && !r.name.missing && r.name.tokens.join(" ")),
  },
  { name: "dob", fixes: ["dob"], keys: (r) => one(r.dob?.digits) },
  {
    name: "given_phonetic+family_phonetic",
    fixes: ["given", "family", "sex", "nationality"],
    keys: (r) =>
      one(
        r.name.givenPhonetic &&
          r.name.familyPhonetic &&
          `${r.name.givenPhonetic}|${r.name.familyPhonetic}`,
      ),
  },
  {
    name: "postcode+given_phonetic",
    fixes: ["postcode", "given"],
    keys: (r) => one(r.postcode && r.name.givenPhonetic && `${r.postcode}|${r.name.givenPhonetic}`),
  },
];

/** Rules for the records of the region and for FEBRL-like files alike; any one shared key suffices. */
export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  ...EM_BLOCKING_RULES,
  {
    name: "loose_name",
    fixes: ["given", "family"],
    keys: (r) => {
      const key = looseNameKey(r);
      if (key === "") return [];
      // A single word is too common to join on alone; it needs the birth year too.
      return key.includes(" ") ? [key] : plausibleYears(r).map((y) => `${key}|${y}`);
    },
    maxBucket: 1000,
  },
  { name: "loose_token_pair", fixes: ["given", "family"], keys: looseTokenPairs, maxBucket: 500 },
  {
    name: "loose_token+birth_year",
    fixes: ["dob"],
    keys: looseTokenYears,
    maxBucket: 300,
  },
];

export interface BlockingOptions {
  /** Buckets larger than this are skipped (and reported): a key that common does not discriminate. */
  maxBucket?: number;
}

export interface RuleStats {
  rule: string;
  /** Pairs this rule added that no earlier rule had found. */
  pairs: number;
  skippedBuckets: number;
}

/** Candidate pairs as [lower index, higher index], for deduplication within one list. */
export function* dedupePairs(
  records: readonly PreparedRecord[],
  rules: readonly BlockingRule[],
  stats: RuleStats[] = [],
  options: BlockingOptions = {},
): Generator<[PreparedRecord, PreparedRecord]> {
  yield* candidatePairs(records, null, rules, stats, options);
}

/** Candidate pairs across two lists (a from the first, b from the second). */
export function* linkPairs(
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[],
  rules: readonly BlockingRule[],
  stats: RuleStats[] = [],
  options: BlockingOptions = {},
): Generator<[PreparedRecord, PreparedRecord]> {
  yield* candidatePairs(left, right, rules, stats, options);
}

const NONE: readonly string[] = [];

/** Keys of every record under one rule, by record index (computed once, read in the pair loop). */
function keysByIndex(
  records: readonly PreparedRecord[],
  rule: BlockingRule,
  into: (readonly string[])[],
): void {
  for (const record of records) {
    const keys = rule.keys(record);
    into[record.index] = keys.length === 0 ? NONE : keys;
  }
}

function shareKey(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  if (!x || !y || x.length === 0 || y.length === 0) return false;
  for (const key of x) if (y.includes(key)) return true;
  return false;
}

function bucketsOf(
  records: readonly PreparedRecord[],
  keys: readonly (readonly string[])[],
): Map<string, PreparedRecord[]> {
  const buckets = new Map<string, PreparedRecord[]>();
  for (const record of records) {
    for (const key of keys[record.index] ?? NONE) {
      const bucket = buckets.get(key);
      if (bucket) {
        if (bucket[bucket.length - 1] !== record) bucket.push(record);
      } else buckets.set(key, [record]);
    }
  }
  return buckets;
}

function* candidatePairs(
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[] | null,
  rules: readonly BlockingRule[],
  stats: RuleStats[],
  options: BlockingOptions,
): Generator<[PreparedRecord, PreparedRecord]> {
  const maxBucket = options.maxBucket ?? 5000;
  const keys: (readonly string[])[][] = rules.map((rule) => {
    const into: (readonly string[])[] = [];
    keysByIndex(left, rule, into);
    if (right) keysByIndex(right, rule, into);
    return into;
  });
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as BlockingRule;
    const ruleKeys = keys[r] as (readonly string[])[];
    const ruleStats: RuleStats = { rule: rule.name, pairs: 0, skippedBuckets: 0 };
    const ruleMaxBucket = Math.min(maxBucket, rule.maxBucket ?? maxBucket);
    stats.push(ruleStats);
    const leftBuckets = bucketsOf(left, ruleKeys);
    const rightBuckets = right ? bucketsOf(right, ruleKeys) : null;
    // A pair with several shared keys under this rule is emitted once: at its first shared key.
    const seenInRule = new Set<string>();
    for (const [key, bucket] of leftBuckets) {
      const other = rightBuckets ? rightBuckets.get(key) : bucket;
      if (!other) continue;
      if (bucket.length > ruleMaxBucket || other.length > ruleMaxBucket) {
        ruleStats.skippedBuckets++;
        continue;
      }
      for (let i = 0; i < bucket.length; i++) {
        const a = bucket[i] as PreparedRecord;
        for (let j = rightBuckets ? 0 : i + 1; j < other.length; j++) {
          const b = other[j] as PreparedRecord;
          let foundEarlier = false;
          for (let e = 0; e < r && !foundEarlier; e++) {
            const earlier = keys[e] as (readonly string[])[];
            foundEarlier = shareKey(earlier[a.index], earlier[b.index]);
          }
          if (foundEarlier) continue;
          if ((ruleKeys[a.index]?.length ?? 0) > 1 || (ruleKeys[b.index]?.length ?? 0) > 1) {
            const pairKey = `${a.index}|${b.index}`;
            if (seenInRule.has(pairKey)) continue;
            seenInRule.add(pairKey);
          }
          ruleStats.pairs++;
          yield rightBuckets || a.index < b.index ? [a, b] : [b, a];
        }
      }
    }
  }
}

/** Share of all possible pairs that blocking did not ask us to score. */
export function reductionRatio(candidates: number, totalPairs: number): number {
  return totalPairs === 0 ? 0 : 1 - candidates / totalPairs;
}
