// Name normalisation for record linkage (issue 6, "Names"): every derived key of a person's name,
// the original kept. Pure: no I/O, no clock; the alias table is the only state (loadAliasData).
export {
  type AliasData,
  type AliasGroup,
  aliasKey,
  aliasKeys,
  isAliasGroupKey,
  loadAliasData,
} from "./aliases.ts";
export { isAmbiguousParticle } from "./honorifics.ts";
export { latinKey } from "./latin-key.ts";
export { looseToken } from "./loose-key.ts";
export { normaliseName } from "./normalise.ts";
export { phoneticCodes } from "./phonetic.ts";
export { romaniseBurmese, romaniseKhmer, romaniseLao, romaniseThai } from "./romanise/index.ts";
export { detectScript } from "./script.ts";
export type { NameParts, NormalisedName, Script } from "./types.ts";
export { vowelKey, vowelKeyToken } from "./vowel-key.ts";
export { convertZawgyiIfDetected, isZawgyi } from "./zawgyi.ts";
