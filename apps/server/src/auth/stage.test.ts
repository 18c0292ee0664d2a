import { describe, expect, it } from "vitest";
import { lockoutUntil, needsSecondFactor, sessionStage } from "./stage.ts";

describe("second factor", () => {
  it("is required of every role that can see identifying data, not of analysts", () => {
    expect(needsSecondFactor("caseworker", false)).toBe(true);
    expect(needsSecondFactor("node_admin", false)).toBe(true);
    expect(needsSecondFactor("analyst", false)).toBe(false);
    expect(needsSecondFactor("caseworker", true)).toBe(false);
  });

  it("puts a session in the right stage", () => {
    const now = new Date();
    expect(
      sessionStage({ role: "supervisor", secondFactorAt: null, totpEnabledAt: null }, false),
    ).toBe("enrolment_required");
    expect(
      sessionStage({ role: "supervisor", secondFactorAt: null, totpEnabledAt: now }, false),
    ).toBe("second_factor_required");
    expect(
      sessionStage({ role: "supervisor", secondFactorAt: now, totpEnabledAt: now }, false),
    ).toBe("signed_in");
  });
});

describe("lockout", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it("allows four failures, then backs off 1, 2, 4 … minutes up to an hour", () => {
    expect(lockoutUntil(4, now)).toBeNull();
    const minutes = (n: number) =>
      ((lockoutUntil(n, now)?.getTime() ?? 0) - now.getTime()) / 60_000;
    expect([5, 6, 7, 8, 11, 12, 40].map(minutes)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
