import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import type { DuplicateCandidate, DuplicateCheckResult } from "@sahabat/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { latinName, nativeName } from "../cases/names.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import { MatchWeights } from "./MatchWeights.tsx";

function CandidateCard({ candidate }: { candidate: DuplicateCandidate }) {
  const { t, i18n } = useTranslation("cases");
  const format = useFormat();
  const vocab = useVocab();
  const p = candidate.person;
  const latin = latinName(p);
  const percent = new Intl.NumberFormat(i18n.language, {
    style: "percent",
    maximumFractionDigits: candidate.probability > 0.99 ? 1 : 0,
  }).format(candidate.probability);
  const facts = [
    vocab("sex", p.sex),
    p.dateOfBirth
      ? t("duplicates.born", { date: format.day(p.dateOfBirth) })
      : p.estimatedAgeYears !== null
        ? t("duplicates.estimatedAge", {
            years: p.estimatedAgeYears,
            date: p.ageEstimatedOn ? format.day(p.ageEstimatedOn) : "",
          })
        : null,
    p.nationality ? format.country(p.nationality) : null,
  ].filter((f): f is string => !!f);
  return (
    <Card withBorder padding="md" component="li" aria-label={nativeName(p)}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700} fz="lg">
              {nativeName(p)}
            </Text>
            {latin ? <Text c="dimmed">{latin}</Text> : null}
            <Text fz="sm">
              {t("duplicates.case", { reference: candidate.caseReference })} · {facts.join(" · ")}
            </Text>
          </div>
          <Text fw={700} c="#0f5e6e" maw="40%" ta="right">
            {t("duplicates.likelihood", { percent })}
          </Text>
        </Group>
        <MatchWeights explanation={candidate.explanation} />
        <Group>
          <ButtonLink to="/cases/$caseId" params={{ caseId: candidate.caseId }} variant="filled">
            {t("duplicates.open")}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Known children who may be the one being registered, each explained, before anything is saved.
 * The user opens one ("this is the same child") or registers anyway ("none of these").
 */
export function DuplicateCandidates({
  result,
  onNoneOfThese,
  isSaving,
}: {
  result: DuplicateCheckResult;
  onNoneOfThese: () => void;
  isSaving: boolean;
}) {
  const { t } = useTranslation("cases");
  const titleId = useId();
  return (
    <Alert
      color="blue"
      variant="outline"
      role="region"
      aria-labelledby={titleId}
      title={
        <Text id={titleId} component="h2" fw={700} fz="lg">
          {t("duplicates.title")}
        </Text>
      }
    >
      <Stack gap="md">
        <Text>{t("duplicates.intro", { count: result.candidates.length })}</Text>
        <Text fz="sm" c="dimmed">
          {t("duplicates.howToRead")}
        </Text>
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {result.candidates.map((c) => (
            <CandidateCard key={c.personId} candidate={c} />
          ))}
        </Stack>
        <Group>
          <Button variant="default" onClick={onNoneOfThese} loading={isSaving}>
            {t("duplicates.noneOfThese")}
          </Button>
        </Group>
        <Text fz="xs" c="dimmed">
          {t("duplicates.modelVersion", { version: result.modelVersion })}
        </Text>
      </Stack>
    </Alert>
  );
}
