import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { markRead, notificationsQuery } from "./notifications-api.ts";

/** Opening a referral reads its notifications: the count in the header goes down by itself. */
export function useReadNotificationsOf(referralId: string) {
  const queryClient = useQueryClient();
  const unread = useQuery(notificationsQuery(true));
  useEffect(() => {
    const about = (unread.data ?? []).filter((n) => n.referralId === referralId);
    if (about.length === 0) return;
    void Promise.all(about.map((n) => markRead(n.id))).then(() =>
      queryClient.invalidateQueries({ queryKey: ["notifications"] }),
    );
  }, [unread.data, referralId, queryClient]);
}
