import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { StateBadge } from "./MatchesTable.tsx";
import { type ReportSummary, reportsQuery } from "./online-harm-api.ts";

/** Roles that decide perceptual matches (the server's rule; a caseworker is refused). */
export function isMatchReviewer(role: string) {
  return role === "supervisor" || role === "investigator";
}

function ReportRow({ report }: { report: ReportSummary }) {
  const { t } = useTranslation("online-harm");
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/online-harm/$reportId" params={{ reportId: report.id }}>
          {format.dateTime(report.reportedAt)}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{t(`category.${report.category}`)}</Table.Td>
      <Table.Td>{report.platform}</Table.Td>
      <Table.Td>
        {t(`reporterKind.${report.reporterKind}`)}
        {report.anonymous ? ` · ${t("anonymous")}` : ""}
      </Table.Td>
      <Table.Td ta="right">{report.urls}</Table.Td>
      <Table.Td ta="right">{report.uploads}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {report.knownMaterial > 0 ? (
            <StateBadge tone="known">{t("list.known", { count: report.knownMaterial })}</StateBadge>
          ) : null}
          {report.toReview > 0 ? (
            <StateBadge tone="neutral">{t("list.toReview", { count: report.toReview })}</StateBadge>
          ) : null}
          {report.knownMaterial === 0 && report.toReview === 0 ? "—" : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The organisation's online-harm reports, newest first; no content and no reporter's name. */
export function ReportsPage() {
  const { t } = useTranslation("online-harm");
  const session = useSignedInSession();
  const reports = useInfiniteQuery(reportsQuery());
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("list.title")}</PageTitle>
      <Text maw={760}>{t("list.intro")}</Text>
      <Group>
        <ButtonLink to="/online-harm/new" size="md">
          {t("list.new")}
        </ButtonLink>
        {isMatchReviewer(session.user.role) ? (
          <ButtonLink to="/online-harm/review" size="md" variant="light">
            {t("review.title")}
          </ButtonLink>
        ) : null}
      </Group>
      <QueryState query={reports}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) return <Text>{t("list.empty")}</Text>;
          return (
            <Stack gap="sm">
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("column.reportedAt")}</Table.Th>
                    <Table.Th>{t("column.category")}</Table.Th>
                    <Table.Th>{t("column.platform")}</Table.Th>
                    <Table.Th>{t("column.reporter")}</Table.Th>
                    <Table.Th ta="right">{t("column.urls")}</Table.Th>
                    <Table.Th ta="right">{t("column.files")}</Table.Th>
                    <Table.Th>{t("column.matches")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((report) => (
                    <ReportRow key={report.id} report={report} />
                  ))}
                </Table.Tbody>
              </Table>
              {reports.hasNextPage ? (
                <Button
                  variant="default"
                  onClick={() => void reports.fetchNextPage()}
                  loading={reports.isFetchingNextPage}
                  w="fit-content"
                >
                  {t("loadMore", { ns: "common" })}
                </Button>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
