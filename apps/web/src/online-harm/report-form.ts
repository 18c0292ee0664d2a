import { type ReporterKind, reportCategories } from "@sahabat/shared";
import { z } from "zod";
import type { ReportCreateBody } from "./online-harm-api.ts";

export { reportCategories };
/**
 * The server's reporter kinds (@sahabat/shared `reporterKinds`), hotline first: the form is
 * mostly filled by a hotline's operators. A test checks that none is missing.
 */
export const reporterKinds = [
  "hotline",
  "public",
  "agency",
  "platform",
] as const satisfies readonly ReporterKind[];

/**
 * The new-report form as the user fills it: addresses one a line, the time as the browser's
 * local date and time. The server's schema decides the rest; this only catches empty choices
 * before a round trip.
 */
export const ReportFormValues = z.object({
  category: z.enum(reportCategories, "Required"),
  platform: z.string().min(1, "Required"),
  urls: z.string(),
  reporterKind: z.enum(reporterKinds, "Required"),
  anonymous: z.boolean(),
  reporterName: z.string(),
  reporterContact: z.string(),
  reportedAt: z.string().min(1, "Required"),
  caseId: z.string(),
});
export type ReportFormValues = z.infer<typeof ReportFormValues>;

/** "2026-11-28T21:40" in the browser's time zone, as a datetime-local field shows it. */
export function localDateTime(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function emptyReportForm(now: Date, caseId?: string): ReportFormValues {
  return {
    category: "" as ReportFormValues["category"],
    platform: "",
    urls: "",
    reporterKind: "hotline",
    anonymous: true,
    reporterName: "",
    reporterContact: "",
    reportedAt: localDateTime(now),
    caseId: caseId ?? "",
  };
}

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * The request body. An anonymous reporter's name and contact are dropped even if typed before
 * the box was ticked: the server refuses them, and they must not leave the browser anyway.
 */
export function reportBodyOf(values: ReportFormValues): ReportCreateBody {
  const urls = values.urls
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const reportedAt = new Date(values.reportedAt);
  const name = values.anonymous ? undefined : optional(values.reporterName);
  const contact = values.anonymous ? undefined : optional(values.reporterContact);
  const caseId = optional(values.caseId);
  return {
    category: values.category,
    platform: values.platform,
    urls,
    reporter: {
      kind: values.reporterKind,
      anonymous: values.anonymous,
      ...(name ? { name } : {}),
      ...(contact ? { contact } : {}),
    },
    // An unreadable time goes to the server as typed, which names the field.
    reportedAt: Number.isNaN(reportedAt.getTime()) ? values.reportedAt : reportedAt.toISOString(),
    ...(caseId ? { caseId } : {}),
  };
}

/** The form field that shows a server error about a field of the body (`urls.2` → `urls`). */
export function formFieldOf(serverField: string): keyof ReportFormValues | undefined {
  if (serverField === "urls" || serverField.startsWith("urls.")) return "urls";
  const direct: Record<string, keyof ReportFormValues> = {
    category: "category",
    platform: "platform",
    "reporter.kind": "reporterKind",
    "reporter.anonymous": "anonymous",
    "reporter.name": "reporterName",
    "reporter.contact": "reporterContact",
    reportedAt: "reportedAt",
    caseId: "caseId",
  };
  return direct[serverField];
}
