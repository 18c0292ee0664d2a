import { Button, Paper, Stack, Title } from "@mantine/core";
import type { OrganisationView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { UsersSection } from "../users/UsersSection.tsx";
import { OrganisationForm } from "./OrganisationForm.tsx";
import { organisationQuery } from "./organisations-api.ts";

/** One organisation: its details, and the people who work in it. */
export function OrganisationPage({ organisationId }: { organisationId: string }) {
  const organisation = useQuery(organisationQuery(organisationId));
  return (
    <QueryState query={organisation}>{(o) => <OrganisationDetails organisation={o} />}</QueryState>
  );
}

function OrganisationDetails({ organisation: o }: { organisation: OrganisationView }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const [isEditing, setEditing] = useState(false);
  return (
    <Stack gap="xl">
      <PageTitle>{o.name}</PageTitle>
      <Paper withBorder p="lg" component="section" aria-labelledby="organisation-details">
        <Title order={2} id="organisation-details" mb="md">
          {t("organisation.details")}
        </Title>
        {isEditing ? (
          <OrganisationForm
            organisation={o}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Stack gap="md">
            <DetailList
              items={[
                { label: t("organisation.name"), value: o.name },
                {
                  label: t("organisation.agencyType"),
                  value: t(`agencyType.${o.agencyType}`, { ns: "common" }),
                },
                { label: t("organisation.country"), value: format.country(o.countryCode) },
                { label: t("organisation.province"), value: o.province ?? "—" },
                { label: t("organisation.createdAt"), value: format.date(o.createdAt) },
              ]}
            />
            {o.can.update && (
              <Button
                variant="default"
                onClick={() => setEditing(true)}
                style={{ alignSelf: "flex-start" }}
              >
                {t("organisation.edit")}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
      <UsersSection organisation={o} />
    </Stack>
  );
}
