import { reporterKinds as serverReporterKinds } from "@sahabat/shared";
import { describe, expect, it } from "vitest";
import {
  emptyReportForm,
  formFieldOf,
  localDateTime,
  reportBodyOf,
  reporterKinds,
} from "./report-form.ts";

const filled = {
  ...emptyReportForm(new Date("2026-11-28T10:00:00Z")),
  category: "abuse_material" as const,
  platform: "example-social",
};

describe("the new-report form", () => {
  it("offers every reporter kind the server takes, once each", () => {
    expect([...reporterKinds].sort()).toEqual([...serverReporterKinds].sort());
  });

  it("sends one URL a line, trimmed, without blank lines", () => {
    const body = reportBodyOf({
      ...filled,
      urls: "  https://a.example/1 \r\n\n https://b.example/2\n",
    });
    expect(body.urls).toEqual(["https://a.example/1", "https://b.example/2"]);
  });

  it("drops an anonymous reporter's name and contact, even when typed before", () => {
    const body = reportBodyOf({
      ...filled,
      anonymous: true,
      reporterName: "Somchai",
      reporterContact: "+66 81 234 5678",
    });
    expect(body.reporter).toEqual({ kind: "hotline", anonymous: true });
  });

  it("sends a named reporter's name and contact, and leaves out empty ones", () => {
    expect(
      reportBodyOf({ ...filled, anonymous: false, reporterName: " Lan ", reporterContact: " " })
        .reporter,
    ).toEqual({ kind: "hotline", anonymous: false, name: "Lan" });
  });

  it("turns the local time into UTC and keeps an unreadable time as typed", () => {
    const local = localDateTime(new Date("2026-11-28T10:05:00Z"));
    expect(reportBodyOf({ ...filled, reportedAt: local }).reportedAt).toBe(
      "2026-11-28T10:05:00.000Z",
    );
    expect(reportBodyOf({ ...filled, reportedAt: "yesterday" }).reportedAt).toBe("yesterday");
  });

  it("sends a case only when one is given", () => {
    expect(reportBodyOf(filled)).not.toHaveProperty("caseId");
    expect(reportBodyOf({ ...filled, caseId: " c-1 " }).caseId).toBe("c-1");
  });

  it("puts the server's errors next to the fields that show them", () => {
    expect(formFieldOf("urls.3")).toBe("urls");
    expect(formFieldOf("urls")).toBe("urls");
    expect(formFieldOf("reporter.name")).toBe("reporterName");
    expect(formFieldOf("reportedAt")).toBe("reportedAt");
    expect(formFieldOf("reporter")).toBeUndefined();
  });
});
