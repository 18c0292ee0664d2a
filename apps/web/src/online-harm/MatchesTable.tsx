import { Alert, Badge, Table, Text } from "@mantine/core";
import type { PdqOrientation } from "@sahabat/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MatchView } from "./online-harm-api.ts";

/**
 * Calm badges with AA contrast (outline, dark text): known material in the app's own blue-green,
 * a quarantined entry in dark amber, everything else grey. Nothing here is an alarm: the style
 * guide keeps alarm colours for real risk to a child.
 */
const badgeColours = {
  known: { color: "sahabat.9", c: "sahabat.9", background: "#e8f4f6" },
  caution: { color: "#7a5b00", c: "#7a5b00", background: undefined },
  neutral: { color: "gray.7", c: "gray.8", background: undefined },
} as const;

export type BadgeTone = keyof typeof badgeColours;

/** A short state in words, in one of the three tones. */
export function StateBadge({
  tone,
  children,
  size = "md",
}: {
  tone: BadgeTone;
  children: ReactNode;
  size?: "sm" | "md" | "lg";
}) {
  const { color, c, background } = badgeColours[tone];
  return (
    <Badge
      variant="outline"
      color={color}
      c={c}
      size={size}
      tt="none"
      // The whole word, never cut to "Known …": a state must be read, not guessed.
      style={{ background, flexShrink: 0, overflow: "visible", maxWidth: "none" }}
      styles={{ label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {children}
    </Badge>
  );
}

export function matchTone(status: MatchView["status"]): BadgeTone {
  if (status === "known_material" || status === "confirmed") return "known";
  if (status === "quarantined") return "caution";
  return "neutral";
}

/** The list a match comes from, with whether the list is verified. */
export function ListName({ match }: { match: MatchView }) {
  const { t } = useTranslation("online-harm");
  return (
    <>
      {match.listName}{" "}
      <StateBadge tone={match.isVerifiedList ? "known" : "neutral"} size="sm">
        {match.isVerifiedList ? t("match.verified") : t("match.unverified")}
      </StateBadge>
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
    <Alert variant="light" color="sahabat" title={t("match.noImageTitle")}>
      {t("match.noImage")}
    </Alert>
  );
}

const statusRank: Record<MatchView["status"], number> = {
  known_material: 0,
  confirmed: 1,
  review: 2,
  quarantined: 3,
  not_a_match: 4,
  suppressed: 5,
};

/** Known material first, then what awaits review; within each, exact before perceptual, nearest first. */
function byWeight(a: MatchView, b: MatchView): number {
  return (
    statusRank[a.status] - statusRank[b.status] ||
    Number(a.kind === "perceptual") - Number(b.kind === "perceptual") ||
    a.distance - b.distance
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
          {[...matches].sort(byWeight).map((match) => (
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
              <Table.Td>{t(`variant.${match.variant as PdqOrientation}`)}</Table.Td>
              <Table.Td>{t(`kind.${match.kind}`)}</Table.Td>
              <Table.Td>
                <StateBadge tone={matchTone(match.status)}>
                  {t(`status.${match.status}`)}
                </StateBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
