// Identity documents: type, issuing country and number. The number is upper-cased with spaces,
// dashes, dots and slashes removed, so "AB 123-4567" and "ab1234567" link; letters of any script
// are kept (a Myanmar NRC written in Burmese stays Burmese, and does not link to its Latin
// transliteration). The canonical form `type:country:number` reads back to itself.
import { isValidSingaporeId, isValidThaiId } from "./check-digits.ts";
import { readMrz } from "./mrz.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** Document types a selector may name; anything else is "other". */
export const documentTypes = [
  "passport",
  "national_id",
  "birth_certificate",
  "residence_permit",
  "work_permit",
  "travel_document",
  "refugee_card",
  "household_registration",
  "driving_licence",
  "other",
] as const;
/** One of `documentTypes`. */
export type DocumentType = (typeof documentTypes)[number];

const typeAliases: Readonly<Record<string, DocumentType>> = {
  id: "national_id",
  id_card: "national_id",
  identity_card: "national_id",
  nrc: "national_id",
  cccd: "national_id",
  cmnd: "national_id",
  mykad: "national_id",
  ktp: "national_id",
  nik: "national_id",
  nric: "national_id",
  birth_cert: "birth_certificate",
  driving_license: "driving_licence",
};

// ICAO alpha-3 issuing states seen in the region's cases; others keep no country.
const alpha3: Readonly<Record<string, string>> = {
  THA: "TH",
  VNM: "VN",
  KHM: "KH",
  MMR: "MM",
  LAO: "LA",
  MYS: "MY",
  IDN: "ID",
  PHL: "PH",
  SGP: "SG",
  BRN: "BN",
  TLS: "TL",
  CHN: "CN",
  IND: "IN",
  BGD: "BD",
  LKA: "LK",
  NPL: "NP",
  PAK: "PK",
  KOR: "KR",
  JPN: "JP",
  TWN: "TW",
  HKG: "HK",
  MAC: "MO",
  AUS: "AU",
  NZL: "NZ",
  USA: "US",
  GBR: "GB",
  D: "DE",
  FRA: "FR",
  RUS: "RU",
  ARE: "AE",
  SAU: "SA",
  QAT: "QA",
};

/** What a document needs from the caller. */
export interface DocumentOptions {
  documentType?: string | undefined;
  issuingCountry?: string | undefined;
}

const canonicalForm = /^([a-z_]+):([A-Z]{2})?:([\p{L}\p{N}]+)$/u;

/** Canonicalises a document number, checking check digits where defined; never throws. */
export function canonicaliseDocument(
  entered: string,
  cleaned: string,
  options: DocumentOptions = {},
): CanonicalSelector {
  const again = canonicalForm.exec(cleaned);
  if (again !== null && toDocumentType(again[1]) === again[1]) {
    return checkDocument(entered, again[1] as DocumentType, again[2], again[3] ?? "");
  }
  let type = toDocumentType(options.documentType);
  let country = toCountry(options.issuingCountry);
  if (cleaned.includes("<")) {
    const mrz = readMrz(cleaned);
    if (mrz === null)
      return rejectSelector("document", entered, "unparseable", null, { platform: type });
    if (mrz.documentCode?.startsWith("P")) type = "passport";
    else if (mrz.documentCode?.startsWith("I") && options.documentType === undefined)
      type = "national_id";
    country = toCountry(mrz.issuingState) ?? country;
    const canonical = `${type}:${country ?? ""}:${mrz.number}`;
    if (!mrz.checksOk)
      return rejectSelector("document", entered, "checksum", canonical, {
        platform: type,
        country,
      });
    return checkDocument(entered, type, country, mrz.number);
  }
  const number = cleaned.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
  return checkDocument(entered, type, country, number);
}

function checkDocument(
  entered: string,
  type: DocumentType,
  country: string | undefined,
  number: string,
): CanonicalSelector {
  const detail = { platform: type, country };
  if (number.length < 4)
    return rejectSelector("document", entered, number ? "too_short" : "empty", null, detail);
  if (number.length > 30) return rejectSelector("document", entered, "too_long", null, detail);
  const canonical = `${type}:${country ?? ""}:${number}`;
  const problem = checkDigitProblem(type, country, number);
  if (problem !== undefined) return rejectSelector("document", entered, problem, canonical, detail);
  return acceptSelector("document", entered, canonical, detail);
}

// Thai birth certificates and house registrations carry the holder's 13-digit id, with its check
// digit; a Thai national id of another length cannot be one. Undefined: nothing to check.
function checkDigitProblem(
  type: DocumentType,
  country: string | undefined,
  number: string,
): "checksum" | "invalid_number" | undefined {
  const personal =
    type === "national_id" || type === "birth_certificate" || type === "household_registration";
  if (country === "TH" && personal && /^\d{13}$/.test(number)) {
    return isValidThaiId(number) ? undefined : "checksum";
  }
  if (country === "TH" && type === "national_id") return "invalid_number";
  if (country === "SG" && type === "national_id") {
    if (!/^[STFGM]\d{7}[A-Z]$/.test(number)) return "invalid_number";
    return isValidSingaporeId(number) === false ? "checksum" : undefined;
  }
  return undefined;
}

/** A document type from free text: "Passport", "ID card", "CCCD" → its `DocumentType`. */
export function toDocumentType(text: string | undefined): DocumentType {
  const slug = (text ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if ((documentTypes as readonly string[]).includes(slug)) return slug as DocumentType;
  return typeAliases[slug] ?? "other";
}

function toCountry(text: string | undefined): string | undefined {
  const code = text?.trim().toUpperCase().replace(/<+$/, "");
  if (code === undefined || code.length === 0) return undefined;
  if (/^[A-Z]{2}$/.test(code)) return code;
  return alpha3[code];
}
