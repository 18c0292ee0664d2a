import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format.ts";
import { custodyDetailParts } from "./custody-details.ts";
import type { CustodyEvent } from "./evidence-api.ts";

/** The codes and figures a custody event carries beside its reason, in the reader's language. */
function DetailsText({ details }: { details: CustodyEvent["details"] }) {
  const { t, i18n } = useTranslation("evidence");
  const parts = custodyDetailParts(details, t, i18n.language);
  if (parts.length === 0) return null;
  return (
    <Text fz="sm">
      {parts.map((part, i) => (
        <span key={part.key}>
          {i > 0 && " · "}
          {part.label !== undefined && `${part.label}: `}
          {part.value}
        </span>
      ))}
    </Text>
  );
}

/**
 * The chain of custody, oldest first as the server keeps it: every acquisition, view, refusal,
 * integrity check and the destruction, with who, when, the reason given and the outcome.
 */
export function CustodyTable({ events }: { events: CustodyEvent[] }) {
  const { t } = useTranslation("evidence");
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Caption>{t("custody.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("custody.when")}</Table.Th>
            <Table.Th>{t("custody.what")}</Table.Th>
            <Table.Th>{t("custody.who")}</Table.Th>
            <Table.Th>{t("custody.outcome")}</Table.Th>
            <Table.Th>{t("custody.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{format.dateTime(event.occurredAt)}</Table.Td>
              <Table.Td>{t(`kind.${event.kind}`)}</Table.Td>
              <Table.Td>{event.actorName ?? t("custody.system")}</Table.Td>
              <Table.Td>{t(`outcome.${event.outcome}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {event.reason ?? "—"}
                <DetailsText details={event.details} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
