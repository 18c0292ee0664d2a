import type { NoticePrefill, TakedownCategory } from "./notice-prefill.ts";
import type { Notice, NoticeBody } from "./takedowns-api.ts";

// The choices the form offers are the server's lists (@sahabat/shared).
export { captureMethods, noticeLanguages, requestedActions } from "@sahabat/shared";

/** A target as the form holds it: every field a string, times as `YYYY-MM-DDTHH:mm` in UTC. */
export type TargetValues = {
  url: string;
  contentId: string;
  accountId: string;
  firstSeenAt: string;
  lastSeenAt: string;
  captureMethod: string;
  fingerprints: { type: string; value: string }[];
  excerpt: string;
};

/**
 * The form's values. Field names follow the API body's paths (`issuer.unit`,
 * `targets.0.url`, `responseChannel.email`) so the server's field errors land on the field.
 */
export type NoticeValues = {
  language: string;
  platform: string;
  category: string;
  issuer: { unit: string; contactName: string; contactEmail: string; contactPhone: string };
  targets: TargetValues[];
  explanation: string;
  decisionReference: string;
  requestedActions: string[];
  preservationDays: string;
  redress: string;
  responseChannel: { email: string; url: string };
  reportReceivedAt: string;
};

/**
 * Times are entered and shown in UTC (notices and platforms' logs speak UTC), in the
 * browser's `datetime-local` format without a zone.
 */
export function toUtcInput(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
}

/** `YYYY-MM-DDTHH:mm` read as UTC, as ISO 8601; anything else is sent as typed for the server to refuse. */
export function fromUtcInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00.000Z` : value;
}

export function emptyTarget(now: string): TargetValues {
  return {
    url: "",
    contentId: "",
    accountId: "",
    firstSeenAt: toUtcInput(now),
    lastSeenAt: toUtcInput(now),
    captureMethod: "officer",
    fingerprints: [],
    excerpt: "",
  };
}

/** A new notice's values, filled from another page's prefill (notice-prefill.ts). */
export function valuesFromPrefill(
  prefill: NoticePrefill,
  defaults: { now: string; language: string; contactName: string; contactEmail: string },
): NoticeValues {
  const urls = prefill.urls?.length ? prefill.urls : [""];
  return {
    language: defaults.language,
    platform: prefill.platform ?? "",
    category: prefill.category ?? "",
    issuer: {
      unit: "",
      contactName: defaults.contactName,
      contactEmail: defaults.contactEmail,
      contactPhone: "",
    },
    targets: urls.map((url) => ({
      ...emptyTarget(defaults.now),
      url,
      fingerprints: (prefill.fingerprints ?? []).map((f) => ({ ...f })),
      excerpt: prefill.excerpt ?? "",
    })),
    explanation: "",
    decisionReference: "",
    requestedActions: ["remove", "preserve_evidence", "do_not_notify_user"],
    preservationDays: "90",
    redress: "",
    responseChannel: { email: defaults.contactEmail, url: "" },
    reportReceivedAt: toUtcInput(prefill.reportReceivedAt ?? defaults.now),
  };
}

/** An existing draft's values, to edit it (the next version). */
export function valuesFromNotice(notice: Notice): NoticeValues {
  return {
    language: notice.language,
    platform: notice.recipient.platform,
    category: notice.category,
    issuer: {
      unit: notice.issuer.unit,
      contactName: notice.issuer.contactName,
      contactEmail: notice.issuer.contactEmail,
      contactPhone: notice.issuer.contactPhone ?? "",
    },
    targets: notice.targets.map((target) => ({
      url: target.url,
      contentId: target.contentId ?? "",
      accountId: target.accountId ?? "",
      firstSeenAt: toUtcInput(target.firstSeenAt),
      lastSeenAt: toUtcInput(target.lastSeenAt),
      captureMethod: target.captureMethod,
      fingerprints: target.fingerprints.map((f) => ({ type: f.type, value: f.value })),
      excerpt: target.excerpt ?? "",
    })),
    explanation: notice.explanation,
    decisionReference: notice.legalBasis.decisionReference ?? "",
    requestedActions: [...notice.requestedActions],
    preservationDays: notice.preservationDays === null ? "" : String(notice.preservationDays),
    redress: notice.redress,
    responseChannel: {
      email: notice.responseChannel.email ?? "",
      url: notice.responseChannel.url ?? "",
    },
    reportReceivedAt: toUtcInput(notice.reportReceivedAt),
  };
}

/** Only a text that is not blank is sent; a blank optional field is left out. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

/**
 * The API body of these values. It does not judge them: the server validates and names any
 * refused field. An excerpt is sent for recruitment adverts only (the server refuses it for
 * any other category, and a form that kept it hidden must not send it).
 */
export function noticeBody(values: NoticeValues): NoticeBody {
  const isAdvert = (values.category as TakedownCategory) === "recruitment_advert";
  const keepsEvidence = values.requestedActions.includes("preserve_evidence");
  const days = values.preservationDays.trim();
  const responseChannel = {
    ...optional("email", values.responseChannel.email),
    ...optional("url", values.responseChannel.url),
  };
  return {
    language: values.language,
    platform: values.platform,
    category: values.category,
    issuer: {
      unit: values.issuer.unit.trim(),
      contactName: values.issuer.contactName.trim(),
      contactEmail: values.issuer.contactEmail.trim(),
      ...optional("contactPhone", values.issuer.contactPhone),
    },
    targets: values.targets.map((target) => ({
      url: target.url.trim(),
      ...optional("contentId", target.contentId),
      ...optional("accountId", target.accountId),
      firstSeenAt: fromUtcInput(target.firstSeenAt),
      lastSeenAt: fromUtcInput(target.lastSeenAt),
      captureMethod: target.captureMethod,
      fingerprints: target.fingerprints
        .filter((f) => f.value.trim() !== "")
        .map((f) => ({ type: f.type, value: f.value.trim().toLowerCase() })),
      ...(isAdvert ? optional("excerpt", target.excerpt) : {}),
    })),
    explanation: values.explanation.trim(),
    ...optional("decisionReference", values.decisionReference),
    requestedActions: values.requestedActions,
    ...(keepsEvidence && days ? { preservationDays: Number(days) } : {}),
    redress: values.redress.trim(),
    ...(Object.keys(responseChannel).length > 0 ? { responseChannel } : {}),
    reportReceivedAt: fromUtcInput(values.reportReceivedAt),
  };
}
