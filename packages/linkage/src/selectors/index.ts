/*
 * Selectors: the identifiers that link people and cases across agencies (phones, handles and
 * URLs, e-mail, bank accounts, e-wallets, crypto addresses, identity documents), canonicalised so
 * that two spellings of one identifier link, and checked so that a mistyped one links nothing.
 * Pure: no I/O, no clock.
 */
export { canonicaliseSelector, detectKind } from "./canonicalise.ts";
export { icaoCheckDigit, isValidSingaporeId, isValidThaiId } from "./check-digits.ts";
export {
  buildExclusionSet,
  type CorrelationDecision,
  type CorrelationGuard,
  DEFAULT_OVER_CORRELATION_LIMIT,
  decideCorrelation,
  type ExcludedValue,
} from "./correlation.ts";
export { eip55Checksummed } from "./crypto.ts";
export { type DocumentType, documentTypes, toDocumentType } from "./document.ts";
export { normalisePlatform } from "./platforms.ts";
export { MAX_SELECTOR_LENGTH } from "./text.ts";
export {
  type CanonicalSelector,
  type SelectorKind,
  type SelectorOptions,
  type SelectorProblem,
  selectorKinds,
} from "./types.ts";
