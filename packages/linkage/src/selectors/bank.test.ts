import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";

// Known-valid IBANs from the ISO 13616 registry's examples.
const ibans = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"];

// Changes one digit of the IBAN's account part, which breaks the mod-97 check.
function changeOneDigit(iban: string): string {
  const at = iban.search(/\d(?=\D*$)/);
  const digit = Number(iban[at]);
  return iban.slice(0, at) + String((digit + 1) % 10) + iban.slice(at + 1);
}

describe("bank accounts", () => {
  it.each(ibans)("IBAN %s is valid in paper and electronic format", (iban) => {
    const paper = iban
      .replace(/(.{4})/g, "$1 ")
      .trim()
      .toLowerCase();
    const found = canonicaliseSelector("bank_account", paper);
    expect(found).toMatchObject({ valid: true, canonical: iban, country: iban.slice(0, 2) });
    expect(canonicaliseSelector("bank_account", iban).correlationKey).toBe(found.correlationKey);
  });

  it.each(ibans)("IBAN %s with one digit changed fails its checksum", (iban) => {
    const changed = changeOneDigit(iban);
    expect(changed).not.toBe(iban);
    expect(canonicaliseSelector("bank_account", changed)).toMatchObject({
      valid: false,
      problem: "checksum",
      correlationKey: null,
      canonical: changed,
    });
  });

  it("an account number is digits only, leading zeros kept", () => {
    expect(canonicaliseSelector("bank_account", "012-3-45678-9").canonical).toBe("0123456789");
  });

  it("a bank and country qualify the number; a BIC gives both, without its branch", () => {
    const byBic = canonicaliseSelector("bank_account", "123-4-56789-0", { bank: "KASITHBKXXX" });
    expect(byBic).toMatchObject({
      canonical: "TH:KASI:1234567890",
      country: "TH",
      platform: "KASI",
    });
    expect(
      canonicaliseSelector("bank_account", "1234567890", { bank: "kasithbk" }).correlationKey,
    ).toBe(byBic.correlationKey);
    const byCode = canonicaliseSelector("bank_account", "1234567890", {
      bank: "KBank",
      issuingCountry: "th",
    });
    expect(byCode.canonical).toBe("TH:KBANK:1234567890");
    expect(
      canonicaliseSelector("bank_account", "1234567890", { bank: "SCB", issuingCountry: "TH" })
        .correlationKey,
    ).not.toBe(byCode.correlationKey);
  });

  it.each<[string, string]>([
    ["12345", "too_short"],
    ["1".repeat(35), "too_long"],
    ["ACCOUNT 12AB34", "unparseable"],
  ])("%s is marked %s", (value, problem) => {
    expect(canonicaliseSelector("bank_account", value)).toMatchObject({
      valid: false,
      problem,
      correlationKey: null,
    });
  });
});

describe("e-wallets", () => {
  it("a wallet phone becomes provider + E.164, in the provider's home region", () => {
    const gcash = canonicaliseSelector("ewallet", "0917 123 4567", { platform: "GCash" });
    expect(gcash).toMatchObject({
      valid: true,
      canonical: "gcash:+639171234567",
      correlationKey: "ewallet:gcash:+639171234567",
      country: "PH",
    });
    expect(
      canonicaliseSelector("ewallet", "+63 917 123 4567", { platform: "gcash" }).correlationKey,
    ).toBe(gcash.correlationKey);
    expect(
      canonicaliseSelector("ewallet", "081-234-5678", { platform: "TrueMoney" }).canonical,
    ).toBe("truemoney:+66812345678");
    expect(canonicaliseSelector("ewallet", "091 234 56 78", { platform: "MoMo" }).canonical).toBe(
      "momo:+84912345678",
    );
    expect(
      canonicaliseSelector("ewallet", "09 251 234 567", { platform: "Wave Money" }).canonical,
    ).toBe("wavepay:+959251234567");
  });

  it("the same number at two providers is two wallets", () => {
    const a = canonicaliseSelector("ewallet", "+66812345678", { platform: "truemoney" });
    const b = canonicaliseSelector("ewallet", "+66812345678", { platform: "promptpay" });
    expect(a.correlationKey).not.toBe(b.correlationKey);
  });

  it("non-phone wallet ids: a PromptPay national id, a PayPal e-mail", () => {
    expect(
      canonicaliseSelector("ewallet", "1-1017-00203-45-0", { platform: "promptpay" }).canonical,
    ).toBe("promptpay:1101700203450");
    expect(
      canonicaliseSelector("ewallet", "Nong.Mai@Gmail.com", { platform: "paypal" }).canonical,
    ).toBe("paypal:nongmai@gmail.com");
  });

  it("a wallet without a provider is kept and marked", () => {
    expect(canonicaliseSelector("ewallet", "0917 123 4567")).toMatchObject({
      valid: false,
      problem: "no_platform",
      correlationKey: null,
    });
  });
});
