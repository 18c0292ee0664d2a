// Screening one advert: normalise, match the lexicons of its language and English (adverts in
// every language of the region mix in English), read its pay, and apply the rule. Transparent by
// construction: the score is the sum of the weights of the categories found, and every cue is
// listed with its place, lexicon entry and version. A person reviews every flag.
import { AMOUNT_THRESHOLD_RATIO, findAmounts, WAGES_VERSION } from "./amounts/parse.ts";
import { findContacts } from "./contacts.ts";
import { detectLanguage } from "./detect-language.ts";
import { bundledLexicons } from "./lexicons/index.ts";
import { type CompiledLexicons, compileLexicons, matchEntries, resolveOverlaps } from "./match.ts";
import { wordBoundaries } from "./normalise/segment.ts";
import { buildBareView, buildMarkedView, type ZawgyiConverter } from "./normalise/view.ts";
import {
  type AdScreening,
  anchorCategories,
  type Category,
  categoryNames,
  categoryWeights,
  type Indicator,
  isLanguage,
  type Language,
  MAX_ADVERT_LENGTH,
} from "./types.ts";

export { MAX_ADVERT_LENGTH };

/** An advert the engine refuses: too long, or in a language it has no lexicon for. */
export class AdvertRefused extends Error {
  constructor(
    readonly field: "text" | "lang",
    message: string,
  ) {
    super(message);
    this.name = "AdvertRefused";
  }
}

/** What the caller may pass besides the advert. */
export interface ScreenOptions {
  /** Lexicons to use instead of the shipped ones (compiled with `compileLexicons`). */
  lexicons?: CompiledLexicons;
  /** Converts Zawgyi-encoded Burmese to Unicode; the server passes the linking capability's. */
  convertZawgyi?: ZawgyiConverter;
}

let shipped: CompiledLexicons | undefined;

/** The shipped lexicons, compiled once. */
export function shippedLexicons(): CompiledLexicons {
  shipped ??= compileLexicons(bundledLexicons);
  return shipped;
}

function amountIndicators(amounts: AdScreening["amounts"], original: string): Indicator[] {
  return amounts
    .filter((amount) => amount.ratio >= AMOUNT_THRESHOLD_RATIO && amount.skilledWork === null)
    .map((amount) => ({
      category: "B" as const,
      phrase: original.slice(amount.start, amount.end),
      start: amount.start,
      end: amount.end,
      weight: categoryWeights.B,
      entry: "amount:above-usual-wage",
      version: WAGES_VERSION,
      review: "draft" as const,
      amount,
    }));
}

function explain(found: Category[]): { flagged: boolean; reason: string } {
  const list = found.map((c) => `${c} ${categoryNames[c]}`).join(", ");
  const anchors = found.filter((c) => anchorCategories.includes(c));
  if (found.length === 0) return { flagged: false, reason: "not flagged: no indicator found" };
  if (found.length < 2)
    return { flagged: false, reason: `not flagged: one category only (${list})` };
  if (anchors.length === 0)
    return {
      flagged: false,
      reason: `not flagged: ${found.length} categories (${list}), none of B, C, D or G`,
    };
  return {
    flagged: true,
    reason: `flagged: ${found.length} categories (${list}), including ${anchors.join(", ")}`,
  };
}

/**
 * Screens one advert. The rule: flagged when indicators of two categories or more are found, at
 * least one of them B salary, C requirements, D travel and documents or G location. Throws
 * AdvertRefused for a text over MAX_ADVERT_LENGTH or a language without a lexicon.
 */
export function screenAdvert(
  advert: { text: string; lang?: string | null | undefined },
  options: ScreenOptions = {},
): AdScreening {
  const { text } = advert;
  if (text.length > MAX_ADVERT_LENGTH)
    throw new AdvertRefused(
      "text",
      `The advert is ${text.length} characters long; the limit is ${MAX_ADVERT_LENGTH}`,
    );
  if (advert.lang != null && !isLanguage(advert.lang))
    throw new AdvertRefused("lang", `No lexicon for language "${advert.lang}"`);
  const lang: Language = advert.lang ?? detectLanguage(text).lang;
  const lexicons = options.lexicons ?? shippedLexicons();
  const marked = buildMarkedView(text, options.convertZawgyi);
  const bare = buildBareView(marked);
  const contacts = findContacts(text);
  const input = {
    original: text,
    marked,
    bare,
    markedBounds: wordBoundaries(marked.text, lang),
    bareBounds: wordBoundaries(bare.text, lang),
    contacts,
  };
  const entries = [
    ...(lexicons.byLanguage.get(lang) ?? []),
    ...(lang === "en" ? [] : (lexicons.byLanguage.get("en") ?? [])),
  ];
  const amounts = findAmounts(marked, lang);
  const indicators = resolveOverlaps([
    ...matchEntries(entries, input),
    ...amountIndicators(amounts, text),
  ]);
  const byCategory = new Map<Category, { weight: number; indicators: number }>();
  for (const indicator of indicators) {
    // Weight 0 marks context shown to the reviewer (a large legitimate labour market), not a cue.
    if (indicator.weight === 0) continue;
    const current = byCategory.get(indicator.category) ?? { weight: 0, indicators: 0 };
    byCategory.set(indicator.category, {
      weight: Math.max(current.weight, indicator.weight),
      indicators: current.indicators + 1,
    });
  }
  const found = [...byCategory.keys()].sort();
  const summary = found.map((category) => ({ category, ...byCategory.get(category)! }));
  return {
    ...explain(found),
    score: summary.reduce((sum, c) => sum + c.weight, 0),
    lang,
    langSource: advert.lang != null ? "given" : "detected",
    indicators,
    categories: summary,
    contacts,
    amounts,
  };
}
