import { Group, List, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { CloseReportForm } from "./CloseReportForm.tsx";
import { DraftNoticeAction } from "./DraftNoticeAction.tsx";
import { MatchesTable, NoImageNote, StateBadge } from "./MatchesTable.tsx";
import { platformsQuery, type ReportView, reportQuery } from "./online-harm-api.ts";
import { UploadForm } from "./UploadForm.tsx";
import { UploadsTable } from "./UploadsTable.tsx";

function ReportFacts({ report }: { report: ReportView }) {
  const { t } = useTranslation("online-harm");
  const format = useFormat();
  const platforms = useQuery(platformsQuery);
  const platform = platforms.data?.find((p) => p.key === report.platform);
  const reporter = report.reporter.anonymous
    ? `${t(`reporterKind.${report.reporter.kind}`)} · ${t("anonymous")}`
    : [t(`reporterKind.${report.reporter.kind}`), report.reporter.name, report.reporter.contact]
        .filter(Boolean)
        .join(" · ");
  return (
    <DetailList
      items={[
        { label: t("field.category"), value: t(`category.${report.category}`) },
        { label: t("field.platform"), value: platform?.name ?? report.platform },
        { label: t("field.reporterKind"), value: reporter },
        { label: t("field.reportedAt"), value: format.dateTime(report.reportedAt) },
        {
          label: t("field.case"),
          value: report.caseId ? (
            <AnchorLink to="/cases/$caseId" params={{ caseId: report.caseId }}>
              {t("openCase")}
            </AnchorLink>
          ) : (
            "—"
          ),
        },
        { label: t("field.status"), value: t(`reportStatus.${report.status}`) },
        ...(report.closure
          ? [
              {
                label: t("close.closedAs"),
                value: `${t(`closeOutcome.${report.closure.outcome}`)} · ${format.dateTime(report.closure.closedAt)}`,
              },
              {
                label: t("close.reason"),
                value: <span style={{ whiteSpace: "pre-wrap" }}>{report.closure.reason}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * Addresses as plain text, never as links: a click must not open the material by accident.
 * They are what a takedown notice names.
 */
function Addresses({ urls }: { urls: string[] }) {
  const { t } = useTranslation("online-harm");
  if (urls.length === 0) return <Text>{t("addresses.none")}</Text>;
  return (
    <Stack gap="xs">
      <Text c="dimmed" fz="sm">
        {t("addresses.notLinks")}
      </Text>
      <List spacing={4}>
        {urls.map((url) => (
          <List.Item key={url} style={{ overflowWrap: "anywhere" }}>
            <Text span ff="monospace" fz="sm">
              {url}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function ReportBody({ report }: { report: ReportView }) {
  const { t } = useTranslation("online-harm");
  const known = report.matches.filter((m) => m.status === "known_material").length;
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <PageTitle>{t("report.title", { category: t(`category.${report.category}`) })}</PageTitle>
        {known > 0 ? (
          <StateBadge tone="known" size="lg">
            {t("list.known", { count: known })}
          </StateBadge>
        ) : null}
      </Group>
      <AnchorLink to="/online-harm">{t("report.back")}</AnchorLink>
      <Section title={t("report.facts")}>
        <ReportFacts report={report} />
      </Section>
      <Section title={t("addresses.title")}>
        <Addresses urls={report.urls} />
      </Section>
      <Section title={t("uploads.title")}>
        <Stack gap="md">
          <Text maw={720}>{t("uploads.intro")}</Text>
          {report.can.upload ? <UploadForm report={report} /> : null}
          {report.status === "closed" ? <Text c="dimmed">{t("close.noUploads")}</Text> : null}
          {report.uploads.length > 0 ? <UploadsTable uploads={report.uploads} /> : null}
        </Stack>
      </Section>
      <Section title={t("match.title")}>
        <Stack gap="md">
          <NoImageNote />
          <MatchesTable matches={report.matches} />
        </Stack>
      </Section>
      <Section title={t("notice.title")}>
        <DraftNoticeAction report={report} />
      </Section>
      {report.can.close ? (
        <Section title={t("close.title")}>
          <CloseReportForm report={report} />
        </Section>
      ) : null}
    </Stack>
  );
}

/** One online-harm report: its facts, addresses, files' fingerprints, matches and next step. */
export function ReportPage({ reportId }: { reportId: string }) {
  const report = useQuery(reportQuery(reportId));
  return (
    <Stack gap="lg" maw={1100}>
      <QueryState query={report}>{(data) => <ReportBody report={data} />}</QueryState>
    </Stack>
  );
}
