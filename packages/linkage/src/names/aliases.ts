import bundled from "./aliases.json" with { type: "json" };
import { latinKey } from "./latin-key.ts";

/** One group of names that refer to the same person: nicknames and spelling variants. */
export interface AliasGroup {
  /** BCP 47 language of the names, for people editing the data ("ms", "fil", "th"). */
  lang?: string;
  /** ISO 3166-1 alpha-2 countries where the group applies; absent means everywhere. */
  countries?: string[];
  /** The names; the first is the group's key. */
  names: string[];
}

/** Alias data as shipped in aliases.json, or as passed to loadAliasData. */
export interface AliasData {
  groups: AliasGroup[];
}

interface Entry {
  key: string;
  countries: Set<string> | undefined;
}

const index = new Map<string, Entry[]>();

// Abbreviations that stand for one name in Malay and Indonesian records (reference §1.7):
// expanded in the tokens themselves, not only as aliases.
const ABBREVIATIONS = new Map([
  ["mohd", "muhammad"],
  ["muhd", "muhammad"],
  ["mhd", "muhammad"],
  ["md", "muhammad"],
  ["abd", "abdul"],
]);
const ABBREVIATION_COUNTRIES = new Set(["MY", "SG", "BN", "ID"]);

const compact = (name: string): string => latinKey(name).replaceAll(" ", "");

/**
 * Adds alias groups (e.g. a country's nickname list) to those shipped in aliases.json. Names are
 * reduced to Latin keys; entries without names are ignored. Affects every later normaliseName.
 */
export function loadAliasData(data: AliasData): void {
  for (const group of data.groups ?? []) {
    if (!Array.isArray(group?.names)) continue;
    const names = group.names.map(compact).filter((n) => n.length > 0);
    const key = names[0];
    if (key === undefined) continue;
    const countries = Array.isArray(group.countries)
      ? new Set(group.countries.map((c) => c.toUpperCase()))
      : undefined;
    for (const name of new Set(names)) {
      const entries = index.get(name) ?? [];
      if (!entries.some((e) => e.key === key)) entries.push({ key, countries });
      index.set(name, entries);
    }
  }
}

loadAliasData(bundled as AliasData);

/**
 * Keys of every alias group holding this token (a Latin key word) that applies in `country`
 * (all groups when the country is unknown); the token itself when it is in no group.
 */
export function aliasKeys(token: string, country?: string): string[] {
  const entries = index.get(token);
  if (entries === undefined) return [token];
  const keys: string[] = [];
  for (const e of entries) {
    if (country === undefined || e.countries === undefined || e.countries.has(country))
      keys.push(e.key);
  }
  return keys.length > 0 ? keys : [token];
}

/**
 * True when a key names an alias group, not a word in none (aliasKeys falls back to the word
 * itself): two names sharing a plain word, such as a Vietnamese middle name Thị, are not aliases.
 */
export function isAliasGroupKey(key: string): boolean {
  return index.get(key)?.some((e) => e.key === key) ?? false;
}

/** One canonical alias key of a token: a country's own group first, then a general one. */
export function aliasKey(token: string, country?: string): string {
  const key = compact(token);
  const entries = index.get(key);
  if (entries === undefined) return key;
  const own = entries.find((e) => country !== undefined && e.countries?.has(country) === true);
  return (
    (
      own ??
      entries.find((e) => e.countries === undefined) ??
      (country === undefined ? entries[0] : undefined)
    )?.key ?? key
  );
}

/** Expands a Malay/Indonesian abbreviation (Mohd → muhammad) where such names are expected. */
export function expandAbbreviation(token: string, country: string | undefined): string {
  if (country !== undefined && !ABBREVIATION_COUNTRIES.has(country)) return token;
  return ABBREVIATIONS.get(token) ?? token;
}
