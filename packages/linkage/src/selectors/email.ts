// E-mail addresses. The whole address is lower-cased, local part included: RFC 5321 lets a server
// treat the local part as case-sensitive, but no mail provider in use in the region does, and two
// caseworkers copying one address from a phone screen will not agree on its capitals.
import { normaliseHost } from "./host.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

// Providers that deliver `name+anything@` to `name@`: the tag is the same mailbox, so it is
// dropped. Only for these providers, because elsewhere `+` may be part of a distinct address.
const plusTagProviders = new Set([
  "gmail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "proton.me",
  "protonmail.com",
  "fastmail.com",
]);

// Gmail ignores dots in the local part (j.doe@ and jdoe@ are one mailbox) and googlemail.com is
// the same service; other providers treat dots as significant, so dots are kept there.
const gmailDomains = new Set(["gmail.com", "googlemail.com"]);

/** Canonicalises an e-mail address; never throws. */
export function canonicaliseEmail(entered: string, cleaned: string): CanonicalSelector {
  const text = cleaned.replace(/^mailto:/i, "").trim();
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1 || text.indexOf("@") !== at || /\s/.test(text)) {
    return rejectSelector("email", entered, "unparseable");
  }
  let local = text.slice(0, at).toLowerCase();
  let domain = normaliseHost(text.slice(at + 1));
  if (domain === null || local.length > 64 || /^\.|\.$|\.\./.test(local)) {
    return rejectSelector("email", entered, "unparseable");
  }
  if (gmailDomains.has(domain)) {
    domain = "gmail.com";
    local = local.replace(/\./g, "");
  }
  if (plusTagProviders.has(domain)) local = local.replace(/\+.*$/, "");
  if (local.length === 0) return rejectSelector("email", entered, "unparseable");
  return acceptSelector("email", entered, `${local}@${domain}`);
}
