// Bank accounts. IBANs carry an ISO 13616 mod-97 checksum and are checked with ibantools. No ASEAN
// country issues IBANs: their account numbers have no public check digit and are unique only
// within one bank, so the bank and country, when given, qualify the number to keep two banks'
// identical numbers apart.
import { electronicFormatIBAN, isValidBIC, ValidationErrorsIBAN, validateIBAN } from "ibantools";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** The qualifiers of a non-IBAN account number. */
export interface BankOptions {
  /** A BIC ("KASITHBK") or a short bank code ("KBANK"). */
  bank?: string | undefined;
  issuingCountry?: string | undefined;
}

const ibanLike = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
// The canonical qualified form, read back: "TH:KASI:1234567890", ":KBANK:…", "TH::…".
const qualifiedForm = /^([A-Z]{2})?:([A-Z0-9]{0,20}):(\d+)$/;

/** Canonicalises a bank account number or IBAN; never throws. */
export function canonicaliseBankAccount(
  entered: string,
  cleaned: string,
  options: BankOptions = {},
): CanonicalSelector {
  const upper = cleaned.toUpperCase();
  const qualified = qualifiedForm.exec(upper.replace(/\s/g, ""));
  if (qualified !== null) {
    return accountNumber(entered, qualified[3] ?? "", qualified[2] || undefined, qualified[1]);
  }
  const compact = upper.replace(/[\s./-]/g, "");
  if (ibanLike.test(compact)) return iban(entered, compact);
  const { bank, country } = qualifiers(options);
  return accountNumber(entered, compact, bank, country);
}

function iban(entered: string, compact: string): CanonicalSelector {
  const canonical = electronicFormatIBAN(compact) ?? compact;
  const country = canonical.slice(0, 2);
  const result = validateIBAN(canonical);
  if (result.valid) return acceptSelector("bank_account", entered, canonical, { country });
  const problem = result.errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)
    ? "checksum"
    : "unparseable";
  return rejectSelector("bank_account", entered, problem, canonical, { country });
}

function accountNumber(
  entered: string,
  digits: string,
  bank: string | undefined,
  country: string | undefined,
): CanonicalSelector {
  if (!/^\d+$/.test(digits)) return rejectSelector("bank_account", entered, "unparseable");
  // Leading zeros are part of an account number and are kept.
  if (digits.length < 6) return rejectSelector("bank_account", entered, "too_short");
  if (digits.length > 34) return rejectSelector("bank_account", entered, "too_long");
  const canonical =
    bank === undefined && country === undefined
      ? digits
      : `${country ?? ""}:${bank ?? ""}:${digits}`;
  return acceptSelector("bank_account", entered, canonical, { country, platform: bank });
}

// A BIC names the bank by its first four letters and the country by the next two; the branch
// suffix is dropped because an account number is unique across a bank's branches.
function qualifiers(options: BankOptions): { bank?: string; country?: string } {
  const bank =
    options.bank
      ?.toUpperCase()
      .replace(/[^A-Z0-9]/g, "")
      .slice(0, 20) || undefined;
  const given = options.issuingCountry?.trim().toUpperCase();
  const country = given !== undefined && /^[A-Z]{2}$/.test(given) ? given : undefined;
  if (bank !== undefined && isValidBIC(bank)) {
    return { bank: bank.slice(0, 4), country: country ?? bank.slice(4, 6) };
  }
  return { ...(bank && { bank }), ...(country && { country }) };
}
