import { describe, expect, it } from "vitest";
import { canonicaliseSelector, detectKind } from "./canonicalise.ts";
import { MAX_SELECTOR_LENGTH } from "./text.ts";
import { type SelectorKind, selectorKinds } from "./types.ts";

describe("kind detection", () => {
  it.each<[string, SelectorKind]>([
    ["Nong.Mai@gmail.com", "email"],
    ["https://t.me/recruit_job_bkk", "url"],
    ["facebook.com/somchai.jaidee99", "url"],
    ["@recruit_job_bkk", "handle"],
    ["telegram: recruit_job_bkk", "handle"],
    ["bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "crypto"],
    ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "crypto"],
    ["TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "crypto"],
    ["GB82 WEST 1234 5698 7654 32", "bank_account"],
    ["L898902C36UTO7408122F1204159ZE184226B<<<<<10", "document"],
    ["+66 81 234 5678", "phone"],
    ["(0917) 123-4567", "phone"],
    ["12345678901234567890123456", "phone"],
  ])("%s reads as %s", (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });

  it("auto canonicalises by the detected kind", () => {
    expect(
      canonicaliseSelector("auto", "081-234-5678", { defaultCountry: "TH" }).correlationKey,
    ).toBe("phone:+66812345678");
    expect(canonicaliseSelector("auto", "https://wa.me/66812345678").correlationKey).toBe(
      "phone:+66812345678",
    );
  });

  it("a document type or a bank from the caller says what a bare number is", () => {
    const passport = { documentType: "passport", issuingCountry: "TH" };
    expect(canonicaliseSelector("auto", "AA 123 4567", passport).correlationKey).toBe(
      "document:passport:TH:AA1234567",
    );
    expect(canonicaliseSelector("auto", "123-4-56789-0", { bank: "KASITHBK" }).correlationKey).toBe(
      "bank_account:TH:KASI:1234567890",
    );
  });

  it("something of no known shape is an unrecognised handle, unless a platform is given", () => {
    expect(canonicaliseSelector("auto", "just words")).toMatchObject({
      kind: "handle",
      valid: false,
      problem: "unrecognised",
    });
    expect(canonicaliseSelector("auto", "somchai99", { platform: "line" }).correlationKey).toBe(
      "handle:line:somchai99",
    );
  });
});

// Input no form should send but a database, a CSV or a hostile client might.
const hostile: Array<[string, string]> = [
  ["empty", ""],
  ["spaces only", "   \t\n "],
  ["NUL and controls", "\u0000\u0001\u001b[31m"],
  ["zero-width only", "\u200b\u200c\u200d\ufeff"],
  ["lone high surrogate", "\ud800"],
  ["lone low surrogate in a handle", "@abc\udc00def"],
  ["huge", "9".repeat(1_000_000)],
  ["just over the limit", "a".repeat(MAX_SELECTOR_LENGTH + 1)],
  ["right-to-left override", "\u202egnp.exe@evil.com"],
  ["emoji", "📞📞📞"],
  ["SQL-ish", "'; DROP TABLE persons; --"],
  ["markup", "<script>alert(1)</script>"],
  ["only separators", "--- ... ///"],
];

describe("hostile input", () => {
  for (const kind of [...selectorKinds, "auto" as const]) {
    it.each(hostile)(
      `${kind}: %s is kept as entered, never throws, never links garbage`,
      (_name, value) => {
        const found = canonicaliseSelector(kind, value, {
          defaultCountry: "TH",
          platform: "telegram",
        });
        expect(found.entered).toBe(value);
        if (!found.valid) expect(found.correlationKey).toBeNull();
        // No lone surrogate (\p{Cs} under the u flag), control or invisible format character.
        expect(found.canonical === null || !/[\p{Cc}\p{Cf}\p{Cs}]/u.test(found.canonical)).toBe(
          true,
        );
      },
    );
  }

  it("empty, huge and invisible values are marked with their reason", () => {
    expect(canonicaliseSelector("phone", "").problem).toBe("empty");
    expect(canonicaliseSelector("phone", "\u200b\u0000").problem).toBe("empty");
    expect(canonicaliseSelector("phone", "9".repeat(1_000_000)).problem).toBe("too_long");
  });

  it("a value that is not a string at all (from untyped JavaScript) does not throw", () => {
    const found = canonicaliseSelector("phone", undefined as unknown as string);
    expect(found).toMatchObject({ valid: false, correlationKey: null });
  });

  it("a lone surrogate inside a handle is dropped, the rest kept", () => {
    expect(
      canonicaliseSelector("handle", "@recruit\ud800_job_bkk", { platform: "telegram" }).canonical,
    ).toBe("telegram:recruit_job_bkk");
  });
});
