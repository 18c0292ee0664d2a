import {
  Alert,
  Box,
  Group,
  NativeSelect,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../ui/messages.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { Section } from "../ui/Section.tsx";
import { definitionKeyOfColumn, metricDefinitionText } from "./metric-definitions.ts";
import { metricFormatters, periodOf } from "./metrics-format.ts";
import { takedownCategories } from "./notice-prefill.ts";
import { type Metrics, metricsQuery, platformsQuery } from "./takedowns-api.ts";

type GroupBy = "platform" | "category";
type Row = { key: string; label: string; filter: { platform?: string; category?: string } };

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The removal bars: within 24 h, within 72 h, within 7 days, one bar a row. A chart made of
 * Mantine's Progress (no chart library is bundled, and one bar chart does not need one); each
 * bar also says its figures in text, so it reads without colour or sight.
 */
function RemovalBars({ rows, results }: { rows: Row[]; results: (Metrics | undefined)[] }) {
  const { t, i18n } = useTranslation("takedowns");
  const f = metricFormatters(i18n.language);
  return (
    <Stack gap="sm" component="figure" m={0} aria-labelledby="removal-chart-caption">
      <Text component="figcaption" id="removal-chart-caption" fw={600}>
        {t("metrics.chart")}
      </Text>
      {rows.map((row, i) => {
        const m = results[i];
        if (!m || m.noticesSent === 0) return null;
        const s24 = (m.shareRemovedWithin24h ?? 0) * 100;
        const s72 = (m.shareRemovedWithin72h ?? 0) * 100;
        const s7d = (m.shareRemovedWithin7d ?? 0) * 100;
        const text = t("metrics.chartRow", {
          within24h: f.share(m.shareRemovedWithin24h),
          within72h: f.share(m.shareRemovedWithin72h),
          within7d: f.share(m.shareRemovedWithin7d),
        });
        return (
          <div key={row.key}>
            <Text size="sm">
              {row.label}: {text}
            </Text>
            <Progress.Root size="lg" aria-hidden>
              <Progress.Section value={s24} color="teal.7" />
              <Progress.Section value={Math.max(0, s72 - s24)} color="teal.4" />
              <Progress.Section value={Math.max(0, s7d - s72)} color="teal.2" />
            </Progress.Root>
          </div>
        );
      })}
      <Group gap="md">
        {(
          [
            ["teal.7", "metrics.within24h"],
            ["teal.4", "metrics.within72h"],
            ["teal.2", "metrics.within7d"],
          ] as const
        ).map(([colour, key]) => (
          <Group gap={6} key={key}>
            <Box w={14} h={14} bg={colour} aria-hidden style={{ borderRadius: 2 }} />
            <Text size="sm">{t(key)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

/** Takedown metrics of the agency's notices sent in a period, per platform or per category. */
export function MetricsPage() {
  const { t, i18n } = useTranslation("takedowns");
  const { t: tc } = useTranslation();
  const f = metricFormatters(i18n.language);
  const [fromDay, setFromDay] = useState(() => daysAgo(30));
  const [toDay, setToDay] = useState(() => daysAgo(0));
  const [groupBy, setGroupBy] = useState<GroupBy>("platform");
  const [category, setCategory] = useState("");
  const [platform, setPlatform] = useState("");
  const [stillUpDays, setStillUpDays] = useState("7");
  const platforms = useQuery(platformsQuery());
  const period = periodOf(fromDay, toDay);
  const days = Number(stillUpDays);
  const validDays = Number.isInteger(days) && days >= 1 && days <= 365 ? days : 7;
  const total: Row = {
    key: "all",
    label: t("metrics.all"),
    filter:
      groupBy === "platform"
        ? { category: category || undefined }
        : { platform: platform || undefined },
  };
  const groups: Row[] =
    groupBy === "platform"
      ? (platforms.data ?? []).map((p) => ({
          key: p.key,
          label: p.name,
          filter: { platform: p.key, category: category || undefined },
        }))
      : takedownCategories.map((c) => ({
          key: c,
          label: t(`category.${c}`),
          filter: { category: c, platform: platform || undefined },
        }));
  const rows = [total, ...groups];
  const results = useQueries({
    queries: rows.map((row) => ({
      ...metricsQuery({
        from: period?.from ?? "",
        to: period?.to ?? "",
        stillUpDays: validDays,
        ...row.filter,
      }),
      enabled: period !== null,
    })),
  });
  const error = results.find((r) => r.isError)?.error;
  const data = results.map((r) => r.data);
  const definitions = data[0]?.definitions ?? {};
  const columns: { key: string; label: string; value: (m: Metrics) => string }[] = [
    { key: "noticesSent", label: t("metrics.sent"), value: (m) => String(m.noticesSent) },
    { key: "removed", label: t("metrics.removed"), value: (m) => String(m.removed) },
    {
      key: "medianHoursToRemoval",
      label: t("metrics.median"),
      value: (m) => f.hours(m.medianHoursToRemoval),
    },
    {
      key: "p90HoursToRemoval",
      label: t("metrics.p90"),
      value: (m) => f.hours(m.p90HoursToRemoval),
    },
    {
      key: "shareRemovedWithin24h",
      label: t("metrics.within24h"),
      value: (m) => f.share(m.shareRemovedWithin24h),
    },
    {
      key: "shareRemovedWithin72h",
      label: t("metrics.within72h"),
      value: (m) => f.share(m.shareRemovedWithin72h),
    },
    {
      key: "shareRemovedWithin7d",
      label: t("metrics.within7d"),
      value: (m) => f.share(m.shareRemovedWithin7d),
    },
    {
      key: "shareStillUpAfterDays",
      label: t("metrics.stillUp", { days: validDays }),
      value: (m) => f.share(m.shareStillUpAfterDays),
    },
    { key: "remindersSent", label: t("metrics.reminders"), value: (m) => String(m.remindersSent) },
    { key: "reuploadRate", label: t("metrics.reupload"), value: (m) => f.share(m.reuploadRate) },
    {
      key: "nonResponseRate",
      label: t("metrics.nonResponse"),
      value: (m) => f.share(m.nonResponseRate),
    },
    {
      key: "medianHoursToPoliceReferral",
      label: t("metrics.police"),
      value: (m) => f.hours(m.medianHoursToPoliceReferral),
    },
  ];
  const definitionOf = (key: string): string | undefined => {
    const text = definitions[key];
    return text === undefined ? undefined : metricDefinitionText(t, key, text, validDays);
  };
  // The server defines some figures together (median and p90; the three shares).
  const definitionLabel = (key: string): string => {
    if (key === "hoursToRemoval") return `${t("metrics.median")} · ${t("metrics.p90")}`;
    if (key === "shareRemovedWithin")
      return [t("metrics.within24h"), t("metrics.within72h"), t("metrics.within7d")].join(" · ");
    if (key === "hoursToPoliceReferral") return t("metrics.police");
    return columns.find((c) => c.key === key)?.label ?? key;
  };
  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle>{t("metrics.title")}</PageTitle>
      <Text>{t("metrics.intro")}</Text>
      <Section title={t("metrics.period")}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t("metrics.from")}
            value={fromDay}
            onChange={(e) => setFromDay(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("metrics.to")}
            value={toDay}
            onChange={(e) => setToDay(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("metrics.groupBy")}
            value={groupBy}
            onChange={(e) =>
              setGroupBy(e.currentTarget.value === "category" ? "category" : "platform")
            }
            data={[
              { value: "platform", label: t("metrics.byPlatform") },
              { value: "category", label: t("metrics.byCategory") },
            ]}
          />
          {groupBy === "platform" ? (
            <NativeSelect
              label={t("form.category")}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value)}
              data={[
                { value: "", label: t("metrics.allCategories") },
                ...takedownCategories.map((c) => ({ value: c, label: t(`category.${c}`) })),
              ]}
            />
          ) : (
            <NativeSelect
              label={t("form.platform")}
              value={platform}
              onChange={(e) => setPlatform(e.currentTarget.value)}
              data={[
                { value: "", label: t("metrics.allPlatforms") },
                ...(platforms.data ?? []).map((p) => ({ value: p.key, label: p.name })),
              ]}
            />
          )}
          <TextInput
            type="number"
            min={1}
            max={365}
            label={t("metrics.stillUpDays")}
            value={stillUpDays}
            onChange={(e) => setStillUpDays(e.currentTarget.value)}
            w={140}
          />
        </Group>
        {period === null && (
          <Text c="var(--mantine-color-error)" size="sm" mt="sm" role="alert">
            {t("metrics.badPeriod")}
          </Text>
        )}
      </Section>
      {error && (
        <Alert role="alert" color="var(--mantine-color-error)" variant="light">
          {problemMessage(tc, error)}
        </Alert>
      )}
      {/* A wide table scrolls sideways; the region takes focus so a keyboard can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <section aria-label={t("metrics.title")} tabIndex={0} style={{ overflowX: "auto" }}>
        <Table striped withColumnBorders miw={1000}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {groupBy === "platform" ? t("form.platform") : t("form.category")}
              </Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key} title={definitionOf(definitionKeyOfColumn(c.key))}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => {
              const m = data[i];
              return (
                <Table.Tr key={row.key} fw={row.key === "all" ? 700 : undefined}>
                  <Table.Th scope="row">{row.label}</Table.Th>
                  {columns.map((c) => (
                    <Table.Td key={c.key}>{m ? c.value(m) : "…"}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </section>
      <RemovalBars rows={rows} results={data} />
      {Object.keys(definitions).length > 0 && (
        <Section title={t("metrics.definitions")}>
          <Stack gap={4}>
            {Object.entries(definitions).map(([key, text]) => (
              <Text size="sm" key={key}>
                <strong>{definitionLabel(key)}</strong>:{" "}
                {metricDefinitionText(t, key, text, validDays)}
              </Text>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
