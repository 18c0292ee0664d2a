/*
 * Recruitment-advert screening: a transparent rule and lexicon engine (no opaque model) that
 * finds indicators of trafficking in job adverts, each explained. Pure: no I/O, no clock, so it
 * runs the same on the server, in the CLI and in a browser.
 */
export { AMOUNT_THRESHOLD_RATIO, findAmounts, WAGES_VERSION } from "./amounts/parse.ts";
export { findContacts, hostOf } from "./contacts.ts";
export { detectLanguage, type LanguageGuess } from "./detect-language.ts";
export {
  AGENCY_ENTRY_FIRST,
  bundledLexicons,
  Lexicon,
  LexiconEntry,
  LexiconError,
  parseLexicon,
} from "./lexicons/index.ts";
export { type CompiledLexicons, compileLexicons } from "./match.ts";
export {
  buildBareView,
  buildMarkedView,
  normalisePhrase,
  type TextView,
  type ZawgyiConverter,
} from "./normalise/view.ts";
export {
  AdvertRefused,
  MAX_ADVERT_LENGTH,
  type ScreenOptions,
  screenAdvert,
  shippedLexicons,
} from "./screen.ts";
export * from "./types.ts";
