// The messaging and social platforms recruiters use in the region, with each one's rules for the
// names it hands out. Case and punctuation rules come from the platforms' own help pages: a name
// that the platform treats as the same account must give one canonical form, and only those.

/** How a bare number entered as a handle on this platform is read. */
type NumberReading = "phone" | "phone_or_id" | "name";

/** One platform's naming rules. */
export interface HandlePlatform {
  /** Tested on the folded name. */
  pattern: RegExp;
  /** Folds the name to the platform's notion of "the same account". */
  fold: (name: string) => string;
  numbers: NumberReading;
  /** Region of a local phone number when the caller gives none (Zalo is Vietnamese). */
  defaultCountry?: string;
}

const lower = (name: string) => name.toLowerCase();

/** Platforms with known rules; any other platform name is accepted with `genericPlatform`. */
export const handlePlatforms: Readonly<Record<string, HandlePlatform>> = {
  // "Periods and capitalisation don't count as part of a username" (Facebook Help Centre); an
  // all-digit value is a numeric profile id, global across profiles and pages.
  facebook: {
    pattern: /^([a-z0-9]{5,50}|\d{1,20})$/,
    fold: (name) => name.toLowerCase().replace(/\./g, ""),
    numbers: "name",
  },
  // Usernames: 5–32 of a–z, 0–9 and _, starting with a letter, case-insensitive (4-letter
  // collectible names exist, so 4 is allowed). A bare number is the account's phone.
  telegram: { pattern: /^[a-z][a-z0-9_]{3,31}$/, fold: lower, numbers: "phone" },
  // WhatsApp and Viber accounts are phone numbers; there is no other name to link on.
  whatsapp: { pattern: /^(?!)/, fold: lower, numbers: "phone" },
  viber: { pattern: /^(?!)/, fold: lower, numbers: "phone" },
  // LINE IDs are lower-case letters, digits, . - _; official accounts carry a leading @, a
  // separate namespace from personal IDs, so the @ is kept.
  line: { pattern: /^@?[a-z0-9._-]{3,20}$/, fold: lower, numbers: "phone" },
  // Zalo finds people by phone; official accounts have long numeric ids.
  zalo: {
    pattern: /^[a-z0-9._]{3,40}$/,
    fold: lower,
    numbers: "phone_or_id",
    defaultCountry: "VN",
  },
  // WeChat IDs: 6–20 characters, a letter first; searched case-insensitively (our assumption,
  // matching how the app finds them), so lower-cased.
  wechat: { pattern: /^[a-z][a-z0-9_-]{5,19}$/, fold: lower, numbers: "phone" },
  tiktok: { pattern: /^[a-z0-9_.]{2,24}$/, fold: lower, numbers: "name" },
  instagram: { pattern: /^[a-z0-9._]{1,30}$/, fold: lower, numbers: "name" },
  x: { pattern: /^[a-z0-9_]{1,15}$/, fold: lower, numbers: "name" },
};

/** Rules for a platform we have no table for: case-insensitive, letters, digits, . _ - only. */
export const genericPlatform: HandlePlatform = {
  pattern: /^[\p{L}\p{N}._-]{1,64}$/u,
  fold: lower,
  numbers: "name",
};

const platformAliases: Readonly<Record<string, string>> = {
  fb: "facebook",
  messenger: "facebook",
  tg: "telegram",
  wa: "whatsapp",
  ig: "instagram",
  insta: "instagram",
  twitter: "x",
  weixin: "wechat",
  tik_tok: "tiktok",
};

/** A platform name as one lower-case slug ("Twitter" → "x"), or undefined if none is usable. */
export function normalisePlatform(platform: string | undefined): string | undefined {
  if (platform === undefined) return undefined;
  const slug = platform
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
    .replace(/[^a-z0-9_]/g, "");
  if (slug.length === 0 || slug.length > 32) return undefined;
  return platformAliases[slug] ?? slug;
}

/** The rules for a normalised platform name. */
export function rulesFor(platform: string): HandlePlatform {
  return handlePlatforms[platform] ?? genericPlatform;
}

/** True when the platform is one we have rules for, i.e. a prefix like "telegram:" names it. */
export function isKnownPlatform(slug: string): boolean {
  return handlePlatforms[slug] !== undefined;
}

// Hosts of each platform, after www./m. are stripped; the first is the one canonical URLs use.
const platformHosts: Readonly<Record<string, readonly string[]>> = {
  facebook: ["facebook.com", "fb.com", "fb.me", "messenger.com", "m.me", "mbasic.facebook.com"],
  telegram: ["t.me", "telegram.me", "telegram.dog"],
  whatsapp: ["wa.me", "api.whatsapp.com", "web.whatsapp.com", "whatsapp.com", "chat.whatsapp.com"],
  line: ["line.me", "lin.ee", "page.line.me"],
  zalo: ["zalo.me", "chat.zalo.me"],
  wechat: ["weixin.qq.com", "u.wechat.com", "wechat.com"],
  tiktok: ["tiktok.com", "vm.tiktok.com", "vt.tiktok.com"],
  instagram: ["instagram.com", "instagr.am"],
  x: ["x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"],
};

const hostPlatform = new Map<string, string>(
  Object.entries(platformHosts).flatMap(([platform, hosts]) => hosts.map((h) => [h, platform])),
);

/** The platform a host belongs to, if any. */
export function platformOfHost(host: string): string | undefined {
  return hostPlatform.get(host);
}

/** The canonical host of a platform host: fb.com → facebook.com; other hosts unchanged. */
export function primaryHost(host: string): string {
  const platform = hostPlatform.get(host);
  const first = platform === undefined ? undefined : platformHosts[platform]?.[0];
  // Short-link and sub-service hosts (lin.ee, chat.whatsapp.com) keep their own name: their paths
  // mean something else on the primary host.
  const aliasesOfPrimary = new Set([
    "fb.com",
    "twitter.com",
    "telegram.me",
    "telegram.dog",
    "instagr.am",
  ]);
  return first !== undefined && aliasesOfPrimary.has(host) ? first : host;
}
