import { describe, expect, it } from "vitest";
import { verdictReason } from "./verdict-reason.ts";

describe("the verdict's reason", () => {
  it("names the rule that decided it", () => {
    expect(verdictReason([], false).key).toBe("reasonNone");
    expect(verdictReason(["B"], false).key).toBe("reasonOne");
    expect(verdictReason(["A", "E", "F"], false)).toMatchObject({
      key: "reasonNoAnchor",
      anchors: [],
    });
    expect(verdictReason(["A", "B", "G"], true)).toMatchObject({
      key: "reasonFlagged",
      anchors: ["B", "G"],
    });
  });
});
