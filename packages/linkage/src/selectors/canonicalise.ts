// The one entry point: any kind, any string, never a throw. Each kind has its own module; this
// file cleans the text, guesses the kind when asked ("auto"), and turns any unforeseen failure
// into a marked, uncorrelated selector rather than an error that would lose what was entered.
import { canonicaliseBankAccount } from "./bank.ts";
import { canonicaliseCrypto, cryptoNetworkOf } from "./crypto.ts";
import { canonicaliseDocument } from "./document.ts";
import { canonicaliseEmail } from "./email.ts";
import { canonicaliseEwallet } from "./ewallet.ts";
import { canonicaliseHandle } from "./handle.ts";
import { canonicalisePhone } from "./phone.ts";
import { isKnownPlatform, normalisePlatform } from "./platforms.ts";
import { cleanSelectorText, isOverlong } from "./text.ts";
import {
  type CanonicalSelector,
  rejectSelector,
  type SelectorKind,
  type SelectorOptions,
} from "./types.ts";
import { canonicaliseUrl, looksLikeUrl } from "./url.ts";

/**
 * Canonicalises a selector for correlation. The result's kind may differ from the one asked for
 * (a wa.me link is a phone; a t.me link is a handle); with "auto" the kind is guessed from the
 * value's shape, and an unrecognisable value comes back as an invalid handle. Never throws.
 */
export function canonicaliseSelector(
  kind: SelectorKind | "auto",
  value: string,
  options: SelectorOptions = {},
): CanonicalSelector {
  const entered = typeof value === "string" ? value : "";
  const fallbackKind: SelectorKind = kind === "auto" ? "handle" : kind;
  if (isOverlong(entered)) return rejectSelector(fallbackKind, entered, "too_long");
  try {
    const cleaned = cleanSelectorText(entered);
    if (cleaned.length === 0) return rejectSelector(fallbackKind, entered, "empty");
    const resolved = kind === "auto" ? detectKind(cleaned, options) : kind;
    if (resolved === undefined) return rejectSelector("handle", entered, "unrecognised");
    return canonicaliseAs(resolved, entered, cleaned, options);
  } catch {
    return rejectSelector(fallbackKind, entered, "unparseable");
  }
}

function canonicaliseAs(
  kind: SelectorKind,
  entered: string,
  cleaned: string,
  options: SelectorOptions,
): CanonicalSelector {
  switch (kind) {
    case "phone":
      return looksLikeUrl(cleaned)
        ? canonicaliseUrl(entered, cleaned, options)
        : canonicalisePhone(entered, cleaned, options);
    case "email":
      return canonicaliseEmail(entered, cleaned);
    case "handle":
      return looksLikeUrl(cleaned)
        ? canonicaliseUrl(entered, cleaned, options)
        : canonicaliseHandle(entered, cleaned, options);
    case "url":
      return canonicaliseUrl(entered, cleaned, options);
    case "bank_account":
      return canonicaliseBankAccount(entered, cleaned, options);
    case "ewallet":
      return canonicaliseEwallet(entered, cleaned, options);
    case "crypto":
      return canonicaliseCrypto(entered, cleaned, options.platform);
    case "document":
      return canonicaliseDocument(entered, cleaned, options);
  }
}

/**
 * The kind a value's shape suggests, or undefined when nothing fits. A value of no distinctive
 * shape is a document when the options name a document type, an account when they name a bank:
 * pass those options only with values of that kind.
 */
export function detectKind(
  cleaned: string,
  options: SelectorOptions = {},
): SelectorKind | undefined {
  const compact = cleaned.replace(/\s/g, "");
  if (/^mailto:/i.test(cleaned) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cleaned)) return "email";
  // Only values with a letter: a long all-digit string is an account number, not base58.
  if (/^(bitcoin|ethereum|tron):/i.test(cleaned)) return "crypto";
  if (/[a-z]/i.test(compact) && cryptoNetworkOf(compact) !== undefined) return "crypto";
  if (cleaned.includes("<<") || (/^[A-Z0-9<]{9}\d$/.test(compact) && compact.includes("<")))
    return "document";
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/i.test(compact.replace(/[.-]/g, ""))) return "bank_account";
  if (looksLikeUrl(cleaned)) return "url";
  const prefix = /^([A-Za-z][A-Za-z _-]{0,19})\s*:/.exec(cleaned)?.[1];
  const named = normalisePlatform(prefix);
  if (cleaned.startsWith("@") || (named !== undefined && isKnownPlatform(named))) return "handle";
  // A document type or a bank named by the caller says what a bare number is.
  if (options.documentType !== undefined) return "document";
  if (options.bank !== undefined) return "bank_account";
  if (/^[+(]?[\d\s()./-]{6,}$/.test(cleaned)) return "phone";
  return options.platform === undefined ? undefined : "handle";
}
