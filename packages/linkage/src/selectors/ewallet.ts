// E-wallets (GCash, TrueMoney, MoMo, …). Most are opened on a phone number, so the account is the
// number in E.164 under the provider's name: `ewallet:gcash:+639171234567`. A wallet id that is not
// a phone (PromptPay by national id, PayPal by e-mail) is kept as its own id.
import { canonicaliseEmail } from "./email.ts";
import { canonicalisePhone } from "./phone.ts";
import { normalisePlatform } from "./platforms.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

/** What an e-wallet needs: its provider, and the region of a local number. */
export interface EwalletOptions {
  platform?: string | undefined;
  defaultCountry?: string | undefined;
}

// Each provider's home region, used for a local number when the caller gives none. Providers
// active in several countries (GrabPay, ShopeePay) have none and need the caller's region.
const providerCountries: Readonly<Record<string, string | undefined>> = {
  gcash: "PH",
  maya: "PH",
  truemoney: "TH",
  promptpay: "TH",
  momo: "VN",
  zalopay: "VN",
  viettelpay: "VN",
  ovo: "ID",
  gopay: "ID",
  dana: "ID",
  linkaja: "ID",
  touchngo: "MY",
  boost: "MY",
  kbzpay: "MM",
  wavepay: "MM",
  ayapay: "MM",
  cbpay: "MM",
  wing: "KH",
  pipay: "KH",
  umoney: "LA",
  mmoney: "LA",
  paynow: "SG",
  grabpay: undefined,
  shopeepay: undefined,
  paypal: undefined,
};

const providerAliases: Readonly<Record<string, string>> = {
  paymaya: "maya",
  true_money: "truemoney",
  tng: "touchngo",
  touch_n_go: "touchngo",
  tng_ewallet: "touchngo",
  wave: "wavepay",
  wave_money: "wavepay",
  m_money: "mmoney",
  u_money: "umoney",
  go_pay: "gopay",
  zalo_pay: "zalopay",
};

const prefixed = /^([a-z][a-z0-9_]{0,31}):(.+)$/s;

/** Canonicalises an e-wallet account as `provider:id`; never throws. */
export function canonicaliseEwallet(
  entered: string,
  cleaned: string,
  options: EwalletOptions = {},
): CanonicalSelector {
  const match = prefixed.exec(cleaned);
  const provider = toProvider(match?.[1] ?? options.platform);
  const value = (match?.[2] ?? cleaned).trim();
  if (provider === undefined) return rejectSelector("ewallet", entered, "no_platform");
  const detail = { platform: provider };
  const id = walletId(value, options.defaultCountry ?? providerCountries[provider]);
  if (id === null) return rejectSelector("ewallet", entered, "unparseable", null, detail);
  return acceptSelector("ewallet", entered, `${provider}:${id.id}`, {
    ...detail,
    country: id.country,
  });
}

function toProvider(name: string | undefined): string | undefined {
  const slug = normalisePlatform(name);
  return slug === undefined ? undefined : (providerAliases[slug] ?? slug);
}

function walletId(
  value: string,
  country: string | undefined,
): { id: string; country?: string } | null {
  if (value.includes("@")) {
    const email = canonicaliseEmail(value, value);
    return email.canonical !== null && email.valid ? { id: email.canonical } : null;
  }
  if (/^\+?[\d\s().-]{6,}$/.test(value)) {
    const phone = canonicalisePhone(value, value, { defaultCountry: country });
    if (phone.valid && phone.canonical !== null)
      return { id: phone.canonical, country: phone.country };
    // Not a phone we know: the digits are the wallet's own id, an international "+" kept so the
    // id never reads as a local number later.
    return { id: (value.startsWith("+") ? "+" : "") + value.replace(/\D/g, "") };
  }
  const id = value.toLowerCase();
  return /^[\p{L}\p{N}._-]{3,64}$/u.test(id) ? { id } : null;
}
