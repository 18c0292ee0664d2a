import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import type { ReferralSummary } from "./referrals-api.ts";

/** Referrals as a table; the service opens the referral with its history. */
export function ReferralTable({
  referrals,
  caption,
  direction,
}: {
  referrals: ReferralSummary[];
  caption: string;
  direction: "incoming" | "outgoing";
}) {
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" fz="md">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("column.service")}</Table.Th>
            <Table.Th scope="col">
              {direction === "incoming" ? t("column.from") : t("column.provider")}
            </Table.Th>
            {direction === "outgoing" && <Table.Th scope="col">{t("column.case")}</Table.Th>}
            <Table.Th scope="col">{t("column.status")}</Table.Th>
            <Table.Th scope="col">{t("column.sent")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <AnchorLink to="/referrals/$referralId" params={{ referralId: r.id }} fw={600}>
                  {vocab("service", r.serviceKey)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                {direction === "incoming" ? r.fromOrganisationName : r.providerName}
              </Table.Td>
              {direction === "outgoing" && <Table.Td>{r.caseReference ?? "—"}</Table.Td>}
              <Table.Td>{vocab("referralStatus", r.status)}</Table.Td>
              <Table.Td>{format.dateTime(r.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
