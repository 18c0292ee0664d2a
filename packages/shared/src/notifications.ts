import { z } from "zod";

/** An in-app notification (GET /api/notifications): what happened and to which record, no names. */
export const NotificationView = z.strictObject({
  id: z.string(),
  kind: z.string(),
  referralId: z.string().nullable(),
  caseId: z.string().nullable(),
  hitQueryId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;
