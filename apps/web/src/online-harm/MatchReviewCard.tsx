import { Button, Card, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import type { PdqOrientation } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { ListName, matchTone, StateBadge, useDistanceText } from "./MatchesTable.tsx";
import { decideMatch, type MatchView, platformsQuery, reportQuery } from "./online-harm-api.ts";
import { formatByteSize } from "./read-file.ts";
import { ShortHash } from "./UploadsTable.tsx";

/** The reported file's side: what the report and the file's fingerprints say. */
function ReportedSide({ match }: { match: MatchView }) {
  const { t, i18n } = useTranslation("online-harm");
  const format = useFormat();
  const report = useQuery(reportQuery(match.reportId));
  const platforms = useQuery(platformsQuery);
  const platform = platforms.data?.find((p) => p.key === report.data?.platform);
  const upload = report.data?.uploads.find((u) => u.id === match.uploadId);
  return (
    <Stack gap="xs">
      <Text fw={700}>{t("review.reported")}</Text>
      <DetailList
        items={[
          {
            label: t("field.category"),
            value: report.data ? t(`category.${report.data.category}`) : "…",
          },
          { label: t("field.platform"), value: platform?.name ?? report.data?.platform ?? "…" },
          { label: t("uploads.type"), value: upload?.mediaType ?? "…" },
          {
            label: t("uploads.size"),
            value: upload ? formatByteSize(upload.byteSize, i18n.language) : "…",
          },
          { label: t("uploads.quality"), value: upload?.quality ?? "—" },
          { label: t("uploads.received"), value: format.dateTime(match.createdAt) },
        ]}
      />
      <AnchorLink to="/online-harm/$reportId" params={{ reportId: match.reportId }}>
        {t("review.openReport")}
      </AnchorLink>
    </Stack>
  );
}

/** The list's side: what the list says about the entry that matched. */
function ListedSide({ match }: { match: MatchView }) {
  const { t } = useTranslation("online-harm");
  return (
    <Stack gap="xs">
      <Text fw={700}>{t("review.listed")}</Text>
      <DetailList
        items={[
          { label: t("match.list"), value: <ListName match={match} /> },
          { label: t("match.owner"), value: match.ownerOrganisationName },
          { label: t("match.classification"), value: match.classification ?? "—" },
          { label: t("review.fingerprint"), value: match.fingerprintType.toUpperCase() },
          { label: t("review.entry"), value: <ShortHash value={match.entryId} /> },
        ]}
      />
    </Stack>
  );
}

/**
 * One match to decide, side by side: the reported file's facts and the list entry's, with how
 * close the fingerprints are. Nobody sees either image; the decision is whether the lists and
 * the fingerprints say it is the listed material.
 */
export function MatchReviewCard({ match }: { match: MatchView }) {
  const { t } = useTranslation("online-harm");
  const distanceText = useDistanceText();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const titleId = useId();
  const decide = useMutation({
    mutationFn: (decision: "confirmed" | "not_a_match") =>
      decideMatch(match.id, { decision, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["online-harm"] }),
  });
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between">
          <Text id={titleId} fw={700} fz="lg" component="h2">
            {t(`review.kindTitle.${match.kind}`)} · {distanceText(match)} ·{" "}
            {t(`variant.${match.variant as PdqOrientation}`)}
          </Text>
          <StateBadge tone={matchTone(match.status)}>{t(`status.${match.status}`)}</StateBadge>
        </Group>
        {match.status === "quarantined" ? <Text>{t("review.quarantined")}</Text> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <ReportedSide match={match} />
          <ListedSide match={match} />
        </SimpleGrid>
        <ProblemAlert error={decide.error} />
        {match.can.decide ? (
          <Stack gap="sm">
            <Textarea
              label={t("review.note")}
              description={t("optional", { ns: "common" })}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={1}
              maw={560}
            />
            <Group>
              <Button
                onClick={() => decide.mutate("confirmed")}
                loading={decide.isPending && decide.variables === "confirmed"}
                disabled={decide.isPending}
              >
                {t("review.confirm")}
              </Button>
              <Button
                variant="default"
                onClick={() => decide.mutate("not_a_match")}
                loading={decide.isPending && decide.variables === "not_a_match"}
                disabled={decide.isPending}
              >
                {t("review.notAMatch")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text c="dimmed">{t("review.cannotDecide")}</Text>
        )}
      </Stack>
    </Card>
  );
}
