// The screening instrument's languages. They live here, not in @sahabat/screening, because the
// wire schema of a screening (its interview language) needs them and packages may import only
// `shared` (STYLE.md); @sahabat/screening reads them from here.

/** The languages every question of the screening instrument is written in. English is the source. */
export const instrumentLanguages = ["en", "vi", "th", "km", "id", "ms", "my", "lo", "fil"] as const;
/** One of the instrument's languages (ISO 639-1, Filipino ISO 639-2). */
export type InstrumentLanguage = (typeof instrumentLanguages)[number];
