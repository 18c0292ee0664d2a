// The node's advert screening: the pure engine of @sahabat/ads with the linking capability's
// pieces plugged in (Zawgyi conversion, and selector canonicalisation for the phones, handles and
// links found), shared by `sahabat ads screen` and POST /api/ad-screenings.
import {
  type AdScreening,
  type CompiledLexicons,
  type ContactFinding,
  type Indicator,
  type Language,
  screenAdvert,
} from "@sahabat/ads";
import {
  type CanonicalSelector,
  canonicaliseSelector,
  convertZawgyiIfDetected,
  type SelectorOptions,
} from "@sahabat/linkage";

// The country of a phone number written without +: where adverts in that language are posted.
const phoneCountry: Partial<Record<Language, string>> = {
  vi: "VN",
  th: "TH",
  id: "ID",
  ms: "MY",
  fil: "PH",
  km: "KH",
  my: "MM",
  lo: "LA",
  zh: "CN",
};

/** A contact found in the advert, canonicalised as a selector of the linking capability. */
export interface FoundSelector {
  kind: CanonicalSelector["kind"];
  entered: string;
  canonical: string | null;
  platform: string | null;
  country: string | null;
  valid: boolean;
  problem: string | null;
  start: number;
  end: number;
  /** The options the value was canonicalised with, to record it on a case the same way. */
  options: SelectorOptions;
}

/** One advert's result as the CLI prints it and the API answers it. */
export interface AdScreeningView {
  id: string;
  flagged: boolean;
  score: number;
  lang: Language;
  indicators: Indicator[];
  reason: string;
  langSource: AdScreening["langSource"];
  categories: AdScreening["categories"];
  amounts: AdScreening["amounts"];
  selectors: FoundSelector[];
}

function selectorOf(contact: ContactFinding, lang: Language): FoundSelector {
  const options: SelectorOptions = {};
  if (contact.platform) options.platform = contact.platform;
  const country = phoneCountry[lang];
  if (contact.kind === "phone" && country) options.defaultCountry = country;
  const s = canonicaliseSelector(contact.kind, contact.text, options);
  return {
    kind: s.kind,
    entered: s.entered,
    canonical: s.canonical,
    platform: s.platform ?? null,
    country: s.country ?? null,
    valid: s.valid,
    problem: s.problem ?? null,
    start: contact.start,
    end: contact.end,
    options,
  };
}

/** Screens one advert; throws AdvertRefused (from @sahabat/ads) for a refused advert. */
export function screenAdvertForNode(
  advert: { id: string; text: string; lang?: string | null | undefined },
  lexicons?: CompiledLexicons,
): AdScreeningView {
  const r = screenAdvert(advert, {
    convertZawgyi: convertZawgyiIfDetected,
    ...(lexicons ? { lexicons } : {}),
  });
  return {
    id: advert.id,
    flagged: r.flagged,
    score: r.score,
    lang: r.lang,
    indicators: r.indicators,
    reason: r.reason,
    langSource: r.langSource,
    categories: r.categories,
    amounts: r.amounts,
    selectors: r.contacts.map((contact) => selectorOf(contact, r.lang)),
  };
}

/** The view without the canonicalisation options (what leaves the node). */
export function publicView(view: AdScreeningView) {
  return { ...view, selectors: view.selectors.map(({ options: _options, ...rest }) => rest) };
}
