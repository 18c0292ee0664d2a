// The contract between name normalisation and everything that compares names (the scoring model,
// blocking keys, the server's duplicate check). Fields may be added; these ones keep their meaning.

/** ISO 15924 code of a name's dominant script; "Other" for anything we do not romanise. */
export type Script = "Latn" | "Thai" | "Laoo" | "Khmr" | "Mymr" | "Other";

/** A name as recorded: any part may be missing; `native` is the name as written in its own script. */
export interface NameParts {
  given?: string | undefined;
  family?: string | undefined;
  /** Other names (middle names, aliases as entered in one field). */
  other?: string | undefined;
  /** The whole name in its own script (Thai, Khmer, …), order as written. */
  native?: string | undefined;
  /** ISO 3166-1 alpha-2 country of the name's origin or nationality, when known (selects honorific and alias tables). */
  country?: string | undefined;
}

/** Every derived form of one person's name. The original is never changed; these are extra keys. */
export interface NormalisedName {
  /** The name exactly as entered (parts joined by a space, native form last). */
  original: string;
  /** Dominant script of the entered name. */
  script: Script;
  /** The native-script name, NFC, Zawgyi converted to Unicode, honorifics removed, syllables/words joined by single spaces; "" when none. */
  native: string;
  /** Latin key of the given name(s): lower-case ASCII words separated by single spaces; "" when missing. */
  given: string;
  /** Latin key of the family name; "" when missing (mononyms, most Burmese names). */
  family: string;
  /** Latin key of the whole name in the order entered (given, other, family, or romanised native). */
  full: string;
  /** Order-free set: distinct Latin tokens of the whole name, sorted, honorifics excluded. */
  tokens: string[];
  /** As `tokens` but keeping the ambiguous leading particles (Burmese Maung, Ma) that are also name syllables. */
  tokensWithParticles: string[];
  /** Honorifics and particles moved out of the name, as Latin keys ("u", "daw", "nai", "bin", …). */
  honorifics: string[];
  /** Malay/Indonesian father's name after bin/binti (Latin key), "" when none. */
  patronymic: string;
  /** True when the person has a single name (no family name), as is usual in Myanmar and parts of Indonesia. */
  mononym: boolean;
  /** True when there is no usable name: empty, or only a placeholder ("Baby", Lao "Eanoi", "Unknown"). */
  missing: boolean;
  /** Sorted distinct double-metaphone codes (primary and secondary) of the tokens. */
  phonetic: string[];
  /** Double-metaphone primary code of the first given-name token ("" when none): a blocking key. */
  givenPhonetic: string;
  /** Double-metaphone primary code of the family name's first token ("" when none): a blocking key. */
  familyPhonetic: string;
  /** Canonical alias-group keys of the given-name tokens (nicknames and variants share one key). */
  aliases: string[];
  /** `full` with the spaces removed: "Thi Da" and "Thida", "Aung San" and "Aungsan" meet here. */
  compact: string;
  /** `full` with every word reduced to its loose key (loose-key.ts): romanisation variants meet. */
  loose: string;
  /** Sorted distinct loose keys of `tokens` ("pitsanu", "pissanu", "pisanu" all give "pisanu"). */
  looseTokens: string[];
}
