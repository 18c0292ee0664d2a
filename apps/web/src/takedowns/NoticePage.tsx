import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { NoticeActions } from "./NoticeActions.tsx";
import { LegalBasisNote } from "./NoticeForm.tsx";
import { NoticeTimeline } from "./NoticeTimeline.tsx";
import { TargetsTable } from "./TargetsTable.tsx";
import { type NoticeDetail, noticeQuery, takedownsQuery } from "./takedowns-api.ts";
import { utc } from "./utc.ts";

/** The notice that reopened this one when its content came back, if any. */
function NextCycleLink({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation("takedowns");
  const list = useQuery(takedownsQuery());
  const next = list.data?.find((n) => n.previousNoticeId === noticeId);
  if (!next) return null;
  return (
    <AnchorLink to="/takedowns/$id" params={{ id: next.id }}>
      {t("detail.nextCycle", { cycle: next.cycle })}
    </AnchorLink>
  );
}

function Overview({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation("takedowns");
  return (
    <Section title={t("detail.overview")}>
      <Stack gap="md">
        <DetailList
          items={[
            { label: t("detail.reference"), value: notice.responseChannel.reference },
            {
              label: t("detail.version"),
              value: t("detail.versionValue", { version: notice.version }),
            },
            {
              label: t("form.platform"),
              value: `${notice.recipient.name} · ${t(`channel.${notice.recipient.channel}`)}: ${notice.recipient.abuseContact}`,
            },
            { label: t("form.category"), value: t(`category.${notice.category}`, notice.category) },
            { label: t("form.language"), value: t(`language.${notice.language}`, notice.language) },
            {
              label: t("form.issuer"),
              value: `${notice.issuer.agency} · ${notice.issuer.unit} · ${notice.issuer.contactName} <${notice.issuer.contactEmail}>`,
            },
            {
              label: t("form.requestedActions"),
              value: notice.requestedActions.map((a) => t(`action.${a}`, a)).join(", "),
            },
            { label: t("form.reportReceivedAt"), value: utc(notice.reportReceivedAt) },
            {
              label: t("column.sent"),
              value: notice.sentAt
                ? `${utc(notice.sentAt)} · ${t(`channel.${notice.sentChannel ?? "email"}`)}${notice.sentReference ? ` · ${notice.sentReference}` : ""}`
                : "—",
            },
            { label: t("column.deadline"), value: utc(notice.deadlineAt) },
            { label: t("column.reminders"), value: String(notice.remindersSent) },
          ]}
        />
        <LegalBasisNote basis={notice.legalBasis} />
        <Text size="sm">
          <strong>{t("form.explanation")}:</strong> {notice.explanation}
        </Text>
        <Text size="sm">
          <strong>{t("form.redress")}:</strong> {notice.redress}
        </Text>
      </Stack>
    </Section>
  );
}

function Checks({ checks }: { checks: NoticeDetail["checks"] }) {
  const { t } = useTranslation("takedowns");
  if (checks.length === 0) return <Text>{t("check.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("form.url")}</Table.Th>
            <Table.Th>{t("check.when")}</Table.Th>
            <Table.Th>{t("check.status")}</Table.Th>
            <Table.Th>{t("check.outcome")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={`${c.url}:${c.checkedAt}`}>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{c.url}</Table.Td>
              <Table.Td>{utc(c.checkedAt)}</Table.Td>
              <Table.Td>{c.httpStatus ?? "—"}</Table.Td>
              <Table.Td>{t(`outcome.${c.outcome}`, c.outcome)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One takedown notice: where it stands, its timeline and checks, and what may be done now. */
export function NoticePage({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation("takedowns");
  const notice = useQuery(noticeQuery(noticeId));
  return (
    <Stack gap="lg" maw={1100}>
      <QueryState query={notice}>
        {(n) => (
          <>
            <PageTitle text={`${t("detail.title")} ${n.responseChannel.reference}`}>
              {t("detail.title")} {n.responseChannel.reference}
            </PageTitle>
            <Group gap="sm">
              <Badge
                size="lg"
                variant="filled"
                autoContrast
                color={
                  n.status === "removed" ? "teal.2" : n.status === "refused" ? "orange.3" : "gray.2"
                }
              >
                {t(`status.${n.status}`)}
              </Badge>
              {n.cycle > 1 && <Text>{t("cycle", { cycle: n.cycle })}</Text>}
              {n.previousNoticeId && (
                <AnchorLink to="/takedowns/$id" params={{ id: n.previousNoticeId }}>
                  {t("detail.previousCycle")}
                </AnchorLink>
              )}
              {n.status === "removed" && <NextCycleLink noticeId={n.id} />}
            </Group>
            <Text c="dimmed">{t("intro")}</Text>
            <NoticeActions notice={n} />
            <Overview notice={n} />
            <Section title={t("form.targets")}>
              <TargetsTable targets={n.targets} />
            </Section>
            <Section title={t("detail.timeline")}>
              <NoticeTimeline notice={n} />
            </Section>
            <Section title={t("detail.checks")}>
              <Checks checks={n.checks} />
            </Section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
