import { describe, expect, it } from "vitest";
import { computeMetrics, type MetricsRow } from "./metrics.ts";

/* The metrics' arithmetic on a fixed timeline: exact figures, and the edges of each window. */

const hour = 3_600_000;
const t0 = Date.parse("2026-03-01T00:00:00Z");
const at = (hours: number) => new Date(t0 + hours * hour);

function notice(o: Partial<MetricsRow> = {}): MetricsRow {
  return {
    sentAt: at(0),
    acknowledgedAt: null,
    removedAt: null,
    refusedAt: null,
    remindersSent: 0,
    reportReceivedAt: at(-2),
    policeReferredAt: null,
    hasReupload: false,
    ...o,
  };
}

describe("takedown metrics", () => {
  it("computes every figure on five notices", () => {
    const rows = [
      notice({ removedAt: at(6), acknowledgedAt: at(1), policeReferredAt: at(10) }),
      notice({ removedAt: at(24), hasReupload: true, remindersSent: 1 }),
      notice({ removedAt: at(72), remindersSent: 3, policeReferredAt: at(46) }),
      notice({ removedAt: at(200), remindersSent: 8 }),
      notice({ refusedAt: at(80), remindersSent: 3, policeReferredAt: at(22) }),
    ];
    expect(computeMetrics(rows, at(24 * 30), 7)).toEqual({
      noticesSent: 5,
      removed: 4,
      refused: 1,
      // 6, 24, 72, 200: the mean of the middle two; p90 by nearest rank (⌈3.6⌉ = 4th).
      medianHoursToRemoval: 48,
      p90HoursToRemoval: 200,
      shareRemovedWithin24h: 0.4,
      shareRemovedWithin72h: 0.6,
      shareRemovedWithin7d: 0.6,
      stillUpAfterDays: 7,
      shareStillUpAfterDays: 0.4,
      remindersSent: 15,
      reuploadRate: 0.25,
      // The 200 h and the refused-at-80 h notices answered after 72 h.
      nonResponseRate: 0.4,
      // 12, 24, 48 hours from the report.
      medianHoursToPoliceReferral: 24,
    });
  });

  it("leaves out of the windows what is too recent to judge; nothing gives null", () => {
    const recent = [notice({ sentAt: at(100) }), notice({ removedAt: at(3) })];
    const m = computeMetrics(recent, at(150), 7);
    expect(m.shareStillUpAfterDays).toBeNull();
    expect(m.nonResponseRate).toBe(0);
    expect(m.medianHoursToRemoval).toBe(3);
    const none = computeMetrics([], at(0), 7);
    expect(none).toMatchObject({
      noticesSent: 0,
      medianHoursToRemoval: null,
      p90HoursToRemoval: null,
      shareRemovedWithin24h: null,
      reuploadRate: null,
      nonResponseRate: null,
    });
  });
});
