import {
  type AdCategory,
  type AdLanguage,
  adAnchorCategories,
  adCategories,
  adLanguages,
  MAX_ADVERT_LENGTH,
} from "@sahabat/shared";

// The vocabulary of advert screening: the reference taxonomy's categories and their weights, and
// the shape of a screening result. Every number a result carries is explained by its indicators.
// The lists the wire schemas need too (categories, anchors, languages, length limit) are defined in
// @sahabat/shared (ad-vocabulary.ts) and named here as the engine has always named them.

/** The categories of the reference taxonomy (recruitment-ad-indicators.yaml). */
export const categories = adCategories;
/** A: job framing, B: salary, C: requirements, D: travel and documents, E: contact, F: urgency, G: location. */
export type Category = AdCategory;

/** What each category means, for explanations. */
export const categoryNames: Record<Category, string> = {
  A: "job framing",
  B: "salary and benefits",
  C: "requirements",
  D: "travel and documents",
  E: "contact channel",
  F: "urgency and pressure",
  G: "location",
};

/**
 * The reference's scoring proposal (a Sahabat proposal, not from a source): travel and location
 * weigh most, the cues legitimate adverts share most (job framing, contact, urgency) least.
 */
export const categoryWeights: Record<Category, number> = {
  A: 1,
  B: 2,
  C: 2,
  D: 3,
  E: 1,
  F: 1,
  G: 3,
};

/** A flag needs one of these among its categories (see adAnchorCategories in @sahabat/shared). */
export const anchorCategories = adAnchorCategories;

export { MAX_ADVERT_LENGTH };

/** The languages the lexicons cover: the nine interface languages and Chinese. */
export const languages = adLanguages;
/** A BCP 47 code of a covered language. */
export type Language = AdLanguage;

/** True when `value` is a covered language. */
export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** A salary read from the advert and compared with the usual wage (category B, when far above). */
export interface AmountFinding {
  start: number;
  end: number;
  /** The amount as read, in its currency and period (the upper end of a range). */
  value: number;
  currency: string;
  period: "hour" | "day" | "week" | "month" | "year";
  /** Per month, in US dollars, at the wage table's illustrative exchange rates. */
  monthlyUsd: number;
  /** The country whose usual wage for unskilled work it is compared with ("ASEAN" for none). */
  reference: string;
  referenceMonthlyUsd: number;
  /** monthlyUsd / referenceMonthlyUsd, rounded to two decimals. */
  ratio: number;
  /**
   * The advert's sign of skilled work ("5 years of experience", "bachelor"), or null. High pay
   * counts as a cue only for work that needs no skill, so then it is not an indicator.
   */
  skilledWork: string | null;
}

/** One cue found in an advert, with where it is and why it counts. */
export interface Indicator {
  category: Category;
  /** The advert's own text at [start, end). */
  phrase: string;
  /** UTF-16 offsets into the original text, end exclusive (JavaScript's `slice`). */
  start: number;
  end: number;
  weight: number;
  /** The lexicon entry matched (`vi-B-003`), or `amount:above-usual-wage`. */
  entry: string;
  /** The lexicon's version (`vi@2026.1`), or the wage table's (`wages@2026.1`). */
  version: string;
  /** The entry's review status: `source` (English), `checked` or `draft` (not yet reviewed). */
  review: "source" | "checked" | "draft";
  /** For an amount: what was read and what it was compared with. */
  amount?: AmountFinding;
}

/** A phone number, messaging handle or link found in the text (canonicalised by the caller). */
export interface ContactFinding {
  kind: "phone" | "handle" | "url";
  text: string;
  start: number;
  end: number;
  /** Platform of a handle or link when the text says it (telegram, whatsapp, line, zalo…). */
  platform?: string;
}

/** The result of screening one advert. */
export interface AdScreening {
  flagged: boolean;
  /** The sum of the weights of the categories found (each category counted once), 0–13. */
  score: number;
  lang: Language;
  /** How the language was chosen: given by the caller, or detected (and why). */
  langSource: "given" | "detected";
  indicators: Indicator[];
  /** Per category found: its weight, counted once whatever the number of cues. */
  categories: { category: Category; weight: number; indicators: number }[];
  /** The rule applied, in words: why the advert is or is not flagged. */
  reason: string;
  contacts: ContactFinding[];
  amounts: AmountFinding[];
}
