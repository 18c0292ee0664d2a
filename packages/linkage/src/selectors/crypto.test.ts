import { sha256 } from "@noble/hashes/sha2.js";
import { createBase58check } from "@scure/base";
import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";

const crypto = (value: string, platform?: string) =>
  canonicaliseSelector("crypto", value, platform ? { platform } : {});

// BIP-173 / BIP-350 valid segwit addresses (the BIPs' test vectors).
const segwitValid = [
  "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
  "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
  "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
  "BC1SW50QGDZ25J",
  "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
  "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
  "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
  "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
];

// BIP-350 invalid: a v1+ program with a bech32 checksum, or v0 with bech32m.
const segwitWrongChecksumKind = [
  "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
  "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
  "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
];

// EIP-55's own examples: all-caps, all-lower, and mixed-case checksummed.
const eip55 = [
  "0x52908400098527886E0F7030069857D2E4169EE7",
  "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
  "0xde709f2102306220921060314715629080e2fb77",
  "0x27b1fdb04752bbc536007a920d24acb045561c26",
  "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
  "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
  "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
  "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
];

function flipCase(address: string, index: number): string {
  const c = address[index] ?? "";
  const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
  return address.slice(0, index) + flipped + address.slice(index + 1);
}

describe("Bitcoin", () => {
  it.each(segwitValid)("segwit %s is valid, canonical lower-case", (address) => {
    expect(crypto(address)).toMatchObject({
      valid: true,
      platform: "bitcoin",
      canonical: address.toLowerCase(),
    });
  });

  it.each(segwitWrongChecksumKind)(
    "%s uses the wrong checksum for its witness version",
    (address) => {
      expect(crypto(address)).toMatchObject({
        valid: false,
        problem: "checksum",
        correlationKey: null,
      });
    },
  );

  it("a changed character or mixed case fails", () => {
    const address = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
    expect(crypto(address.replace("w508", "w509")).problem).toBe("checksum");
    expect(crypto("bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4").valid).toBe(false);
  });

  it.each([
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
  ])("base58check %s is valid and kept exactly", (address) => {
    expect(crypto(address)).toMatchObject({
      valid: true,
      platform: "bitcoin",
      canonical: address,
      correlationKey: `crypto:${address}`,
    });
    expect(crypto(address.replace("P", "Q").replace("t", "u")).problem).toBe("checksum");
  });

  it("a payment URI gives its address", () => {
    expect(crypto("bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.1").canonical).toBe(
      "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    );
  });
});

describe("Ethereum", () => {
  it.each(eip55)("%s is valid; canonical lower-case", (address) => {
    expect(crypto(address)).toMatchObject({
      valid: true,
      platform: "ethereum",
      canonical: address.toLowerCase(),
    });
  });

  it.each(eip55.slice(4))("%s with one letter's case flipped fails EIP-55", (address) => {
    const index = address.slice(2).search(/[a-f]/i) + 2;
    expect(crypto(flipCase(address, index))).toMatchObject({
      valid: false,
      problem: "checksum",
      canonical: address.toLowerCase(),
    });
  });

  it("checksummed and lower-case copies link; EVM chains share the address", () => {
    const [checksummed = ""] = eip55.slice(4);
    expect(crypto(checksummed.toLowerCase()).correlationKey).toBe(
      crypto(checksummed).correlationKey,
    );
    expect(crypto(checksummed, "BSC").correlationKey).toBe(crypto(checksummed).correlationKey);
  });
});

describe("TRON", () => {
  const encode = createBase58check(sha256).encode;

  it("an address built from an Ethereum key (0x41 + 20 bytes) is valid", () => {
    const bytes = new Uint8Array(21);
    bytes[0] = 0x41;
    bytes.set(
      Array.from({ length: 20 }, (_, i) => (i * 37 + 11) % 256),
      1,
    );
    const address = encode(bytes);
    expect(address.startsWith("T")).toBe(true);
    expect(crypto(address)).toMatchObject({ valid: true, platform: "tron", canonical: address });
  });

  it("the USDT contract address is valid, and fails with a character changed", () => {
    expect(crypto("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").valid).toBe(true);
    expect(crypto("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u").problem).toBe("checksum");
  });

  it("a valid base58check payload with another version byte is not TRON", () => {
    const bytes = new Uint8Array(21).fill(7);
    bytes[0] = 0x42;
    const address = encode(bytes);
    expect(crypto(address, "tron").valid).toBe(false);
  });
});

describe("other networks and noise", () => {
  it("a network we do not check keeps the address exactly, qualified by network", () => {
    expect(crypto("LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", "litecoin")).toMatchObject({
      valid: true,
      canonical: "litecoin:LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9",
    });
  });

  it.each(["", "hello", "0x123", "bc1", "T123"])("%s is not an address", (value) => {
    expect(crypto(value)).toMatchObject({ valid: false, correlationKey: null });
  });
});
