import type { ReportView } from "./online-harm-api.ts";

/** At most this many fingerprints travel on a notice's target (the takedown schema's limit). */
const MAX_FINGERPRINTS = 16;

type Fingerprint = { type: "md5" | "sha256" | "pdq"; value: string };

/**
 * What a takedown notice takes from a report: its addresses, platform and category, when it
 * came in, and the fingerprints of its files — never a file. SHA-256 and MD5 come first: the
 * removal check compares what it fetches with those (PDQ would need decoding).
 */
export function noticeFieldsOf(report: ReportView) {
  const fingerprints: Fingerprint[] = [];
  const seen = new Set<string>();
  const add = (type: Fingerprint["type"], value: string | null) => {
    if (!value || seen.has(`${type}:${value}`)) return;
    seen.add(`${type}:${value}`);
    fingerprints.push({ type, value });
  };
  for (const upload of report.uploads) add("sha256", upload.sha256);
  for (const upload of report.uploads) add("md5", upload.md5);
  for (const upload of report.uploads) add("pdq", upload.pdq);
  return {
    platform: report.platform,
    category: report.category,
    urls: report.urls,
    fingerprints: fingerprints.slice(0, MAX_FINGERPRINTS),
    reportReceivedAt: new Date(report.reportedAt).toISOString(),
  };
}
