// URLs: a profile link on a known platform becomes that platform's handle (or, for wa.me and
// friends, a phone), so "t.me/Somchai_99" and "@somchai_99 on Telegram" link. Any other URL becomes
// host + path + query without the parts that vary between two copies of one link: scheme, www./m.,
// trackers, fragment, trailing slash.
import { normaliseHost, registrableDomain } from "./host.ts";
import { platformOfHost, primaryHost } from "./platforms.ts";
import { profileSelector } from "./profile-links.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** What a URL needs from the caller: the region of a local number in a zalo.me link. */
export interface UrlOptions {
  defaultCountry?: string | undefined;
}

const mobilePrefixes = /^(www\d?|m|mobile|web|mbasic|touch)\./;

// Parameters added by the sharing app, not part of the address: two copies of one link differ in
// them. Anything else in the query may select content and is kept, sorted.
const trackers =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|yclid|igshid|igsh|mibextid|si|ref|ref_src|ref_url|_rdr|rdid|share_id|sharer_id|_ga|mc_cid|mc_eid|is_from_webapp|sender_device)$/i;

/** True for text that reads as a web address rather than a name or a number. */
export function looksLikeUrl(text: string): boolean {
  if (/^(https?:\/\/|tg:\/\/)/i.test(text)) return true;
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]\S*)?$/i.exec(text)?.[1];
  // Without a scheme a host needs a letter: the URL parser reads "0.2288195" as an IPv4 address,
  // and that is a phone number typed with a dot.
  return host !== undefined && /[a-z]/i.test(host) && normaliseHost(host) !== null;
}

/** Canonicalises a URL; never throws. */
export function canonicaliseUrl(
  entered: string,
  cleaned: string,
  options: UrlOptions = {},
): CanonicalSelector {
  const url = parseUrl(cleaned);
  // A user name in a URL ("https://tiktok:@evil.example") hides the real host: refused.
  if (url === null || url.username !== "" || url.password !== "") {
    return rejectSelector("url", entered, "unparseable");
  }
  if (url.protocol === "tg:") {
    const name = url.searchParams.get("domain");
    if (url.hostname === "resolve" && name !== null) {
      return (
        profileSelector(entered, "telegram", "t.me", [name], url, options.defaultCountry) ??
        rejectSelector("url", entered, "unparseable")
      );
    }
    return rejectSelector("url", entered, "unparseable", null, { platform: "telegram" });
  }
  const ascii = normaliseHost(url.hostname);
  if (ascii === null) return rejectSelector("url", entered, "unparseable");
  const host = primaryHost(stripMobilePrefix(ascii));
  const platform = platformOfHost(host);
  const segments = pathSegments(url.pathname);
  if (platform !== undefined && segments !== null) {
    const profile = profileSelector(entered, platform, host, segments, url, options.defaultCountry);
    if (profile !== undefined) return profile;
  }
  const port = url.port === "" ? "" : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, "");
  const query = canonicalQuery(url.searchParams);
  return acceptSelector("url", entered, `${host}${port}${path}${query}`, { platform });
}

function parseUrl(text: string): URL | null {
  if (/\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ["http:", "https:", "tg:"].includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

// "m.facebook.com" → "facebook.com", but never below the registrable domain: "m.me" stays.
function stripMobilePrefix(host: string): string {
  const stripped = host.replace(mobilePrefixes, "");
  return stripped !== host &&
    registrableDomain(host) === registrableDomain(stripped) &&
    stripped.includes(".")
    ? stripped
    : host;
}

function pathSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([key]) => !trackers.test(key));
  if (kept.length === 0) return "";
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `?${new URLSearchParams(kept).toString()}`;
}
