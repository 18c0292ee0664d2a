import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";
import { eip55Checksummed } from "./crypto.ts";
import { type SelectorKind, type SelectorOptions, selectorKinds } from "./types.ts";

const seed = 20261129;
// Printed so a failing property can be replayed with the same inputs.
console.log(`fast-check seed for selector properties: ${seed}`);

const countries = ["TH", "VN", "KH", "MM", "LA", "MY", "ID", "PH", "SG", "XX"];
const platforms = [
  "telegram",
  "facebook",
  "line",
  "zalo",
  "whatsapp",
  "wechat",
  "tiktok",
  "instagram",
  "x",
  "gcash",
  "truemoney",
  "momo",
  "discord",
  "ethereum",
  "litecoin",
];
const separators = fc.constantFrom("", " ", "-", ".", " - ", "(", ")");

const arbOptions: fc.Arbitrary<SelectorOptions> = fc.record(
  {
    defaultCountry: fc.constantFrom(...countries),
    issuingCountry: fc.constantFrom(...countries, "THA", "mmr"),
    documentType: fc.constantFrom("passport", "national_id", "NRC", "birth certificate", "visa"),
    platform: fc.constantFrom(...platforms),
    bank: fc.constantFrom("KASITHBKXXX", "KBANK", "bca", "VCB"),
  },
  { requiredKeys: [] },
);

const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(""));

const spaced = (parts: string[]) =>
  fc
    .array(separators, { minLength: parts.length, maxLength: parts.length })
    .map((seps) => parts.map((p, i) => p + seps[i]).join(""));

const arbPhone = fc
  .tuple(
    fc.constantFrom(
      "+66 8",
      "08",
      "+84 9",
      "09",
      "+855 1",
      "+95 9",
      "+856 20",
      "+60 1",
      "+62 8",
      "+63 9",
      "+65 8",
      "0",
    ),
    digits(6, 10),
  )
  .chain(([prefix, rest]) => spaced([prefix, rest.slice(0, 3), rest.slice(3)]));

const arbName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.]{2,20}$/);
const arbHandle = fc.oneof(
  arbName.map((n) => `@${n}`),
  fc.tuple(fc.constantFrom(...platforms), arbName).map(([p, n]) => `${p}: ${n}`),
  fc
    .tuple(
      fc.constantFrom(
        "https://t.me/",
        "facebook.com/",
        "https://www.instagram.com/",
        "tiktok.com/@",
        "https://line.me/R/ti/p/~",
        "x.com/",
        "zalo.me/",
      ),
      arbName,
    )
    .map(([h, n]) => h + n),
  arbPhone.map((p) => `https://wa.me/${p.replace(/\D/g, "")}`),
);

const arbEthereum = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 40, maxLength: 40 })
  .map((n) => n.map((x) => x.toString(16)).join(""))
  .chain((hex) =>
    fc.constantFrom(`0x${hex}`, `0x${hex.toUpperCase()}`, `0x${eip55Checksummed(hex)}`),
  );

const arbCrypto = fc.oneof(
  arbEthereum,
  fc.constantFrom(
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    "BC1SW50QGDZ25J",
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    "bitcoin:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy?amount=1",
  ),
  fc.stringMatching(/^[A-Za-z0-9]{20,40}$/),
);

const arbDocument = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{0,2}[0-9]{4,13}$/).chain((n) => spaced([n.slice(0, 4), n.slice(4)])),
  fc.constantFrom(
    "P<THAERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "1-1017-00203-45-0",
    "S1234567D",
  ),
);

const arbBank = fc.oneof(
  digits(6, 16).chain((d) => spaced([d.slice(0, 3), d.slice(3)])),
  fc.constantFrom(
    "GB82 WEST 1234 5698 7654 32",
    "de89370400440532013000",
    "GB82WEST12345698765433",
  ),
);

// Plausible values of every kind, and strings of every kind of character.
const arbValue: fc.Arbitrary<string> = fc.oneof(
  arbPhone,
  arbHandle,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress(),
  arbBank,
  arbCrypto,
  arbDocument,
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

const arbKind = fc.constantFrom<SelectorKind | "auto">(...selectorKinds, "auto");

describe("selector properties", () => {
  it("never throws, keeps what was entered, and links only valid values", () => {
    fc.assert(
      fc.property(arbKind, arbValue, arbOptions, (kind, value, options) => {
        const found = canonicaliseSelector(kind, value, options);
        expect(found.entered).toBe(value);
        expect(found.correlationKey !== null).toBe(found.valid);
        if (found.valid) expect(found.correlationKey).toBe(`${found.kind}:${found.canonical}`);
      }),
      { seed, numRuns: 3000 },
    );
  });

  it("canonicalising a canonical form again gives the same form and key (idempotent)", () => {
    fc.assert(
      fc.property(arbKind, arbValue, arbOptions, (kind, value, options) => {
        const once = canonicaliseSelector(kind, value, options);
        fc.pre(once.valid && once.canonical !== null);
        const twice = canonicaliseSelector(once.kind, once.canonical ?? "", options);
        expect({
          value,
          kind: twice.kind,
          canonical: twice.canonical,
          key: twice.correlationKey,
        }).toEqual({
          value,
          kind: once.kind,
          canonical: once.canonical,
          key: once.correlationKey,
        });
      }),
      { seed, numRuns: 3000 },
    );
  });

  it("spelling noise does not change a phone's key", () => {
    fc.assert(
      fc.property(arbPhone, fc.constantFrom(...countries), (phone, defaultCountry) => {
        const plain = canonicaliseSelector("phone", phone.replace(/[^\d+]/g, ""), {
          defaultCountry,
        });
        const noisy = canonicaliseSelector("phone", ` ${phone.split("").join("\u200b")} `, {
          defaultCountry,
        });
        expect(noisy.correlationKey).toBe(plain.correlationKey);
      }),
      { seed, numRuns: 500 },
    );
  });
});
