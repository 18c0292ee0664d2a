// Which paths of each platform's links name an account. Paths that name a post, a group, a QR code
// or a short link are opaque or not a person, and stay URLs (undefined here).
import { resolveHandle } from "./handle.ts";
import { canonicalisePhone } from "./phone.ts";
import { acceptSelector, type CanonicalSelector } from "./types.ts";

type ProfileReader = (
  entered: string,
  host: string,
  segments: string[],
  url: URL,
  defaultCountry: string | undefined,
) => CanonicalSelector | undefined;

// First path segments that are site sections, not account names.
const reserved: Readonly<Record<string, ReadonlySet<string>>> = {
  facebook: new Set(
    "groups events marketplace watch share sharer sharer.php photo.php story.php permalink.php hashtag login help policies messages reel videos photos gaming pages people p profile.php home.php search settings notifications friends privacy legal".split(
      " ",
    ),
  ),
  instagram: new Set(
    "p reel reels tv explore accounts direct about developer legal stories".split(" "),
  ),
  x: new Set(
    "i home search intent hashtag explore settings messages share login notifications compose tos privacy".split(
      " ",
    ),
  ),
};

/** The handle or phone a platform link names, or undefined when it names no account. */
export function profileSelector(
  entered: string,
  platform: string,
  host: string,
  segments: string[],
  url: URL,
  defaultCountry: string | undefined,
): CanonicalSelector | undefined {
  return readers[platform]?.(entered, host, segments, url, defaultCountry);
}

const readers: Readonly<Record<string, ProfileReader>> = {
  facebook: (entered, host, [first, second, third], url) => {
    if (host === "m.me" || host === "messenger.com") {
      return handleOrNothing(entered, "facebook", first === "t" ? second : first);
    }
    if (first === "profile.php") {
      return handleOrNothing(entered, "facebook", url.searchParams.get("id") ?? undefined);
    }
    if ((first === "people" || first === "pages") && third !== undefined && /^\d+$/.test(third)) {
      return handleOrNothing(entered, "facebook", third);
    }
    // New-style profile links end the name with the numeric id: /p/Somchai-Jaidee-100012345678/.
    if (first === "p")
      return handleOrNothing(entered, "facebook", /(\d{6,})$/.exec(second ?? "")?.[1]);
    return reserved.facebook?.has(first?.toLowerCase() ?? "")
      ? undefined
      : handleOrNothing(entered, "facebook", first);
  },
  telegram: (entered, _host, [first, second]) => {
    if (first === "s") return handleOrNothing(entered, "telegram", second);
    if (first === "joinchat" && second !== undefined) {
      return acceptSelector("url", entered, `t.me/+${second}`, { platform: "telegram" });
    }
    // t.me/+66812345678 opens a chat by phone number; t.me/+AbCd… is an invite link.
    if (first !== undefined && /^\+\d{6,15}$/.test(first)) {
      return canonicalisePhone(entered, first, { platform: "telegram" });
    }
    return first?.startsWith("+") ? undefined : handleOrNothing(entered, "telegram", first);
  },
  whatsapp: (entered, host, [first, second], url) => {
    // In a query string a "+" reads as a space: "phone=+66…" arrives as " 66…".
    const phone = (host === "wa.me" ? first : url.searchParams.get("phone"))?.trim();
    const reachable =
      host === "wa.me" || ((first === undefined || first === "send") && second === undefined);
    // wa.me and send?phone= always carry the full international number, without "+".
    if (reachable && phone !== undefined && /^\+?\d{6,15}$/.test(phone)) {
      return canonicalisePhone(entered, `+${phone.replace(/^\+/, "")}`, { platform: "whatsapp" });
    }
    return undefined;
  },
  line: (entered, host, segments) => {
    if (host === "page.line.me" && segments.length === 1) {
      return handleOrNothing(entered, "line", `@${segments[0]?.replace(/^@/, "")}`);
    }
    const path = segments.join("/");
    const id = /^(?:r\/)?ti\/p\/([~@].+)$/i.exec(path)?.[1];
    return host === "line.me" ? handleOrNothing(entered, "line", id) : undefined;
  },
  zalo: (entered, host, segments, _url, defaultCountry) => {
    const [first] = segments;
    if (host !== "zalo.me" || segments.length !== 1 || first === undefined) return undefined;
    const found = resolveHandle(entered, "zalo", first, defaultCountry);
    return found.valid ? found : undefined;
  },
  tiktok: (entered, host, [first]) =>
    host === "tiktok.com" && first?.startsWith("@")
      ? handleOrNothing(entered, "tiktok", first)
      : undefined,
  instagram: (entered, _host, [first, second]) => {
    if (first === "stories" && second !== undefined)
      return handleOrNothing(entered, "instagram", second);
    return reserved.instagram?.has(first ?? "")
      ? undefined
      : handleOrNothing(entered, "instagram", first);
  },
  x: (entered, _host, [first, second], url) => {
    if (first === "intent" && second === "user") {
      return handleOrNothing(entered, "x", url.searchParams.get("screen_name") ?? undefined);
    }
    return reserved.x?.has(first?.toLowerCase() ?? "")
      ? undefined
      : handleOrNothing(entered, "x", first);
  },
};

// A path segment that is not a valid name on the platform is left to the URL form, where it is
// still correlated on exact address.
function handleOrNothing(
  entered: string,
  platform: string,
  name: string | undefined,
): CanonicalSelector | undefined {
  if (name === undefined) return undefined;
  const found = resolveHandle(entered, platform, name);
  return found.valid && found.kind === "handle" ? found : undefined;
}
