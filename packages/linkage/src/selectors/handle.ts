// Bare handles ("@somchai_99", "telegram: somchai_99", "~lineid") on a named platform. A handle
// without a platform is kept but not correlated: the same name on two platforms is usually two
// different people.
import { canonicalisePhone } from "./phone.ts";
import { isKnownPlatform, normalisePlatform, rulesFor } from "./platforms.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** What resolving a handle needs from the caller. */
export interface HandleOptions {
  platform?: string | undefined;
  defaultCountry?: string | undefined;
}

const prefixed = /^([A-Za-z][A-Za-z _-]{0,19})\s*:\s*(.+)$/s;
const phoneLike = /^\+?[\d\s().-]{6,}$/;

/** Canonicalises a bare handle, platform from a "platform:" prefix or the options; never throws. */
export function canonicaliseHandle(
  entered: string,
  cleaned: string,
  options: HandleOptions = {},
): CanonicalSelector {
  let platform = normalisePlatform(options.platform);
  let name = cleaned;
  const match = prefixed.exec(cleaned);
  const named = normalisePlatform(match?.[1]);
  // A prefix names the platform when it is one we know, or the one the caller gave: this is how
  // a canonical form ("telegram:somchai_99") reads back to itself.
  if (
    match?.[2] !== undefined &&
    named !== undefined &&
    (isKnownPlatform(named) || named === platform)
  ) {
    platform = named;
    name = match[2].trim();
  }
  if (platform === undefined) return rejectSelector("handle", entered, "no_platform");
  return resolveHandle(entered, platform, name, options.defaultCountry);
}

/** A name on a known platform: a phone when the platform reads numbers as phones, else a handle. */
export function resolveHandle(
  entered: string,
  platform: string,
  name: string,
  defaultCountry?: string,
): CanonicalSelector {
  const rules = rulesFor(platform);
  const detail = { platform };
  if (rules.numbers !== "name" && phoneLike.test(name)) {
    const phone = canonicalisePhone(entered, name, {
      defaultCountry: defaultCountry ?? rules.defaultCountry,
      platform,
    });
    if (phone.valid || rules.numbers === "phone") return phone;
  }
  // "~" marks a LINE ID in links and "@" a mention everywhere; LINE's own "@" (official
  // accounts) is part of the ID and stays.
  const bare = platform === "line" ? name.replace(/^~/, "") : name.replace(/^@/, "");
  const folded = rules.fold(bare);
  if (!rules.pattern.test(folded)) {
    return rejectSelector("handle", entered, "unparseable", null, detail);
  }
  return acceptSelector("handle", entered, `${platform}:${folded}`, detail);
}
