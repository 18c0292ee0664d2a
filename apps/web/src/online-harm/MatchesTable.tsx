import { Alert, Badge, Table, Text } from "@mantine/core";
import type { Orientation } from "@sahabat/pdq";
import { useTranslation } from "react-i18next";
import type { MatchView } from "./online-harm-api.ts";

/**
 * Known material is marked in a calm colour that stands apart from grey; nothing here is an
 * alarm (the style guide keeps alarm colours for real risk to a child).
 */
export function matchStatusColor(status: MatchView["status"]): string {
  if (status === "known_material" || status === "confirmed") return "grape";
  if (status === "quarantined") return "orange";
  return "gray";
}

/** The list a match comes from, with whether the list is verified. */
export function ListName({ match }: { match: MatchView }) {
  const { t } = useTranslation("online-harm");
  return (
    <>
      {match.listName}{" "}
      <Badge variant="outline" color={match.isVerifiedList ? "teal" : "gray"} size="sm">
        {match.isVerifiedList ? t("match.verified") : t("match.unverified")}
      </Badge>
    </>
  );
}

/** The phrase for a match's distance: exact hits have none worth saying. */
export function useDistanceText() {
  const { t } = useTranslation("online-harm");
  return (match: MatchView) =>
    match.kind === "exact" ? t("match.identical") : t("match.bits", { count: match.distance });
}

/** The note every list of matches carries: what is shown and what never is. */
export function NoImageNote() {
  const { t } = useTranslation("online-harm");
  return (
    <Alert variant="light" color="blue" title={t("match.noImageTitle")}>
      {t("match.noImage")}
    </Alert>
  );
}

/** A report's matches: list, owner, classification, distance, variant, kind and status. */
export function MatchesTable({ matches }: { matches: MatchView[] }) {
  const { t } = useTranslation("online-harm");
  const distanceText = useDistanceText();
  if (matches.length === 0) return <Text>{t("match.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped>
        <Table.Caption>{t("match.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("match.list")}</Table.Th>
            <Table.Th>{t("match.owner")}</Table.Th>
            <Table.Th>{t("match.classification")}</Table.Th>
            <Table.Th>{t("match.distance")}</Table.Th>
            <Table.Th>{t("match.variant")}</Table.Th>
            <Table.Th>{t("match.kind")}</Table.Th>
            <Table.Th>{t("match.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr key={match.id}>
              <Table.Td>
                <ListName match={match} />
              </Table.Td>
              <Table.Td>{match.ownerOrganisationName}</Table.Td>
              <Table.Td>{match.classification ?? "—"}</Table.Td>
              <Table.Td>
                {distanceText(match)}{" "}
                <Text span c="dimmed" fz="sm">
                  ({match.fingerprintType.toUpperCase()})
                </Text>
              </Table.Td>
              <Table.Td>{t(`variant.${match.variant as Orientation}`)}</Table.Td>
              <Table.Td>{t(`kind.${match.kind}`)}</Table.Td>
              <Table.Td>
                <Badge color={matchStatusColor(match.status)} variant="light">
                  {t(`status.${match.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
