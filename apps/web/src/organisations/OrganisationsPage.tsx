import { Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { OrganisationView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isOfferedOrganisationCreation } from "../app/navigation.ts";
import { useSignedInSession } from "../app/signed-in.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { OrganisationForm } from "./OrganisationForm.tsx";
import { organisationsQuery } from "./organisations-api.ts";

/** The node's organisations (or the reader's own), and the form that adds one. */
export function OrganisationsPage() {
  const { t } = useTranslation("admin");
  const { user } = useSignedInSession();
  const navigate = useNavigate();
  const [isAdding, setAdding] = useState(false);
  const organisations = useQuery(organisationsQuery);
  return (
    <Stack gap="lg">
      <PageTitle>{t("organisations.title")}</PageTitle>
      {isOfferedOrganisationCreation(user.role) && !isAdding && (
        <Button onClick={() => setAdding(true)} size="md" style={{ alignSelf: "flex-start" }}>
          {t("organisations.add")}
        </Button>
      )}
      {isAdding && (
        <Paper withBorder p="lg" component="section" aria-labelledby="new-organisation">
          <Title order={2} id="new-organisation" mb="md">
            {t("organisations.new")}
          </Title>
          <OrganisationForm
            onSaved={(created) =>
              void navigate({
                to: "/organisations/$organisationId",
                params: { organisationId: created.id },
              })
            }
            onCancel={() => setAdding(false)}
          />
        </Paper>
      )}
      <QueryState query={organisations}>
        {(list) => <OrganisationTable organisations={list} />}
      </QueryState>
    </Stack>
  );
}

function OrganisationTable({ organisations }: { organisations: OrganisationView[] }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{t("organisations.count", { count: organisations.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("organisation.name")}</Table.Th>
            <Table.Th scope="col">{t("organisation.agencyType")}</Table.Th>
            <Table.Th scope="col">{t("organisation.country")}</Table.Th>
            <Table.Th scope="col">{t("organisation.province")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <AnchorLink to="/organisations/$organisationId" params={{ organisationId: o.id }}>
                  {o.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`agencyType.${o.agencyType}`, { ns: "common" })}</Table.Td>
              <Table.Td>{format.country(o.countryCode)}</Table.Td>
              <Table.Td>
                {o.province ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
