import { Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { HitQueryDetails } from "../selectors/HitQueryDetails.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import { markRead, type NotificationView } from "./notifications-api.ts";

/** Notifications, newest first; opening one marks it read and goes to its referral. */
export function NotificationList({ notifications }: { notifications: NotificationView[] }) {
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const open = async (n: NotificationView) => {
    if (!n.readAt) await read.mutateAsync(n.id);
    if (n.referralId) {
      await navigate({ to: "/referrals/$referralId", params: { referralId: n.referralId } });
    }
  };
  if (notifications.length === 0) return <Text c="dimmed">{t("notifications.none")}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {notifications.map((n) => (
        <Group key={n.id} component="li" justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={n.readAt ? 400 : 700}>{vocab("notificationKind", n.kind)}</Text>
            <Text size="sm" c="dimmed">
              <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
              {n.readAt ? "" : ` · ${t("notifications.new")}`}
            </Text>
            {n.hitQueryId && <HitQueryDetails hitQueryId={n.hitQueryId} />}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {n.referralId && (
              <Button variant="default" size="sm" onClick={() => void open(n)}>
                {t("notifications.open")}
              </Button>
            )}
            {!n.readAt && !n.referralId && (
              <Button variant="subtle" size="sm" onClick={() => read.mutate(n.id)}>
                {t("notifications.markRead")}
              </Button>
            )}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
