import { describe, expect, it } from "vitest";
import { closeFieldOf, closeFormProblems, closeOutcomes } from "./report-close.ts";

describe("closing a report", () => {
  it("asks for an outcome and a reason of five characters beyond spaces", () => {
    expect(closeFormProblems({ outcome: null, reason: "" })).toEqual({
      outcome: "required",
      reason: "required",
    });
    expect(closeFormProblems({ outcome: "duplicate", reason: "  abcd  " })).toEqual({
      reason: "tooShort",
    });
    expect(closeFormProblems({ outcome: "content_removed", reason: "Gỡ bỏ" })).toEqual({});
  });

  it("offers each outcome once and places the server's field errors", () => {
    expect(new Set(closeOutcomes).size).toBe(closeOutcomes.length);
    expect(closeFieldOf("reason")).toBe("reason");
    expect(closeFieldOf("outcome")).toBe("outcome");
  });
});
