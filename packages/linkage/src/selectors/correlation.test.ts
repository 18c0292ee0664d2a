import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";
import {
  buildExclusionSet,
  DEFAULT_OVER_CORRELATION_LIMIT,
  decideCorrelation,
} from "./correlation.ts";

const recruiter = canonicaliseSelector("phone", "081-234-5678", { defaultCountry: "TH" });

// A directory's hotlines as the directory lists them: a landline, an international form, and a
// short number that is no E.164 number at all.
const hotlines = buildExclusionSet(
  [
    { kind: "phone", value: "02 659 6000" },
    { kind: "phone", value: "+84 24 3936 1234" },
    { kind: "phone", value: "1300" },
  ],
  { defaultCountry: "TH" },
);

describe("correlation guard", () => {
  it("links up to the limit, flags above it with the count", () => {
    expect(DEFAULT_OVER_CORRELATION_LIMIT).toBe(100);
    expect(decideCorrelation(recruiter, 2)).toEqual({ links: true, count: 2 });
    expect(decideCorrelation(recruiter, 100)).toEqual({ links: true, count: 100 });
    expect(decideCorrelation(recruiter, 101)).toEqual({
      links: false,
      flagged: "over_limit",
      count: 101,
    });
  });

  it("a caller's limit replaces the default; a nonsensical one does not", () => {
    expect(decideCorrelation(recruiter, 11, { limit: 10 }).flagged).toBe("over_limit");
    expect(decideCorrelation(recruiter, 11, { limit: Number.NaN }).links).toBe(true);
    expect(decideCorrelation(recruiter, 11, { limit: 0 }).links).toBe(true);
  });

  it("a count that is not a number fails closed", () => {
    expect(decideCorrelation(recruiter, Number.NaN).links).toBe(false);
  });

  it("a hotline is flagged as excluded however it was written, even held by two records", () => {
    const hotline = canonicaliseSelector("phone", "+66 2 659 6000");
    expect(hotlines.has(hotline.correlationKey ?? "")).toBe(true);
    expect(decideCorrelation(hotline, 2, { excluded: hotlines })).toEqual({
      links: false,
      flagged: "excluded",
      count: 2,
    });
    expect(decideCorrelation(recruiter, 2, { excluded: hotlines }).links).toBe(true);
  });

  it("values that cannot link are left out of the exclusion set", () => {
    expect(hotlines.size).toBe(2);
  });

  it("an invalid selector never links", () => {
    const typo = canonicaliseSelector("crypto", "bc1qw509d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    expect(decideCorrelation(typo, 2)).toEqual({ links: false, flagged: "invalid", count: 2 });
  });
});
