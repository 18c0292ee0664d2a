import { describe, expect, it } from "vitest";
import { noticeFieldsOf } from "./notice-from-report.ts";
import type { ReportView, UploadView } from "./online-harm-api.ts";

const hex = (c: string, n: number) => c.repeat(n);

function upload(c: string, pdq: string | null): UploadView {
  return {
    id: `u-${c}`,
    mediaType: "image/png",
    byteSize: 1000,
    width: 64,
    height: 64,
    md5: hex(c, 32),
    sha256: hex(c, 64),
    pdq,
    quality: pdq ? 100 : null,
    evidenceId: null,
    createdAt: "2026-11-28T10:00:00.000Z",
  };
}

function report(uploads: UploadView[]): ReportView {
  return {
    id: "r-1",
    organisationId: "o-1",
    category: "abuse_material",
    platform: "example-social",
    reporter: { kind: "hotline", anonymous: true, name: null, contact: null },
    reportedAt: "2026-11-28T17:00:00+07:00",
    caseId: null,
    status: "open",
    createdBy: null,
    createdAt: "2026-11-28T10:00:00.000Z",
    urls: ["https://a.example/1"],
    uploads,
    matches: [],
    closure: null,
    can: { upload: true, retain: false, close: false },
  };
}

describe("a takedown notice drafted from a report", () => {
  it("takes the addresses, platform, category and the time in UTC", () => {
    const fields = noticeFieldsOf(report([]));
    expect(fields).toMatchObject({
      platform: "example-social",
      category: "abuse_material",
      urls: ["https://a.example/1"],
      fingerprints: [],
      reportReceivedAt: "2026-11-28T10:00:00.000Z",
    });
  });

  it("carries fingerprints only, SHA-256 and MD5 before PDQ, each once", () => {
    const fields = noticeFieldsOf(report([upload("a", hex("f", 64)), upload("a", hex("f", 64))]));
    expect(fields.fingerprints).toEqual([
      { type: "sha256", value: hex("a", 64) },
      { type: "md5", value: hex("a", 32) },
      { type: "pdq", value: hex("f", 64) },
    ]);
    expect(JSON.stringify(fields)).not.toMatch(/base64|content/i);
  });

  it("stops at the notice's limit of 16 fingerprints", () => {
    const many = "0123456789".split("").map((c) => upload(c, hex(c === "0" ? "e" : c, 64)));
    expect(noticeFieldsOf(report(many)).fingerprints).toHaveLength(16);
  });
});
