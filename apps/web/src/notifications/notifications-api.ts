import { NotificationView } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

export type { NotificationView };

/**
 * The reader's notifications (their organisation's and their own). Checked every minute so the
 * count in the header follows new referrals without a reload.
 */
export function notificationsQuery(onlyUnread: boolean) {
  return queryOptions({
    queryKey: ["notifications", { onlyUnread }],
    queryFn: () =>
      apiRequest("GET", "/api/notifications", {
        schema: z.array(NotificationView),
        query: { unread: onlyUnread ? "true" : undefined },
      }),
    refetchInterval: 60_000,
  });
}

/** Marks one notification read. */
export function markRead(id: string) {
  return apiRequest("POST", `/api/notifications/${id}/read`, {
    schema: z.object({ ok: z.literal(true) }),
  });
}
