import { Anchor, Badge, Group } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { notificationsQuery } from "./notifications-api.ts";

/** The header's link to notifications, with the number unread in its name. */
export function NotificationsLink() {
  const { t } = useTranslation("referrals");
  const unread = useQuery(notificationsQuery(true));
  const count = unread.data?.length ?? 0;
  return (
    <Anchor component={Link} to="/notifications" underline="hover" fw={600}>
      <Group gap={6} wrap="nowrap">
        <span>{t("notifications.title")}</span>
        {count > 0 && (
          <Badge variant="filled" color="sahabat.9" size="lg" circle aria-hidden>
            {count}
          </Badge>
        )}
        {count > 0 && (
          <span className="visually-hidden">{t("notifications.unread", { count })}</span>
        )}
      </Group>
    </Anchor>
  );
}
