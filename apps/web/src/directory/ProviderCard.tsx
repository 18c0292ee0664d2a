import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ProviderView } from "@sahabat/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import { BedsForm } from "./BedsForm.tsx";
import type { DirectoryFilters } from "./directory-api.ts";

/** One provider: what it offers, to whom, in which languages, free beds, and why it ranks here. */
export function ProviderCard(props: {
  provider: ProviderView;
  filters: DirectoryFilters;
  action?: ReactNode;
}) {
  const { provider: p, filters, action } = props;
  const { t } = useTranslation("directory");
  const vocab = useVocab();
  const format = useFormat();
  const titleId = `provider-${p.id}`;
  const place = [p.province, format.country(p.countryCode)].filter(Boolean).join(", ");
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text id={titleId} component="h3" fw={700} fz="lg">
              {p.name}
            </Text>
            <Text c="dimmed">
              {p.distanceKm === null ? place : t("card.distance", { place, km: p.distanceKm })}
            </Text>
          </Stack>
          <Beds provider={p} />
        </Group>
        <WhyHere provider={p} filters={filters} />
        <DetailList
          items={[
            {
              label: t("card.services"),
              value: p.services.map((s) => vocab("service", s)).join(", "),
            },
            {
              label: t("card.languages"),
              value: p.languages.map(format.language).join(", ") || "—",
            },
            {
              label: t("card.accepts"),
              value: t("card.ages", {
                min: p.minAge,
                max: p.maxAge,
                sexes: p.sexes.map((s) => vocab("sex", s)).join(", "),
              }),
            },
            { label: t("card.hours"), value: p.hours ?? "—" },
            ...(p.hotlineNumbers.length
              ? [{ label: t("card.hotlines"), value: p.hotlineNumbers.join(", ") }]
              : []),
          ]}
        />
        {p.can.updateAvailability && p.bedCapacity !== null && <BedsForm provider={p} />}
        {action && <Group>{action}</Group>}
      </Stack>
    </Card>
  );
}

function Beds({ provider: p }: { provider: ProviderView }) {
  const { t } = useTranslation("directory");
  const format = useFormat();
  if (p.bedCapacity === null) return null;
  const free = p.bedsAvailable ?? 0;
  return (
    <Stack gap={0} align="flex-end">
      <Badge
        variant={free > 0 ? "filled" : "outline"}
        color={free > 0 ? "sahabat.9" : "gray.7"}
        size="xl"
        tt="none"
      >
        {t("card.beds", { free, capacity: p.bedCapacity })}
      </Badge>
      {p.availabilityUpdatedAt && (
        <Text size="sm" c="dimmed">
          {t("card.updated", { when: format.dateTime(p.availabilityUpdatedAt) })}
        </Text>
      )}
    </Stack>
  );
}

/** The reasons of the ranking, in words: the directory explains its order. */
function WhyHere({ provider: p, filters }: { provider: ProviderView; filters: DirectoryFilters }) {
  const { t } = useTranslation("directory");
  const vocab = useVocab();
  const format = useFormat();
  const reasons = p.matches.map((m) => {
    if (m === "service" && filters.service)
      return t("why.service", { service: vocab("service", filters.service) });
    if (m === "language" && filters.language)
      return t("why.language", { language: format.language(filters.language) });
    if (m === "free_bed") return t("why.freeBed");
    if (m === "province") return t("why.province", { province: p.province ?? "" });
    return m;
  });
  if (reasons.length === 0) return null;
  return (
    <Text>
      <Text span fw={600}>
        {t("why.title")}
      </Text>{" "}
      {format.list(reasons)}
    </Text>
  );
}
