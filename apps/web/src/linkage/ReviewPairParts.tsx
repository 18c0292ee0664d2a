import { Card, Stack, Text, Title } from "@mantine/core";
import type { MatchPairDetail, ReviewPerson } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { latinName, nativeName } from "../cases/names.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";

/** One side of a pair: the fields the user may see and a link to her case. */
export function PersonCard({ side, person }: { side: string; person: ReviewPerson }) {
  const { t } = useTranslation("review");
  const format = useFormat();
  const vocab = useVocab();
  const p = person.person;
  return (
    <Card withBorder padding="md" component="section" aria-label={side}>
      <Stack gap="xs">
        <Text c="dimmed" fz="sm">
          {side}
        </Text>
        <Title order={2} fz="h3">
          {nativeName(p)}
        </Title>
        {latinName(p) ? <Text>{latinName(p)}</Text> : null}
        <DetailList
          items={[
            { label: t("pair.sex"), value: vocab("sex", p.sex) },
            {
              label: t("pair.age"),
              value: p.dateOfBirth
                ? t("pair.born", { date: format.day(p.dateOfBirth) })
                : p.estimatedAgeYears !== null
                  ? t("pair.estimatedAge", { years: p.estimatedAgeYears })
                  : t("pair.unknown"),
            },
            {
              label: t("pair.nationality"),
              value: p.nationality ? format.country(p.nationality) : t("pair.unknown"),
            },
            {
              label: t("pair.case"),
              value: person.caseId ? (
                <AnchorLink to="/cases/$caseId" params={{ caseId: person.caseId }}>
                  {person.caseReference}
                </AnchorLink>
              ) : (
                "—"
              ),
            },
          ]}
        />
      </Stack>
    </Card>
  );
}

/** Who decided what, when, and on which model's score. */
export function Decisions({ pair }: { pair: MatchPairDetail }) {
  const { t } = useTranslation("review");
  const format = useFormat();
  if (pair.decisions.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={2} fz="h4">
        {t("history.title")}
      </Title>
      {pair.decisions.map((d) => (
        <Text key={`${d.decidedAt}-${d.decision}`} fz="sm">
          {t("history.entry", {
            decision: t(`status.${d.decision}`),
            who: d.decidedByName ?? "—",
            when: format.dateTime(d.decidedAt),
            version: d.modelVersion.slice(0, 8),
          })}
          {d.note ? ` — ${d.note}` : ""}
        </Text>
      ))}
    </Stack>
  );
}
