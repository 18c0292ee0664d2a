import { Stack, Table, Text } from "@mantine/core";
import type { AuditEntryView, CaseDetail } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isKnownAction } from "../../audit/audit-api.ts";
import { useFormat } from "../../ui/format.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { caseAuditQuery } from "../records-api.ts";

const looks = ["person.read", "person.list"];

/**
 * The case's own audit trail, for supervisors: every change, and every look at the child's
 * identifying data (opening the case, a list that showed her name, a receiver's reads).
 */
export function CaseAuditTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const trail = useQuery(caseAuditQuery(c.id));
  return (
    <Stack gap="md">
      <Text maw={760}>{t("caseAudit.intro")}</Text>
      <QueryState query={trail}>
        {(entries) => {
          const reads = entries.filter((e) => looks.includes(e.action));
          const readers = new Set(reads.map((e) => e.actorUserId));
          return (
            <Stack gap="md">
              <Text role="status" fw={600}>
                {t("caseAudit.summary", { looks: reads.length, people: readers.size })}
              </Text>
              <CaseAuditTable entries={entries} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function CaseAuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation("cases");
  const { t: ta } = useTranslation("audit");
  const format = useFormat();
  const purposeOf = (purpose: string | null) => {
    if (!purpose) return "—";
    if (purpose === "referral preview") return t("caseAudit.referralPreview");
    if (/^referral [0-9a-f-]{36}$/.test(purpose)) return t("caseAudit.viaReferral");
    return purpose;
  };
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{t("caseAudit.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{ta("column.time")}</Table.Th>
            <Table.Th scope="col">{ta("column.who")}</Table.Th>
            <Table.Th scope="col">{ta("column.action")}</Table.Th>
            <Table.Th scope="col">{t("caseAudit.purpose")}</Table.Th>
            <Table.Th scope="col">{ta("column.outcome")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.seq} fw={looks.includes(e.action) ? 600 : undefined}>
              <Table.Td>
                <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time>
              </Table.Td>
              <Table.Td>{e.actorName ?? ta("system")}</Table.Td>
              <Table.Td>{isKnownAction(e.action) ? ta(`action.${e.action}`) : e.action}</Table.Td>
              <Table.Td>{purposeOf(e.purpose)}</Table.Td>
              <Table.Td>
                {e.outcome === "ok" || e.outcome === "failed" || e.outcome === "denied"
                  ? ta(`outcome.${e.outcome}`)
                  : e.outcome}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
