import type { Notice, NoticeStep } from "./takedowns-api.ts";

/**
 * The steps the server accepts from the notice's current state (steps.service.ts): out-of-order
 * buttons are not offered. The server still decides, and its 409 is shown if the state moved
 * meanwhile (a colleague recorded a step, a removal check closed it).
 */
export function nextSteps(notice: Pick<Notice, "status" | "policeReferredAt">): NoticeStep[] {
  const steps: NoticeStep[] = [];
  if (notice.status === "sent") steps.push("acknowledged");
  if (notice.status === "sent" || notice.status === "acknowledged")
    steps.push("removed", "refused");
  // The police referral is recorded once, at any point.
  if (notice.policeReferredAt === null) steps.push("police_referred");
  return steps;
}

/** Whether a removal check may run: the notice has gone out. */
export function isCheckable(notice: Pick<Notice, "status">): boolean {
  return (
    notice.status === "sent" || notice.status === "acknowledged" || notice.status === "removed"
  );
}
