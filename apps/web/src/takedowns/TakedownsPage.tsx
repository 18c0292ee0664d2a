import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { type TakedownSummary, takedownsQuery } from "./takedowns-api.ts";

/** Calm colours: only a refusal or a passed deadline draws the eye. */
function statusColor(notice: TakedownSummary, now: number): string {
  if (notice.status === "removed") return "teal";
  if (notice.status === "refused") return "orange";
  if (notice.deadlineAt && Date.parse(notice.deadlineAt) < now) return "orange";
  return "gray";
}

/** The organisation's takedown notices with their state; no content is ever shown. */
export function TakedownsPage() {
  const { t } = useTranslation("takedowns");
  const format = useFormat();
  const notices = useQuery(takedownsQuery());
  const now = Date.now();
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("title")}</PageTitle>
      <Text c="dimmed">{t("intro")}</Text>
      <Group>
        <ButtonLink to="/takedowns/new">{t("new.title")}</ButtonLink>
        <ButtonLink to="/takedowns/metrics" variant="default">
          {t("metrics.title")}
        </ButtonLink>
      </Group>
      <QueryState query={notices}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t("empty")}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("column.platform")}</Table.Th>
                  <Table.Th>{t("column.category")}</Table.Th>
                  <Table.Th>{t("column.urls")}</Table.Th>
                  <Table.Th>{t("column.status")}</Table.Th>
                  <Table.Th>{t("column.sent")}</Table.Th>
                  <Table.Th>{t("column.deadline")}</Table.Th>
                  <Table.Th>{t("column.reminders")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((notice) => (
                  <Table.Tr key={notice.id}>
                    <Table.Td>
                      <AnchorLink to="/takedowns/$id" params={{ id: notice.id }}>
                        {notice.recipient.name}
                      </AnchorLink>
                      {notice.cycle > 1 ? ` · ${t("cycle", { cycle: notice.cycle })}` : ""}
                    </Table.Td>
                    <Table.Td>{t(`category.${notice.category}`, notice.category)}</Table.Td>
                    <Table.Td>{t("urls", { count: notice.targets.length })}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor(notice, now)} variant="light">
                        {t(`status.${notice.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{notice.sentAt ? format.dateTime(notice.sentAt) : "—"}</Table.Td>
                    <Table.Td>
                      {notice.deadlineAt ? format.dateTime(notice.deadlineAt) : "—"}
                    </Table.Td>
                    <Table.Td>{notice.remindersSent}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
