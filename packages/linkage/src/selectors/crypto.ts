// Cryptocurrency addresses, each checked by its own network's checksum: Bitcoin base58check
// (P2PKH, P2SH) and bech32/bech32m (BIP-173, BIP-350), Ethereum EIP-55 mixed-case, TRON
// base58check with its 0x41 prefix. The canonical form is the address as the network defines it:
// bech32 lower-case, Ethereum lower-case hex (so checksummed and plain copies link; one address
// serves every EVM chain, so the key carries no network), base58 exactly (it is case-sensitive).
import { sha256 } from "@noble/hashes/sha2.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bech32, bech32m, createBase58check } from "@scure/base";
import { normalisePlatform } from "./platforms.ts";
import { acceptSelector, type CanonicalSelector, rejectSelector } from "./types.ts";

const base58check = createBase58check(sha256);
const base58Alphabet = /^[1-9A-HJ-NP-Za-km-z]+$/;

// Version bytes of base58check Bitcoin addresses: mainnet P2PKH, P2SH; testnet P2PKH, P2SH.
const bitcoinVersions = new Set([0x00, 0x05, 0x6f, 0xc4]);
const segwitPrefixes = new Set(["bc", "tb", "bcrt"]);
const TRON_VERSION = 0x41;

type Check =
  | { network: string; canonical: string }
  | { network: string; problem: "checksum" | "unparseable"; canonical?: string };

/** Canonicalises a crypto address; the network is detected, or taken from `platform`; never throws. */
export function canonicaliseCrypto(
  entered: string,
  cleaned: string,
  platform?: string,
): CanonicalSelector {
  // A payment URI ("bitcoin:bc1…?amount=1", EIP-681 "ethereum:0x…@56") names the network first;
  // the address ends at its parameters.
  const uri = /^([a-z][a-z0-9_]{0,31}):(.*)$/is.exec(cleaned);
  const named = uri === null ? normalisePlatform(platform) : normalisePlatform(uri[1]);
  const text = (uri?.[2] ?? cleaned).trim().split(/[?@/]/)[0] ?? "";
  const check = checkAddress(text, named);
  if (check === null) return rejectSelector("crypto", entered, "unrecognised");
  const detail = { platform: check.network };
  if ("problem" in check)
    return rejectSelector("crypto", entered, check.problem, check.canonical ?? null, detail);
  return acceptSelector("crypto", entered, check.canonical, detail);
}

/** The network a string's shape belongs to, without checking it; undefined if none. */
export function cryptoNetworkOf(text: string): string | undefined {
  if (/^0x[0-9a-f]{40}$/i.test(text)) return "ethereum";
  if (/^(bc|tb|bcrt)1[0-9a-z]{6,87}$/i.test(text)) return "bitcoin";
  if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(text)) return "tron";
  if (/^[123mn2][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(text)) return "bitcoin";
  return undefined;
}

const checkedNetworks = new Set(["bitcoin", "ethereum", "tron"]);

function checkAddress(text: string, named: string | undefined): Check | null {
  // The address's own shape decides its network over the caller's word: the same string is the
  // same key whatever network a caseworker picked (a Litecoin "3…" P2SH address is also a valid
  // Bitcoin one, from the same script), and every EVM chain shares Ethereum's addresses.
  const network =
    cryptoNetworkOf(text) ??
    (named === "ethereum" && /^[0-9a-f]{40}$/i.test(text) ? "ethereum" : undefined);
  if (network === "ethereum") return checkEthereum(text.replace(/^0x/i, ""));
  if (network === "tron") return checkBase58(text, "tron", (v) => v === TRON_VERSION);
  if (network === "bitcoin") {
    return /^(bc|tb|bcrt)1/i.test(text)
      ? checkSegwit(text)
      : checkBase58(text, "bitcoin", (v) => bitcoinVersions.has(v));
  }
  // No checksum is known here for other networks: the address is kept exactly as written,
  // qualified by the network so the form reads back to itself.
  if (named !== undefined && !checkedNetworks.has(named) && /^[0-9A-Za-z]{20,100}$/.test(text)) {
    return { network: named, canonical: `${named}:${text}` };
  }
  return null;
}

// EIP-55: a hex letter is upper-case iff the matching nibble of keccak-256(lower-case hex) is ≥ 8.
// All-lower and all-upper addresses carry no checksum and are accepted as such.
function checkEthereum(hex: string): Check {
  const lower = hex.toLowerCase();
  const canonical = `0x${lower}`;
  if (hex === lower || hex === hex.toUpperCase()) return { network: "ethereum", canonical };
  return hex === eip55Checksummed(lower)
    ? { network: "ethereum", canonical }
    : { network: "ethereum", problem: "checksum", canonical };
}

/** The EIP-55 mixed-case form of 40 lower-case hex digits (without 0x). */
export function eip55Checksummed(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  let out = "";
  for (let i = 0; i < lowerHex.length; i++) {
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const char = lowerHex[i] ?? "";
    out += nibble >= 8 ? char.toUpperCase() : char;
  }
  return out;
}

function checkBase58(
  text: string,
  network: string,
  versionOk: (version: number) => boolean,
): Check {
  if (!base58Alphabet.test(text)) return { network, problem: "unparseable" };
  let payload: Uint8Array;
  try {
    payload = base58check.decode(text);
  } catch {
    return { network, problem: "checksum", canonical: text };
  }
  const version = payload[0];
  if (payload.length !== 21 || version === undefined || !versionOk(version)) {
    return { network, problem: "unparseable", canonical: text };
  }
  return { network, canonical: text };
}

// BIP-173/350: mixed case is invalid; witness v0 uses bech32 with a 20- or 32-byte program,
// v1–16 use bech32m with 2–40 bytes.
function checkSegwit(text: string): Check {
  const network = "bitcoin";
  if (text !== text.toLowerCase() && text !== text.toUpperCase())
    return { network, problem: "unparseable" };
  const lower = text.toLowerCase() as `${string}1${string}`;
  const decoded = bech32.decodeUnsafe(lower) ?? bech32m.decodeUnsafe(lower);
  if (decoded === undefined || !segwitPrefixes.has(decoded.prefix)) {
    return { network, problem: "checksum", canonical: lower };
  }
  const [version, ...words] = decoded.words;
  const usedBech32m = bech32.decodeUnsafe(lower) === undefined;
  if (version === undefined || version > 16 || usedBech32m !== version > 0) {
    return { network, problem: "checksum", canonical: lower };
  }
  const program = bech32.fromWordsUnsafe(words);
  const length = program?.length ?? -1;
  const lengthOk = version === 0 ? length === 20 || length === 32 : length >= 2 && length <= 40;
  return lengthOk
    ? { network, canonical: lower }
    : { network, problem: "unparseable", canonical: lower };
}
