import { Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { NotificationList } from "./NotificationList.tsx";
import { notificationsQuery } from "./notifications-api.ts";

/** Every notification of the reader, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation("referrals");
  const all = useQuery(notificationsQuery(false));
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle>{t("notifications.title")}</PageTitle>
      <QueryState query={all}>{(list) => <NotificationList notifications={list} />}</QueryState>
    </Stack>
  );
}
