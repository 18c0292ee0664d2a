import { Alert, Button, Paper, Stack, Table, Title } from "@mantine/core";
import type { OrganisationView, UserView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localeNames } from "../app/i18n.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { UserCreateForm } from "./UserCreateForm.tsx";
import { userStatusOf } from "./user-status.ts";
import { usersQuery } from "./users-api.ts";

/** The people of an organisation, and the form that adds one (when the reader may). */
export function UsersSection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation("admin");
  const [isAdding, setAdding] = useState(false);
  const [created, setCreated] = useState<UserView | null>(null);
  const users = useQuery(usersQuery(organisation.id));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="organisation-users">
      <Stack gap="md">
        <Title order={2} id="organisation-users">
          {t("users.title")}
        </Title>
        {created && (
          <Alert role="status" variant="light" title={t("users.createdTitle")}>
            {t("users.created", { name: created.displayName })}
          </Alert>
        )}
        {organisation.can.createUser && !isAdding && (
          <Button
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
            style={{ alignSelf: "flex-start" }}
          >
            {t("users.add")}
          </Button>
        )}
        {isAdding && (
          <UserCreateForm
            organisation={organisation}
            onCreated={(user) => {
              setCreated(user);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
        <QueryState query={users}>{(list) => <UserTable users={list} />}</QueryState>
      </Stack>
    </Paper>
  );
}

function UserTable({ users }: { users: UserView[] }) {
  const { t } = useTranslation("admin");
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{t("users.count", { count: users.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("user.displayName")}</Table.Th>
            <Table.Th scope="col">{t("user.email")}</Table.Th>
            <Table.Th scope="col">{t("user.role")}</Table.Th>
            <Table.Th scope="col">{t("user.locale")}</Table.Th>
            <Table.Th scope="col">{t("user.secondFactor")}</Table.Th>
            <Table.Th scope="col">{t("user.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <AnchorLink to="/users/$userId" params={{ userId: u.id }}>
                  {u.displayName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{u.email}</Table.Td>
              <Table.Td>{t(`role.${u.role}`, { ns: "common" })}</Table.Td>
              <Table.Td lang={u.locale}>{localeNames[u.locale]}</Table.Td>
              <Table.Td>{u.hasSecondFactor ? t("user.enrolled") : t("user.notEnrolled")}</Table.Td>
              <Table.Td>{t(`user.statusValue.${userStatusOf(u, now)}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
