// Finding lexicon entries in an advert: phrases on the normalised views (word boundaries kept),
// patterns, link hosts and phone prefixes, each reported against the original text.
import { hostOf } from "./contacts.ts";
import type { Lexicon, LexiconEntry } from "./lexicons/schema.ts";
import { isNoSpaceScript } from "./normalise/segment.ts";
import { normalisePhrase, type TextView } from "./normalise/view.ts";
import { type ContactFinding, categoryWeights, type Indicator, type Language } from "./types.ts";

interface CompiledEntry {
  entry: LexiconEntry;
  version: string;
  weight: number;
  needle?: string;
  pattern?: RegExp;
  needsBoundary: boolean;
  /** One Latin word of six letters or more: also matched one edit away ("Teleqram"). */
  isFuzzy: boolean;
}

/** Lexicons ready to match: entries normalised once, grouped by language. */
export interface CompiledLexicons {
  byLanguage: ReadonlyMap<Language, readonly CompiledEntry[]>;
  versions: Readonly<Record<string, string>>;
}

const HAN = /\p{Script=Han}/u;

function compileEntry(entry: LexiconEntry, version: string): CompiledEntry {
  const weight = entry.weight ?? categoryWeights[entry.category];
  const base = { entry, version, weight, needsBoundary: false, isFuzzy: false };
  if (entry.match === "pattern") return { ...base, pattern: new RegExp(entry.text, "gu") };
  if (entry.match !== "phrase") return { ...base, needle: entry.text.toLowerCase() };
  const needle = normalisePhrase(entry.text, !entry.exactMarks);
  const length = [...needle].length;
  const edge = needle[0] ?? "";
  const needsBoundary = isNoSpaceScript(edge) && length <= (HAN.test(edge) ? 2 : 4);
  const isFuzzy = !entry.exactMarks && /^[a-z]{6,}$/u.test(needle);
  return { ...base, needle, needsBoundary, isFuzzy };
}

/** Compiles validated lexicons for matching. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const byLanguage = new Map<Language, CompiledEntry[]>();
  const versions: Record<string, string> = {};
  for (const lexicon of lexicons) {
    const name = lexicon.scope ? `${lexicon.language}+${lexicon.scope}` : lexicon.language;
    const version = `${name}@${lexicon.version}`;
    versions[name] = version;
    const list = byLanguage.get(lexicon.language) ?? [];
    for (const entry of lexicon.entries) list.push(compileEntry(entry, version));
    byLanguage.set(lexicon.language, list);
  }
  return { byLanguage, versions };
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

function hasRoom(
  view: TextView,
  i: number,
  j: number,
  compiled: CompiledEntry,
  bounds?: Set<number>,
) {
  const text = view.text;
  const first = text[i]!;
  const last = text[j - 1]!;
  if (LATIN_OR_DIGIT.test(first) && i > 0 && LATIN_OR_DIGIT.test(text[i - 1]!)) return false;
  if (LATIN_OR_DIGIT.test(last) && j < text.length && LATIN_OR_DIGIT.test(text[j]!)) return false;
  if (compiled.needsBoundary && bounds && (!bounds.has(i) || !bounds.has(j))) return false;
  return true;
}

function indicatorAt(
  compiled: CompiledEntry,
  original: string,
  start: number,
  end: number,
): Indicator {
  return {
    category: compiled.entry.category,
    phrase: original.slice(start, end),
    start,
    end,
    weight: compiled.weight,
    entry: compiled.entry.id,
    version: compiled.version,
    review: compiled.entry.review,
  };
}

/** What the matcher reads an advert as. */
export interface MatchInput {
  original: string;
  marked: TextView;
  bare: TextView;
  markedBounds: Set<number> | undefined;
  bareBounds: Set<number> | undefined;
  contacts: readonly ContactFinding[];
  /** The Latin words of the bare view, for one-edit matches (computed on first use). */
  latinWords?: { text: string; start: number; end: number }[];
}

/**
 * True when a and b are at most one edit apart (a letter changed, added, dropped, or two
 * neighbours swapped), with the same first letter: obfuscated spellings keep the word's start.
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function latinWordsOf(input: MatchInput) {
  input.latinWords ??= [...input.bare.text.matchAll(/[a-z]{5,}/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  return input.latinWords;
}

function matchText(compiled: CompiledEntry, input: MatchInput, out: Indicator[]) {
  const view = compiled.entry.exactMarks ? input.marked : input.bare;
  const bounds = compiled.entry.exactMarks ? input.markedBounds : input.bareBounds;
  if (compiled.pattern) {
    for (const m of view.text.matchAll(compiled.pattern)) {
      if (m[0].length === 0) continue;
      const j = m.index + m[0].length;
      out.push(indicatorAt(compiled, input.original, view.starts[m.index]!, view.ends[j - 1]!));
    }
    return;
  }
  const needle = compiled.needle!;
  const before = out.length;
  let i = view.text.indexOf(needle);
  while (i >= 0) {
    const j = i + needle.length;
    if (hasRoom(view, i, j, compiled, bounds))
      out.push(indicatorAt(compiled, input.original, view.starts[i]!, view.ends[j - 1]!));
    i = view.text.indexOf(needle, i + 1);
  }
  if (!compiled.isFuzzy || out.length > before) return;
  for (const word of latinWordsOf(input)) {
    if (word.text !== needle && isOneEditAway(word.text, needle))
      out.push(
        indicatorAt(compiled, input.original, view.starts[word.start]!, view.ends[word.end - 1]!),
      );
  }
}

function matchContacts(compiled: CompiledEntry, input: MatchInput, out: Indicator[]) {
  const needle = compiled.needle!;
  for (const contact of input.contacts) {
    const isHit =
      compiled.entry.match === "host"
        ? contact.kind === "url" && hostOf(contact.text) === needle
        : contact.kind === "phone" && contact.text.replace(/[\s().-]/gu, "").startsWith(needle);
    if (isHit) out.push(indicatorAt(compiled, input.original, contact.start, contact.end));
  }
}

/** Every entry of the given lexicons found in the advert (before overlaps are resolved). */
export function matchEntries(entries: readonly CompiledEntry[], input: MatchInput): Indicator[] {
  const out: Indicator[] = [];
  for (const compiled of entries) {
    if (compiled.entry.match === "phrase" || compiled.entry.match === "pattern")
      matchText(compiled, input, out);
    else matchContacts(compiled, input, out);
  }
  return out;
}

/**
 * Keeps one indicator per place: a cue inside a longer cue of the same category counts once (the
 * longer one), and the same span found by two lexicons counts once (the advert's language first).
 */
export function resolveOverlaps(indicators: Indicator[]): Indicator[] {
  const sorted = indicators
    .map((indicator, order) => ({ indicator, order }))
    .sort(
      (a, b) =>
        a.indicator.start - b.indicator.start ||
        b.indicator.end - a.indicator.end ||
        a.order - b.order,
    );
  const kept: Indicator[] = [];
  for (const { indicator } of sorted) {
    const covered = kept.some(
      (k) =>
        k.category === indicator.category && k.start <= indicator.start && k.end >= indicator.end,
    );
    if (!covered) kept.push(indicator);
  }
  return kept;
}
