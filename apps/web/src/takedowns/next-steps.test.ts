import { describe, expect, it } from "vitest";
import { isCheckable, nextSteps } from "./next-steps.ts";

describe("nextSteps", () => {
  it("offers only the steps the server accepts from each state", () => {
    expect(nextSteps({ status: "draft", policeReferredAt: null })).toEqual(["police_referred"]);
    expect(nextSteps({ status: "sent", policeReferredAt: null })).toEqual([
      "acknowledged",
      "removed",
      "refused",
      "police_referred",
    ]);
    expect(nextSteps({ status: "acknowledged", policeReferredAt: null })).toEqual([
      "removed",
      "refused",
      "police_referred",
    ]);
    expect(nextSteps({ status: "removed", policeReferredAt: null })).toEqual(["police_referred"]);
    expect(nextSteps({ status: "refused", policeReferredAt: "2026-11-28T00:00:00Z" })).toEqual([]);
  });

  it("checks removal of sent notices only", () => {
    expect(isCheckable({ status: "draft" })).toBe(false);
    expect(isCheckable({ status: "refused" })).toBe(false);
    expect(isCheckable({ status: "acknowledged" })).toBe(true);
    expect(isCheckable({ status: "removed" })).toBe(true);
  });
});
