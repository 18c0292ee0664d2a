import { Table, Text } from "@mantine/core";
import type { AuditEntryView } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { isKnownAction } from "./audit-api.ts";

/** Audit entries as a table; failed and refused attempts stand out in words, not only colour. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation("audit");
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{t("caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("column.time")}</Table.Th>
            <Table.Th scope="col">{t("column.who")}</Table.Th>
            <Table.Th scope="col">{t("column.action")}</Table.Th>
            <Table.Th scope="col">{t("column.record")}</Table.Th>
            <Table.Th scope="col">{t("column.outcome")}</Table.Th>
            <Table.Th scope="col">{t("column.clientAddress")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.seq}>
              <Table.Td>
                <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time>
              </Table.Td>
              <Table.Td>{e.actorName ?? t("system")}</Table.Td>
              <Table.Td>{isKnownAction(e.action) ? t(`action.${e.action}`) : e.action}</Table.Td>
              <Table.Td>
                <RecordLink entry={e} />
              </Table.Td>
              <Table.Td>
                <Outcome outcome={e.outcome} />
              </Table.Td>
              <Table.Td ff="monospace">{e.clientAddress ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RecordLink({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation("audit");
  const id = entry.resourceId;
  if (id && entry.resourceType === "user") {
    return (
      <AnchorLink to="/users/$userId" params={{ userId: id }}>
        {t("record.user")}
      </AnchorLink>
    );
  }
  if (id && entry.resourceType === "organisation") {
    return (
      <AnchorLink to="/organisations/$organisationId" params={{ organisationId: id }}>
        {t("record.organisation")}
      </AnchorLink>
    );
  }
  if (id && entry.resourceType === "case") {
    return (
      <AnchorLink to="/cases/$caseId" params={{ caseId: id }}>
        {t("record.case")}
      </AnchorLink>
    );
  }
  if (id && entry.resourceType === "referral") {
    return (
      <AnchorLink to="/referrals/$referralId" params={{ referralId: id }}>
        {t("record.referral")}
      </AnchorLink>
    );
  }
  if (entry.resourceType === "person") return <>{t("record.person")}</>;
  if (entry.resourceType === "provider") return <>{t("record.provider")}</>;
  if (entry.resourceType === "session") return <>{t("record.session")}</>;
  return <>{entry.resourceType}</>;
}

function Outcome({ outcome }: { outcome: string }) {
  const { t } = useTranslation("audit");
  if (outcome === "ok") return <>{t("outcome.ok")}</>;
  const label = outcome === "failed" || outcome === "denied" ? t(`outcome.${outcome}`) : outcome;
  return (
    <Text span fw={700} c="var(--mantine-color-error)">
      {label}
    </Text>
  );
}
