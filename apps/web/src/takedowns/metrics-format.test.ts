import { describe, expect, it } from "vitest";
import { metricFormatters, periodOf } from "./metrics-format.ts";

describe("metrics formatting", () => {
  it("shows hours, shares and missing values", () => {
    const f = metricFormatters("en");
    expect(f.hours(4.25)).toBe("4.3");
    expect(f.hours(null)).toBe("—");
    expect(f.share(0.5)).toBe("50%");
    expect(f.share(null)).toBe("—");
  });

  it("turns two UTC days into the half-open period the server counts, the last day included", () => {
    expect(periodOf("2026-11-01", "2026-11-30")).toEqual({
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-12-01T00:00:00.000Z",
    });
    expect(periodOf("2026-11-01", "")).toBeNull();
    expect(periodOf("2026-13-45", "2026-11-30")).toBeNull();
  });
});
