// The shape every selector takes once canonicalised, and the two ways of building it. A selector
// that cannot be parsed, or fails its checksum, is kept exactly as entered and marked: a caseworker
// still sees what was written, but the value never links two records (issue 6, "Bad input").

/** What an identifier is. A value may change kind while parsing: a wa.me link is a phone. */
export type SelectorKind =
  | "phone"
  | "email"
  | "handle"
  | "url"
  | "bank_account"
  | "ewallet"
  | "crypto"
  | "document";

/** Every kind, in a fixed order, for forms and tests. */
export const selectorKinds: readonly SelectorKind[] = [
  "phone",
  "email",
  "handle",
  "url",
  "bank_account",
  "ewallet",
  "crypto",
  "document",
];

/** Why a selector is not valid: a stable machine code, never personal data. */
export type SelectorProblem =
  | "empty"
  | "too_long"
  | "too_short"
  | "unparseable"
  | "unrecognised"
  | "checksum"
  | "no_country"
  | "no_platform"
  | "invalid_number"
  | "short_number";

/** A selector as entered plus the canonical form the engine correlates on. */
export interface CanonicalSelector {
  kind: SelectorKind;
  /** Exactly as entered, never altered. */
  entered: string;
  /** The canonical form; null when the value could not be parsed at all. */
  canonical: string | null;
  /** Platform (telegram, …), crypto network (bitcoin, …), e-wallet provider or document type. */
  platform?: string;
  /** ISO 3166-1 alpha-2: a phone's region, an IBAN's or a document's issuing country. */
  country?: string;
  /** False when unparseable or failing a checksum: kept and shown, never correlated. */
  valid: boolean;
  problem?: SelectorProblem;
  /** `${kind}:${canonical}` when valid, else null. Equal keys link records. */
  correlationKey: string | null;
}

/** Context the value alone does not carry. */
export interface SelectorOptions {
  /** ISO alpha-2 region for phone numbers written without +, e.g. "TH". */
  defaultCountry?: string;
  /** Document type, e.g. "passport", "national_id"; see `documentTypes`. */
  documentType?: string;
  /** ISO alpha-2 country that issued a document or holds a bank account. */
  issuingCountry?: string;
  /** Platform of a bare handle ("telegram"), provider of an e-wallet ("gcash"), crypto network. */
  platform?: string;
  /** Bank of a non-IBAN account: a BIC ("KASITHBK") or a short code ("KBANK"). */
  bank?: string;
}

/** Extra descriptive fields of a parsed selector. */
export interface SelectorDetail {
  platform?: string | undefined;
  country?: string | undefined;
}

/** A parsed, valid selector: its key is `${kind}:${canonical}`. */
export function acceptSelector(
  kind: SelectorKind,
  entered: string,
  canonical: string,
  detail: SelectorDetail = {},
): CanonicalSelector {
  return {
    kind,
    entered,
    canonical,
    ...definedDetail(detail),
    valid: true,
    correlationKey: `${kind}:${canonical}`,
  };
}

/** A selector kept as entered but never correlated; `canonical` is set when it parsed. */
export function rejectSelector(
  kind: SelectorKind,
  entered: string,
  problem: SelectorProblem,
  canonical: string | null = null,
  detail: SelectorDetail = {},
): CanonicalSelector {
  return {
    kind,
    entered,
    canonical,
    ...definedDetail(detail),
    valid: false,
    problem,
    correlationKey: null,
  };
}

function definedDetail(detail: SelectorDetail): { platform?: string; country?: string } {
  const out: { platform?: string; country?: string } = {};
  if (detail.platform) out.platform = detail.platform;
  if (detail.country) out.country = detail.country;
  return out;
}
