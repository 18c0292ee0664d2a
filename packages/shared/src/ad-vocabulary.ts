// The vocabulary of recruitment-advert screening: the reference taxonomy's categories, the
// categories a flag needs, the covered languages and the length limit. It lives here, not in
// @sahabat/ads, because the wire schemas and the web app need these lists without the engine and
// its lexicons, and packages may import only `shared` (STYLE.md). @sahabat/ads reads them from here.

/** The categories of the reference taxonomy (recruitment-ad-indicators.yaml), A job framing … G location. */
export const adCategories = ["A", "B", "C", "D", "E", "F", "G"] as const;
/** A: job framing, B: salary, C: requirements, D: travel and documents, E: contact, F: urgency, G: location. */
export type AdCategory = (typeof adCategories)[number];

/**
 * A flag needs one of these among its categories: job framing, a messaging app and urgency are
 * everyday in legitimate adverts, so they never flag an advert together on their own.
 */
export const adAnchorCategories: readonly AdCategory[] = ["B", "C", "D", "G"];

/** Adverts longer than this are refused, not cut: a cut could drop the cues that matter. */
export const MAX_ADVERT_LENGTH = 20_000;

/** The languages the advert lexicons cover: the nine interface languages and Chinese. */
export const adLanguages = ["en", "vi", "th", "km", "id", "ms", "my", "lo", "fil", "zh"] as const;
/** A BCP 47 code of a language the advert lexicons cover. */
export type AdLanguage = (typeof adLanguages)[number];
