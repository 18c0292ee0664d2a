import { Badge, Group, Table, Text } from "@mantine/core";
import type { CaseSummary } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import { RiskBadge, StatusBadge } from "./badges.tsx";

type Summary = z.infer<typeof CaseSummary>;

/** Cases as a table; the child's name opens the case. */
export function CaseTable({ cases, caption }: { cases: Summary[]; caption: string }) {
  const { t } = useTranslation("cases");
  const vocab = useVocab();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("list.column.name")}</Table.Th>
            <Table.Th scope="col">{t("list.column.reference")}</Table.Th>
            <Table.Th scope="col">{t("list.column.registeredOn")}</Table.Th>
            <Table.Th scope="col">{t("list.column.status")}</Table.Th>
            <Table.Th scope="col">{t("list.column.risk")}</Table.Th>
            <Table.Th scope="col">{t("list.column.exploitation")}</Table.Th>
            <Table.Th scope="col">{t("list.column.assignee")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} fw={600}>
                    {c.personName}
                  </AnchorLink>
                  {!c.isChild && (
                    <Badge variant="outline" color="gray.7" c="gray.8" size="sm" tt="none">
                      {t("list.adult")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{c.reference}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{format.day(c.registeredOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <RiskBadge level={c.riskLevel} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {c.exploitationTypes.map((x) => vocab("exploitationType", x)).join(", ") || "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.assignee?.displayName ?? "—"}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
