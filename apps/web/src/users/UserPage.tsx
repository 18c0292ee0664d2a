import { Alert, Paper, Stack, Title } from "@mantine/core";
import type { UserView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localeNames } from "../app/i18n.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { UserEditForm } from "./UserEditForm.tsx";
import { userStatusOf } from "./user-status.ts";
import { userQuery } from "./users-api.ts";

/** One account: who they are, and (for those who may) their role, language and access. */
export function UserPage({ userId }: { userId: string }) {
  const user = useQuery(userQuery(userId));
  return <QueryState query={user}>{(u) => <UserDetails user={u} />}</QueryState>;
}

function UserDetails({ user }: { user: UserView }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const [isSaved, setSaved] = useState(false);
  const status = userStatusOf(user, new Date());
  return (
    <Stack gap="xl" maw={760}>
      <PageTitle>{user.displayName}</PageTitle>
      <AnchorLink
        to="/organisations/$organisationId"
        params={{ organisationId: user.organisationId }}
      >
        {t("user.backToOrganisation")}
      </AnchorLink>
      <Paper withBorder p="lg" component="section" aria-labelledby="user-details">
        <Title order={2} id="user-details" mb="md">
          {t("user.details")}
        </Title>
        <DetailList
          items={[
            { label: t("user.email"), value: user.email },
            { label: t("user.role"), value: t(`role.${user.role}`, { ns: "common" }) },
            {
              label: t("user.locale"),
              value: <span lang={user.locale}>{localeNames[user.locale]}</span>,
            },
            {
              label: t("user.secondFactor"),
              value: user.hasSecondFactor ? t("user.enrolled") : t("user.notEnrolled"),
            },
            {
              label: t("user.status"),
              value:
                status === "locked" && user.lockedUntil
                  ? t("user.lockedUntil", { time: format.dateTime(user.lockedUntil) })
                  : t(`user.statusValue.${status}`),
            },
            { label: t("user.createdAt"), value: format.date(user.createdAt) },
          ]}
        />
      </Paper>
      {user.can.update && (
        <Paper withBorder p="lg" component="section" aria-labelledby="user-edit">
          <Title order={2} id="user-edit" mb="md">
            {t("user.change")}
          </Title>
          {isSaved && (
            <Alert role="status" variant="light" mb="md">
              {t("user.saved")}
            </Alert>
          )}
          <UserEditForm
            user={user}
            onSaved={() => setSaved(true)}
            onChanging={() => setSaved(false)}
          />
        </Paper>
      )}
    </Stack>
  );
}
