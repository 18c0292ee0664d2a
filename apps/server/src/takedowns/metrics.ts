import type { TakedownMetrics, TakedownMetricsQuery } from "@sahabat/shared";
import type { Ctx } from "../platform/context.ts";
import { Forbidden, Invalid } from "../platform/errors.ts";
import { canReadMetrics } from "./policy.ts";

/** What the metrics read of one notice. */
export type MetricsRow = {
  sentAt: Date;
  acknowledgedAt: Date | null;
  removedAt: Date | null;
  refusedAt: Date | null;
  remindersSent: number;
  reportReceivedAt: Date;
  policeReferredAt: Date | null;
  hasReupload: boolean;
};

const hour = 3_600_000;

/** Every figure's definition, returned with it (do not compare a mean with a median). */
export const metricDefinitions = {
  noticesSent: "Notices sent in [from, to), by the time they were sent (UTC).",
  hoursToRemoval:
    "From the notice being sent to removal being recorded or verified, in hours. Median: the middle value (the mean of the two middle values for an even count); p90: nearest rank, the ⌈0.9·n⌉-th smallest.",
  shareRemovedWithin:
    "Notices removed within 24 h, 72 h and 7 days of sending, over all notices sent.",
  shareStillUpAfterDays:
    "Of the notices sent at least N days ago, those not removed N days after sending (refused ones included).",
  remindersSent: "Reminders sent for the notices sent in the period.",
  reuploadRate: "Of the removed notices, those whose content came back (a linked new cycle).",
  nonResponseRate:
    "Of the notices sent at least 72 h ago, those with no acknowledgement, removal or refusal within 72 h of sending.",
  hoursToPoliceReferral:
    "Median hours from the report being received to the police referral being recorded, over notices with a referral.",
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

/** The metrics of a set of sent notices, as of `now`. Pure: the clock is an argument. */
export function computeMetrics(rows: MetricsRow[], now: Date, stillUpDays: number) {
  const hoursToRemoval = rows
    .filter((r) => r.removedAt)
    .map((r) => ((r.removedAt as Date).getTime() - r.sentAt.getTime()) / hour);
  const within = (hours: number) => hoursToRemoval.filter((h) => h <= hours).length;
  const stillUpWindow = stillUpDays * 24 * hour;
  const oldEnough = rows.filter((r) => r.sentAt.getTime() + stillUpWindow <= now.getTime());
  const stillUp = oldEnough.filter(
    (r) => !r.removedAt || r.removedAt.getTime() - r.sentAt.getTime() > stillUpWindow,
  );
  const answerable = rows.filter((r) => r.sentAt.getTime() + 72 * hour <= now.getTime());
  const firstAnswer = (r: MetricsRow) =>
    Math.min(...[r.acknowledgedAt, r.removedAt, r.refusedAt].map((d) => d?.getTime() ?? Infinity));
  const unanswered = answerable.filter((r) => firstAnswer(r) - r.sentAt.getTime() > 72 * hour);
  const removed = rows.filter((r) => r.removedAt);
  const referrals = rows
    .filter((r) => r.policeReferredAt)
    .map((r) => ((r.policeReferredAt as Date).getTime() - r.reportReceivedAt.getTime()) / hour);
  return {
    noticesSent: rows.length,
    removed: removed.length,
    refused: rows.filter((r) => r.refusedAt).length,
    medianHoursToRemoval: round(median(hoursToRemoval)),
    p90HoursToRemoval: round(nearestRank(hoursToRemoval, 0.9)),
    shareRemovedWithin24h: round(share(within(24), rows.length)),
    shareRemovedWithin72h: round(share(within(72), rows.length)),
    shareRemovedWithin7d: round(share(within(168), rows.length)),
    stillUpAfterDays: stillUpDays,
    shareStillUpAfterDays: round(share(stillUp.length, oldEnough.length)),
    remindersSent: rows.reduce((sum, r) => sum + r.remindersSent, 0),
    reuploadRate: round(share(removed.filter((r) => r.hasReupload).length, removed.length)),
    nonResponseRate: round(share(unanswered.length, answerable.length)),
    medianHoursToPoliceReferral: round(median(referrals)),
  };
}

/** The metrics of the actor's organisation's notices sent in the period, by platform and category. */
export async function takedownMetrics(
  ctx: Ctx,
  query: TakedownMetricsQuery,
): Promise<TakedownMetrics> {
  const actor = ctx.actor;
  if (!canReadMetrics(actor)) throw new Forbidden("Your role does not read takedown metrics");
  if (Date.parse(query.to) <= Date.parse(query.from))
    throw new Invalid("to", "The end of the period comes after its start", "end_before_start");
  let select = ctx.db
    .selectFrom("takedown_notices as n")
    .select((eb) => [
      "n.sent_at",
      "n.acknowledged_at",
      "n.removed_at",
      "n.refused_at",
      "n.reminders_sent",
      "n.report_received_at",
      "n.police_referred_at",
      eb
        .exists(
          eb
            .selectFrom("takedown_notices as later")
            .select("later.id")
            .whereRef("later.previous_notice_id", "=", "n.id"),
        )
        .as("has_reupload"),
    ])
    .where("n.organisation_id", "=", actor.organisationId)
    .where("n.sent_at", ">=", new Date(query.from))
    .where("n.sent_at", "<", new Date(query.to));
  if (query.platform) select = select.where("n.platform_key", "=", query.platform);
  if (query.category) select = select.where("n.category", "=", query.category);
  const rows = await select.execute();
  const metrics = computeMetrics(
    rows.map((r) => ({
      sentAt: r.sent_at as Date,
      acknowledgedAt: r.acknowledged_at,
      removedAt: r.removed_at,
      refusedAt: r.refused_at,
      remindersSent: r.reminders_sent,
      reportReceivedAt: r.report_received_at,
      policeReferredAt: r.police_referred_at,
      hasReupload: Boolean(r.has_reupload),
    })),
    ctx.clock.now(),
    query.stillUpDays,
  );
  return {
    from: new Date(query.from).toISOString(),
    to: new Date(query.to).toISOString(),
    platform: query.platform ?? null,
    category: query.category ?? null,
    ...metrics,
    definitions: metricDefinitions,
  };
}
