import { aliasKeys, expandAbbreviation } from "./aliases.ts";
import { isAmbiguousParticle } from "./honorifics.ts";
import { looseToken } from "./loose-key.ts";
import { findPatronymicMarker, isPatronymicMarker, joinParticles } from "./particles.ts";
import { phoneticCodes, phoneticSet } from "./phonetic.ts";
import { isPlaceholder } from "./placeholders.ts";
import { countryOfScript, type ReadPart, readPart } from "./read-part.ts";
import { detectScript } from "./script.ts";
import type { NameParts, NormalisedName, Script } from "./types.ts";

const text = (value: unknown): string => (typeof value === "string" ? value : "");
// Token lists are short: sorting then skipping neighbours beats building a Set.
function sortedDistinct(values: string[]): string[] {
  const sorted = values.sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  }
  sorted.length = kept;
  return sorted;
}

function countryOf(parts: NameParts): string | undefined {
  const raw = text(parts.country).trim().toUpperCase();
  return /^[A-Z]{2}$/.test(raw) ? raw : undefined;
}

/** Where the family name sits when a name arrives whole (native only): reference §1. */
function familyPosition(script: Script, country: string | undefined): "first" | "last" | "none" {
  if (script === "Khmr" || country === "KH" || country === "VN" || country === "CN") return "first";
  if (
    script === "Mymr" ||
    country === "MM" ||
    country === "ID" ||
    country === "MY" ||
    country === "BN"
  ) {
    return "none";
  }
  return "last";
}

interface Parts {
  given: string[];
  other: string[];
  family: string[];
  patronymic: string[];
}

// Malay/Indonesian bin/binti: the father's name is a patronymic, not a family name.
function splitPatronymic(p: Parts, country: string | undefined, honorifics: string[]): void {
  const inGiven = findPatronymicMarker(p.given, country);
  if (inGiven !== undefined) {
    const [at, length] = inGiven;
    honorifics.push(p.given.slice(at, at + length).join(""));
    p.patronymic = p.given.slice(at + length);
    p.given = p.given.slice(0, at);
    if (p.family.join(" ") === p.patronymic.join(" ")) p.family = [];
  } else if (p.family.length > 1 && isPatronymicMarker(p.family[0]!, country)) {
    honorifics.push(p.family[0]!);
    p.patronymic = p.family.slice(1);
    p.family = [];
  } else if (p.given.length > 1 && isPatronymicMarker(p.given.at(-1)!) && p.family.length > 0) {
    honorifics.push(p.given.at(-1)!);
    p.given = p.given.slice(0, -1);
    p.patronymic = p.family;
    p.family = [];
  }
}

function tidy(tokens: string[], country: string | undefined): string[] {
  if (tokens.length === 0) return tokens;
  const joined = country === "VN" ? tokens : joinParticles(tokens);
  const expanded = joined.map((t) => expandAbbreviation(t, country));
  return isPlaceholder(expanded) ? [] : expanded;
}

// A name given only in its own script: split given and family by the script's convention.
function partsFromNative(native: ReadPart, country: string | undefined): Parts {
  const words = native.tokens;
  const position = familyPosition(native.script, country);
  if (position === "none" || words.length < 2) {
    return { given: words, other: [], family: [], patronymic: [] };
  }
  return position === "first"
    ? { given: words.slice(1), other: [], family: words.slice(0, 1), patronymic: [] }
    : { given: words.slice(0, 1), other: [], family: words.slice(1), patronymic: [] };
}

/** Native segments of a part, unless its romanised tokens were all dropped as a placeholder. */
function segmentsOf(part: ReadPart, kept: string[]): string[] {
  return part.tokens.length > 0 && kept.length === 0 ? [] : part.nativeSegments;
}

function normaliseUnchecked(input: NameParts): NormalisedName {
  const raw = [text(input.given), text(input.other), text(input.family), text(input.native)];
  const original = raw.filter((r) => r.length > 0).join(" ");
  const script = detectScript(original);
  const country = countryOf(input) ?? countryOfScript(script);
  const honorifics: string[] = [];
  const given = readPart(raw[0]!, country, honorifics, true);
  const other = readPart(raw[1]!, country, honorifics, given.tokens.length === 0);
  const family = readPart(raw[2]!, country, honorifics, false);
  const hasLatinParts = given.tokens.length + other.tokens.length + family.tokens.length > 0;
  const native = readPart(raw[3]!, country, hasLatinParts ? [] : honorifics, true);
  const p: Parts = hasLatinParts
    ? { given: given.tokens, other: other.tokens, family: family.tokens, patronymic: [] }
    : partsFromNative(native, country);
  splitPatronymic(p, country, honorifics);
  p.given = tidy(p.given, country);
  p.other = tidy(p.other, country);
  p.family = tidy(p.family, country);
  p.patronymic = tidy(p.patronymic, country);
  // A mononym copied into both fields ("Suci" / "Suci") is one name.
  if (p.family.length > 0 && p.family.join(" ") === p.given.join(" ")) p.family = [];
  const nativeTokens = tidy(native.tokens, country);
  // The native form comes from the native field, else from parts written in their own script; a
  // placeholder (ทารก, "infant") is dropped there too, so it cannot match exactly.
  const nativeSegments =
    raw[3]!.length > 0
      ? segmentsOf(native, nativeTokens)
      : hasLatinParts
        ? [
            ...segmentsOf(given, p.given),
            ...segmentsOf(other, p.other),
            ...segmentsOf(family, p.family),
          ]
        : [];
  return assemble(original, script, country, p, nativeTokens, nativeSegments, honorifics);
}

function assemble(
  original: string,
  script: Script,
  country: string | undefined,
  p: Parts,
  nativeTokens: string[],
  nativeSegments: string[],
  honorifics: string[],
): NormalisedName {
  const ordered = [...p.given, ...p.patronymic, ...p.other, ...p.family];
  const tokens = sortedDistinct([...ordered, ...nativeTokens]);
  const ambiguous = honorifics.filter(isAmbiguousParticle);
  const full = ordered.join(" ");
  const missing = tokens.length === 0 && nativeSegments.length === 0;
  return {
    original,
    script,
    native: nativeSegments.join(" "),
    given: p.given.join(" "),
    family: p.family.join(" "),
    full,
    tokens,
    tokensWithParticles:
      ambiguous.length === 0 ? tokens : sortedDistinct([...tokens, ...ambiguous]),
    honorifics,
    patronymic: p.patronymic.join(" "),
    mononym: !missing && p.family.length === 0 && p.given.length > 0,
    missing,
    phonetic: phoneticSet(tokens),
    givenPhonetic: p.given.length > 0 ? phoneticCodes(p.given[0]!)[0] : "",
    familyPhonetic: p.family.length > 0 ? phoneticCodes(p.family[0]!)[0] : "",
    aliases: sortedDistinct(p.given.flatMap((t) => aliasKeys(t, country))),
    compact: ordered.join(""),
    loose: ordered.map(looseToken).join(" "),
    looseTokens: sortedDistinct(tokens.map(looseToken)),
  };
}

/**
 * Derives every comparison key of one person's name (see NormalisedName). Pure and total: any
 * input, including non-strings, lone surrogates and huge text, gives a result, never an exception.
 */
export function normaliseName(parts: NameParts): NormalisedName {
  const input = typeof parts === "object" && parts !== null ? parts : {};
  try {
    return normaliseUnchecked(input);
  } catch {
    // A bug in a romanisation table must not stop a registration: fall back to an empty name.
    return assemble(
      text(input.given),
      "Other",
      undefined,
      { given: [], other: [], family: [], patronymic: [] },
      [],
      [],
      [],
    );
  }
}
