import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { type CaseDetail, type PlanView, serviceKeys } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useSignedInSession } from "../../app/signed-in.ts";
import { allProvidersQuery } from "../../directory/directory-api.ts";
import { ButtonLink } from "../../ui/ButtonLink.tsx";
import { DetailList } from "../../ui/DetailList.tsx";
import { useFormat } from "../../ui/format.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { planQuery } from "../records-api.ts";
import { PlanItemForm } from "./PlanItemForm.tsx";

type Plan = z.infer<typeof PlanView>;
type Item = Plan["items"][number];

/** The case plan over the ten services of the ASEAN minimum service package; gaps stand out. */
export function PlanTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const plan = useQuery(planQuery(c.id));
  return (
    <Stack gap="md" maw={960}>
      <Text>{t("plan.intro")}</Text>
      <QueryState query={plan}>
        {(data) => (
          <Stack gap="md">
            <Text role="status" fw={600}>
              {t("plan.missingCount", { count: data.missing.length })}
            </Text>
            {serviceKeys.map((key) => (
              <ServiceCard
                key={key}
                c={c}
                serviceKey={key}
                item={data.items.find((i) => i.serviceKey === key)}
                isMissing={data.missing.includes(key)}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

type ServiceKey = (typeof serviceKeys)[number];

function ServiceCard(props: {
  c: CaseDetail;
  serviceKey: ServiceKey;
  item: Item | undefined;
  isMissing: boolean;
}) {
  const { c, serviceKey, item, isMissing } = props;
  const { t } = useTranslation("cases");
  const vocab = useVocab();
  const [isEditing, setEditing] = useState(false);
  const titleId = `plan-${serviceKey}`;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={titleId}
      style={isMissing ? { borderLeft: "6px solid #b8860b" } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text id={titleId} component="h2" fw={700} fz="lg">
            {vocab("service", serviceKey)}
          </Text>
          <Text size="sm" c="dimmed">
            {vocab("serviceAbout", serviceKey)}
          </Text>
        </Stack>
        <Group gap="xs" justify="flex-end">
          {item && (
            <Badge
              variant="outline"
              color="sahabat.9"
              c="sahabat.9"
              size="lg"
              tt="none"
              style={{ background: "#e8f4f6" }}
            >
              {vocab("planStatus", item.status)}
            </Badge>
          )}
          {isMissing && (
            <Badge variant="outline" color="#7a5b00" size="lg" tt="none">
              {t("plan.missing")}
            </Badge>
          )}
        </Group>
      </Group>
      {item && <ItemDetails item={item} />}
      {isEditing ? (
        <PlanItemForm
          caseId={c.id}
          serviceKey={serviceKey}
          item={item}
          onDone={() => setEditing(false)}
        />
      ) : (
        c.can.update && (
          <Group mt="sm">
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("plan.edit", { service: vocab("service", serviceKey) })}
            </Button>
            <ButtonLink
              to="/cases/$caseId/refer"
              params={{ caseId: c.id }}
              search={{ service: serviceKey }}
              variant="light"
            >
              {t("plan.refer", { service: vocab("service", serviceKey) })}
            </ButtonLink>
          </Group>
        )
      )}
    </Card>
  );
}

function ItemDetails({ item }: { item: Item }) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const { user } = useSignedInSession();
  const providers = useQuery(allProvidersQuery);
  const provider = (orgId: string) =>
    orgId === user.organisationId
      ? user.organisationName
      : (providers.data?.find((p) => p.organisationId === orgId)?.name ??
        t("plan.otherOrganisation"));
  const items = [
    ...(item.providerOrganisationId
      ? [{ label: t("plan.provider"), value: provider(item.providerOrganisationId) }]
      : []),
    ...(item.startOn ? [{ label: t("plan.startOn"), value: format.day(item.startOn) }] : []),
    ...(item.endOn ? [{ label: t("plan.endOn"), value: format.day(item.endOn) }] : []),
    ...(item.outcome ? [{ label: t("plan.outcome"), value: item.outcome }] : []),
  ];
  if (items.length === 0) return null;
  return (
    <Stack mt="sm">
      <DetailList items={items} />
    </Stack>
  );
}
