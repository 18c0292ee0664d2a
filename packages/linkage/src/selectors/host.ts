// Host names as one form: lower-case, IDNA (punycode) via the URL parser, so a Thai or Vietnamese
// domain typed in its own script and its xn-- form are the same host.
import { getDomain, parse } from "tldts";

/**
 * The ASCII host name, or null unless it is an IP address or ends in an ICANN public suffix.
 * tldts accepts any last label as a suffix by default, so "john.doe" (a Facebook name) would
 * otherwise pass as a host.
 */
export function normaliseHost(host: string): string | null {
  if (host.length === 0 || /[\s/\\?#@]/.test(host)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname.replace(/\.$/, "");
  } catch {
    return null;
  }
  if (ascii.startsWith("[")) return ascii;
  if (ascii.length === 0 || ascii.includes("..") || ascii.endsWith(".")) return null;
  // The URL parser turns "1703" or "0.2288195" into IPv4 addresses; only an address already
  // written as four numbers is taken as one.
  if (/^[\d.]+$/.test(ascii))
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) && host === ascii ? ascii : null;
  const parts = parse(ascii);
  return parts.domain !== null && parts.isIcann === true ? ascii : null;
}

/** The registrable domain ("facebook.com" for "m.facebook.com"), or the host itself. */
export function registrableDomain(host: string): string {
  return getDomain(host) ?? host;
}
